package org.threadline.report.trace;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.threadline.core.lists.ListInfo;
import org.threadline.core.work.Workers;
import org.threadline.report.ResultJson;
import org.threadline.trace.MassBalanceEntry;
import org.threadline.trace.PartyTrace;
import org.threadline.trace.Reason;
import org.threadline.trace.ShipmentTrace;
import org.threadline.trace.TracePath;
import org.threadline.trace.TraceResult;
import org.threadline.trace.evidence.ChecklistItem;
import org.threadline.trace.model.Product;
import org.threadline.trace.model.Shipment;
import org.threadline.trace.model.SupplyChain;

/**
 * Writes a trace result as contract "Trace result" JSON, streamed so that a million parties need no
 * tree in memory. The contract's fields come first in its order; Threadline adds, after them: per
 * list its full provenance; per shipment {@code importer, exporter, manufacturer, product,
 * quantity, unit, sector, untraced_share, documents_complete, documents_expected,
 * documents_missing} (the list of missing documents stops at {@code ShipmentTrace.MAX_ITEMS}; the
 * count does not); per reason {@code level, presumption, flows, tiers} (each path party's tier, 0
 * for raw material) {@code other_paths, finding}; per missing document {@code party} (and no {@code
 * flow} for a party's own document); per party, after its contract "Screening result" fields,
 * {@code name, role, tier, commingling, mass_balance_gap}; per mass-balance entry {@code
 * max_from_disclosed_inputs}.
 */
public final class TraceJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory FACTORY = MAPPER.getFactory();

  private TraceJson() {}

  /** Writes the result, indented for reading, to {@code out} (which stays open). */
  public static void write(TraceResult result, OutputStream out) throws IOException {
    write(result, out, Workers.CALLER_ONLY);
  }

  /**
   * Writes the result as {@link #write(TraceResult, OutputStream)} does, laying out shipments
   * and parties on the caller's {@code workers} as well: the bytes are the same.
   */
  public static void write(TraceResult result, OutputStream out, Workers workers)
      throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      g.useDefaultPrettyPrinter();
      write(result, g, out, workers);
    }
    out.write('\n');
    out.flush();
  }

  private static void write(TraceResult result, JsonGenerator g, OutputStream out,
      Workers workers) throws IOException {
    SupplyChain chain = result.chain();
    g.writeStartObject();
    g.writeArrayFieldStart("lists");
    for (ListInfo info : result.lists()) {
      g.writeTree(ResultJson.listInfo(info));
    }
    g.writeEndArray();
    int[] tiers = new int[result.parties().size()];
    for (int p = 0; p < tiers.length; p++) {
      tiers[p] = result.parties().get(p).tier();
    }
    java.util.Map<String, Integer> partyIndex = chain.partyIndex();
    List<ShipmentTrace> shipments = result.shipments();
    g.writeArrayFieldStart("shipments");
    ParallelArray.write(FACTORY, g, out, workers, shipments.size(),
        (i, to) -> shipment(chain, shipments.get(i), to, id -> tiers[partyIndex.get(id)]));
    g.writeEndArray();
    List<PartyTrace> parties = result.parties();
    g.writeArrayFieldStart("parties");
    ParallelArray.write(FACTORY, g, out, workers, parties.size(), (i, to) -> {
      PartyTrace p = parties.get(i);
      ObjectNode o = ResultJson.toJson(p.screening());
      o.put("name", p.party().party().name());
      o.put("role", p.party().role() == null ? null : p.party().role().code());
      o.put("tier", p.tier());
      o.put("commingling", p.commingling());
      o.put("mass_balance_gap", p.massBalanceGap());
      to.writeTree(o);
    });
    g.writeEndArray();
    g.writeArrayFieldStart("mass_balance");
    for (MassBalanceEntry m : result.massBalance()) {
      g.writeStartObject();
      g.writeStringField("party", m.party());
      g.writeStringField("product", m.product());
      g.writeNumberField("output", quantity(m.output()));
      g.writeNumberField("max_from_traced_inputs", quantity(m.maxFromTracedInputs()));
      g.writeStringField("unit", m.unit());
      g.writeNumberField("max_from_disclosed_inputs", quantity(m.maxFromDisclosedInputs()));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeStringField("source", chain.source());
    g.writeEndObject();
  }

  private static void shipment(SupplyChain chain, ShipmentTrace s, JsonGenerator g,
      java.util.function.ToIntFunction<String> tierOf) throws IOException {
    Shipment sh = s.shipment();
    g.writeStartObject();
    g.writeStringField("id", sh.id());
    g.writeStringField("verdict", s.verdict().code());
    g.writeBooleanField("presumption", s.presumption());
    g.writeArrayFieldStart("reasons");
    for (Reason r : s.reasons()) {
      g.writeStartObject();
      g.writeStringField("kind", r.kind());
      g.writeStringField("party", r.party());
      g.writeStringField("detail", r.detail());
      strings(g, "path", r.path().parties());
      strings(g, "products", r.path().products());
      g.writeStringField("level", r.level().code());
      g.writeBooleanField("presumption", r.presumption());
      strings(g, "flows", r.path().flows());
      g.writeArrayFieldStart("tiers");
      for (String party : r.path().parties()) {
        g.writeNumber(tierOf.applyAsInt(party));
      }
      g.writeEndArray();
      g.writeArrayFieldStart("other_paths");
      for (TracePath p : r.otherPaths()) {
        g.writeStartObject();
        strings(g, "path", p.parties());
        strings(g, "products", p.products());
        strings(g, "flows", p.flows());
        g.writeEndObject();
      }
      g.writeEndArray();
      if (r.finding() != null) {
        g.writeFieldName("finding");
        g.writeTree(ResultJson.finding(r.finding()));
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeNumberField("traced_share", share(s.tracedShare()));
    g.writeArrayFieldStart("missing_documents");
    for (ChecklistItem i : s.missing()) {
      g.writeStartObject();
      if (i.flow() != null) {
        g.writeStringField("flow", i.flow());
      }
      g.writeStringField("type", i.type().code());
      g.writeStringField("party", i.party());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeStringField("importer", chain.party(sh.importer()).id());
    g.writeStringField("exporter", sh.exporter() < 0 ? null : chain.party(sh.exporter()).id());
    g.writeStringField("manufacturer",
        sh.manufacturer() < 0 ? null : chain.party(sh.manufacturer()).id());
    Product product = chain.product(sh.product());
    g.writeStringField("product", product.name());
    if (Double.isNaN(sh.quantity())) {
      g.writeNullField("quantity");
    } else {
      g.writeNumberField("quantity", quantity(sh.quantity()));
    }
    g.writeStringField("unit", product.unit() == null ? null : product.unit().code());
    g.writeStringField("sector", s.sector());
    g.writeNumberField("untraced_share", share(1.0 - s.tracedShare()));
    g.writeNumberField("documents_complete", share(s.documentsComplete()));
    g.writeNumberField("documents_expected", s.documentsExpected());
    g.writeNumberField("documents_missing", s.documentsMissing());
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, String field, List<String> values)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  /** Shares to six decimals: exact enough for any audit, stable across platforms. */
  static double share(double x) {
    return Math.round(x * 1e6) / 1e6;
  }

  /** Quantities to six decimals (a milligram in kilograms). */
  static double quantity(double x) {
    return Math.round(x * 1e6) / 1e6;
  }
}
