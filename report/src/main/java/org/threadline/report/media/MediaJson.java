package org.threadline.report.media;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.threadline.media.analysis.ArticleAnalysis;
import org.threadline.media.analysis.IndicatorFinding;
import org.threadline.media.analysis.ListMention;
import org.threadline.media.analysis.NameMention;
import org.threadline.media.analysis.PlaceMention;
import org.threadline.media.analysis.SupplierLink;

/** The contract "Media result" object of one analysed article, keys in the contract's order. */
public final class MediaJson {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private MediaJson() {}

  /** The contract "Media result" object. */
  public static ObjectNode toJson(ArticleAnalysis a) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", a.article().id());
    o.put("title", a.article().title());
    o.put("language", a.language());
    o.put("relevance", a.relevance());
    o.put("stance", a.stance());
    ArrayNode topics = o.putArray("topics");
    a.topics().forEach(topics::add);
    ArrayNode indicators = o.putArray("indicators");
    for (IndicatorFinding i : a.indicators()) {
      indicators.addObject()
          .put("indicator", i.indicator())
          .put("evidence", i.evidence())
          .put("start", i.start())
          .put("end", i.end());
    }
    ArrayNode places = o.putArray("places");
    for (PlaceMention p : a.places()) {
      ObjectNode n = places.addObject().put("name", p.name());
      if (p.divisionCode() == null) {
        n.putNull("division_code");
      } else {
        n.put("division_code", p.divisionCode());
      }
      n.put("country", p.country()).put("start", p.start()).put("end", p.end());
    }
    ArrayNode sectors = o.putArray("sectors");
    a.sectors().forEach(sectors::add);
    ArrayNode organisations = o.putArray("organisations");
    for (NameMention m : a.organisations()) {
      organisations.addObject().put("name", m.name()).put("start", m.start()).put("end", m.end());
    }
    ArrayNode mentions = o.putArray("list_mentions");
    for (ListMention m : a.listMentions()) {
      mentions.addObject()
          .put("list", m.list())
          .put("entry_name", m.entryName())
          .put("surface", m.surface())
          .put("start", m.start())
          .put("end", m.end());
    }
    ArrayNode links = o.putArray("supplier_links");
    for (SupplierLink l : a.supplierLinks()) {
      links.addObject().put("supplier_id", l.supplierId()).put("score", l.score());
    }
    return o;
  }
}
