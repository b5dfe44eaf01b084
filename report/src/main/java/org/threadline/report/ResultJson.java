package org.threadline.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.threadline.core.lists.ListInfo;
import org.threadline.core.model.AdverseMedia;
import org.threadline.core.model.Explanation;
import org.threadline.core.model.Finding;
import org.threadline.core.model.HighRiskGood;
import org.threadline.core.model.ListMatch;
import org.threadline.core.model.Location;
import org.threadline.core.model.ScreeningResult;
import org.threadline.core.model.XinjiangNexus;

/**
 * The JSON form of a screening result (contract "Screening result"), built field by field so that
 * the core records carry no serialisation annotations and the names cannot drift with a
 * refactoring.
 *
 * <p>A result is {@code id, risk, presumption, findings}. Each finding starts with {@code kind},
 * then its own fields in snake case in the contract's order, then {@code explanation}. List
 * matches also carry, after the contract's fields, {@code list_version} (the version of the list
 * that produced them), {@code list_unverified: true} when the list copy is unverified, {@code
 * entry_matched_name} (the entry's name or alias that matched) and {@code subsidiary}. Absent values are written as {@code null}, so every finding of a
 * kind has the same keys. Scores are rounded to three decimals ({@link Scores#round}).
 */
public final class ResultJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ResultJson() {}

  /** The contract "Screening result" object of one result. */
  public static ObjectNode toJson(ScreeningResult result) {
    ObjectNode o = NODES.objectNode();
    o.put("id", result.id());
    o.put("risk", result.risk().code());
    o.put("presumption", result.presumption());
    ArrayNode findings = o.putArray("findings");
    for (Finding f : result.findings()) {
      findings.add(finding(f));
    }
    if (result.location() != null) {
      o.set("location", location(result.location()));
    }
    return o;
  }

  /**
   * Where the party is: {@code {"country", "areas": [{"level", "code", "name", "name_zh"}...],
   * "evidence": [...]}}, written only when the record said.
   */
  public static ObjectNode location(Location l) {
    ObjectNode o = NODES.objectNode();
    o.put("country", l.country());
    ArrayNode areas = o.putArray("areas");
    for (Location.Area a : l.areas()) {
      areas.addObject().put("level", a.level()).put("code", a.code()).put("name", a.name())
          .put("name_zh", a.nameZh());
    }
    ArrayNode evidence = o.putArray("evidence");
    l.evidence().forEach(evidence::add);
    return o;
  }

  /** The JSON object of one finding. */
  public static ObjectNode finding(Finding f) {
    ObjectNode o = NODES.objectNode();
    o.put("kind", f.kind().code());
    f.accept(new Finding.Visitor<Void>() {
      @Override
      public Void listMatch(ListMatch m) {
        // The fields of contract "Screening result" first, in its order; then what Threadline
        // adds.
        o.put("list", m.list());
        o.put("entry_id", m.entryId());
        o.put("entry_name", m.entryName());
        o.put("section", m.section());
        o.put("score", Scores.round(m.score()));
        o.put("matched_name", m.matchedName());
        o.put("list_version", m.listVersion());
        if (m.listUnverified()) {
          o.put("list_unverified", true);
        }
        o.put("entry_matched_name", m.entryMatchedName());
        o.put("subsidiary", m.subsidiary());
        return null;
      }

      @Override
      public Void xinjiangNexus(XinjiangNexus n) {
        o.put("signal", n.signal());
        o.put("evidence", n.evidence());
        o.put("division_code", n.divisionCode());
        o.put("division_name", n.divisionName());
        o.put("score", Scores.round(n.score()));
        return null;
      }

      @Override
      public Void highRiskGood(HighRiskGood g) {
        o.put("source", g.source());
        o.put("source_version", g.sourceVersion());
        o.put("good", g.good());
        o.put("sector", g.sector());
        o.put("country", g.country());
        o.put("forced_labour", g.forcedLabour());
        o.put("evidence", g.evidence());
        o.put("score", Scores.round(g.score()));
        return null;
      }

      @Override
      public Void adverseMedia(AdverseMedia a) {
        o.put("article_id", a.articleId());
        o.put("title", a.title());
        o.put("stance", a.stance());
        o.put("relevance", Scores.round(a.relevance()));
        o.put("surface", a.surface());
        o.put("start", a.start());
        o.put("end", a.end());
        o.put("score", Scores.round(a.score()));
        return null;
      }
    });
    o.set("explanation", explanation(f.explanation()));
    return o;
  }

  /** {@code [{"feature", "score", "detail"}...]}. */
  public static ArrayNode explanation(List<Explanation> explanation) {
    ArrayNode a = NODES.arrayNode(explanation.size());
    for (Explanation e : explanation) {
      ObjectNode o = a.addObject();
      o.put("feature", e.feature());
      o.put("score", Scores.round(e.score()));
      o.put("detail", e.detail());
    }
    return a;
  }

  /**
   * {@code [{"id", "version"}...]}: which list versions produced a set of results (contract "Trace
   * result").
   */
  public static ArrayNode listVersions(List<ListInfo> lists) {
    ArrayNode a = NODES.arrayNode(lists.size());
    for (ListInfo info : lists) {
      a.addObject().put("id", info.id()).put("version", info.version());
    }
    return a;
  }

  /**
   * The full provenance of a list: {@code id, title, version, source, retrieved, licence,
   * finding_kind, complete, verified, notice, origin}.
   */
  public static ObjectNode listInfo(ListInfo info) {
    ObjectNode o = NODES.objectNode();
    o.put("id", info.id());
    o.put("title", info.title());
    o.put("version", info.version());
    o.put("source", info.source());
    o.put("retrieved", info.retrieved());
    o.put("licence", info.licence());
    o.put("finding_kind", info.findingKind() == null ? null : info.findingKind().code());
    o.put("complete", info.complete());
    o.put("verified", info.verified());
    o.put("notice", info.notice());
    o.put("origin", info.origin());
    return o;
  }
}
