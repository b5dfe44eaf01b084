package org.threadline.trace.evidence;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.threadline.trace.graph.ProductionGraph;
import org.threadline.trace.model.ChainParty;
import org.threadline.trace.model.DocumentType;
import org.threadline.trace.model.Product;
import org.threadline.trace.model.Role;
import org.threadline.trace.model.SupplyChain;

/**
 * The documents CBP's UFLPA guidance asks an importer for, flow by flow and party by party
 * (Operational Guidance for Importers, June 2022; applicability-review FAQ, February 2023):
 * purchase orders, invoices, packing lists and proof of payment for every purchase; a bill of
 * lading for goods crossing a border, a transport record otherwise; production records at every
 * party that makes something; for raw cotton, bale-level records; for polysilicon, the sources of
 * the quartz and of the metallurgical-grade silicon.
 */
public final class EvidenceRules {
  private static final List<DocumentType> EVERY_PURCHASE = List.of(DocumentType.PURCHASE_ORDER,
      DocumentType.INVOICE, DocumentType.PACKING_LIST, DocumentType.PAYMENT);
  private static final Pattern RAW_COTTON = Pattern.compile(
      "\\b(raw|seed|lint|ginned)\\s+cotton\\b|\\bcotton\\s+(lint|bales?)\\b");
  private static final Pattern POLYSILICON = Pattern.compile(
      "\\bpoly-?silicon\\b|\\bpolycrystalline\\s+silicon\\b");

  private final SupplyChain chain;
  /** Per party, its country as a number (countries equal ignoring case share one), -1 for none. */
  private final int[] country;
  private final boolean[] rawCotton;
  private final boolean[] polysilicon;
  private final int[] expected;

  public EvidenceRules(SupplyChain chain) {
    this.chain = chain;
    int n = chain.products().size();
    rawCotton = new boolean[n];
    polysilicon = new boolean[n];
    for (int i = 0; i < n; i++) {
      Product p = chain.product(i);
      String hts = digits(p.hts());
      String name = (p.name() + " " + (p.description() == null ? "" : p.description()))
          .toLowerCase(Locale.ROOT);
      rawCotton[i] = hts.startsWith("5201") || RAW_COTTON.matcher(name).find();
      polysilicon[i] = hts.startsWith("280461") || POLYSILICON.matcher(name).find();
    }
    country = countries(chain);
    expected = new int[chain.flows().size()];
    for (int f = 0; f < expected.length; f++) {
      expected[f] = expectedOf(f);
    }
  }

  /**
   * Numbers the parties' countries so that two are equal exactly when {@link
   * String#equalsIgnoreCase} says so: five million flows then compare two ints each instead of
   * reaching two parties' records.
   */
  private static int[] countries(SupplyChain chain) {
    int[] out = new int[chain.parties().size()];
    Map<String, Integer> byCaseless = new HashMap<>();
    // The same few spellings recur for a million parties: fold each once.
    Map<String, Integer> bySpelling = new HashMap<>();
    for (int p = 0; p < out.length; p++) {
      String c = chain.party(p).party().country();
      out[p] = c == null ? -1 : bySpelling.computeIfAbsent(c,
          spelling -> byCaseless.computeIfAbsent(caseless(spelling), k -> byCaseless.size()));
    }
    return out;
  }

  /** The text with each code point folded the way {@code equalsIgnoreCase} compares them. */
  private static String caseless(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> b.appendCodePoint(
        Character.toLowerCase(Character.toUpperCase(cp))));
    return b.toString();
  }

  private static String digits(String hts) {
    return hts == null ? "" : hts.replaceAll("[^0-9]", "");
  }

  /** True when the product is polysilicon (HTS 2804.61, or named so). */
  public boolean polysilicon(int product) {
    return polysilicon[product];
  }

  /** The document types expected for a flow, as {@link DocumentType#bit()} bits. */
  public int expected(int flow) {
    return expected[flow];
  }

  /**
   * The document types present for a flow as bits; a bill of lading also proves the transport of
   * a domestic flow.
   */
  public int present(int flow) {
    int docs = chain.flows().documents(flow);
    return has(docs, DocumentType.BILL_OF_LADING) ? docs | DocumentType.TRANSPORT_RECORD.bit() : docs;
  }

  /** The id of the party with this index. */
  public String partyId(int party) {
    return chain.party(party).id();
  }

  /** The checklist of one flow, item by item. */
  public void forFlow(int flow, Consumer<ChecklistItem> out) {
    String id = chain.flows().id(flow);
    String seller = chain.party(chain.flows().from(flow)).id();
    int want = expected[flow];
    int have = present(flow);
    for (DocumentType t : DocumentType.values()) {
      if (has(want, t)) {
        out.accept(new ChecklistItem(id, seller, t, has(have, t)));
      }
    }
  }

  private int expectedOf(int flow) {
    var flows = chain.flows();
    int want = 0;
    for (DocumentType t : EVERY_PURCHASE) {
      want |= t.bit();
    }
    int a = country[flows.from(flow)];
    int b = country[flows.to(flow)];
    boolean crossBorder = a >= 0 && b >= 0 && a != b;
    want |= crossBorder ? DocumentType.BILL_OF_LADING.bit() : DocumentType.TRANSPORT_RECORD.bit();
    if (rawCotton[flows.product(flow)]) {
      want |= DocumentType.BALE_RECORD.bit();
    }
    return want;
  }

  /**
   * The checklist of the party behind one product line: production records when the line is
   * made there, the quartz and silicon sources when it is polysilicon made or mined there.
   */
  public void forLine(ProductionGraph g, int node, boolean origin, PartyDocuments out) {
    int party = g.party(node);
    ChainParty p = chain.party(party);
    int present = chain.partyDocuments()[party];
    boolean made = g.inTransformCount(node) > 0;
    if (made) {
      out.accept(party, DocumentType.PRODUCTION_RECORD,
          has(present, DocumentType.PRODUCTION_RECORD));
    }
    boolean producer = made || origin || p.role() == Role.MANUFACTURER
        || p.role() == Role.PROCESSOR || p.role() == Role.RAW_MATERIAL_PRODUCER;
    if (polysilicon[g.product(node)] && producer) {
      int inputs = present;
      for (int k = 0; k < g.inFlowCount(node); k++) {
        inputs |= chain.flows().documents(g.inFlow(node, k));
      }
      out.accept(party, DocumentType.QUARTZ_SOURCE, has(inputs, DocumentType.QUARTZ_SOURCE));
      out.accept(party, DocumentType.METALLURGICAL_SILICON_SOURCE,
          has(inputs, DocumentType.METALLURGICAL_SILICON_SOURCE));
    }
  }

  /** Receives the documents a party's line needs, one at a time. */
  @FunctionalInterface
  public interface PartyDocuments {
    /**
     * @param party the party's index
     * @param type the document type
     * @param present true when the chain's files give such a document
     */
    void accept(int party, DocumentType type, boolean present);
  }

  private static boolean has(int bits, DocumentType t) {
    return (bits & t.bit()) != 0;
  }
}
