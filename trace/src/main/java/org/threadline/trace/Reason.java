package org.threadline.trace;

import java.util.List;
import org.threadline.core.model.Finding;
import org.threadline.core.model.Risk;

/**
 * One reason for a shipment's verdict, with the path that carries it to the shipment.
 *
 * @param kind a contract "Screening result" finding kind ({@code entity_list_match}, {@code
 *     xinjiang_nexus}, {@code wro_match}, {@code sanctions_match}, {@code high_risk_good}, {@code
 *     adverse_media}) or one of the trace's own: {@code untraced_volume}, {@code mass_balance_gap},
 *     {@code commingling}, {@code missing_documents}
 * @param level the level this reason alone sets
 * @param presumption true when this reason alone makes the UFLPA presumption apply
 * @param party the party id where the reason sits
 * @param detail what was found, in words
 * @param path the shortest path from the party to the shipment's importer
 * @param otherPaths further distinct paths from the same party (at most a few) for a reason at
 *     {@code high} or worse; empty when there are none, and for {@code medium} reasons
 * @param finding the screening finding behind the reason, or null for the trace's own kinds
 */
public record Reason(
    String kind,
    Risk level,
    boolean presumption,
    String party,
    String detail,
    TracePath path,
    List<TracePath> otherPaths,
    Finding finding) {
  public Reason {
    otherPaths = List.copyOf(otherPaths);
  }
}
