package org.threadline.trace;

import java.util.List;
import org.threadline.core.model.Risk;
import org.threadline.trace.evidence.ChecklistItem;
import org.threadline.trace.model.Shipment;

/**
 * The trace of one shipment.
 *
 * @param shipment the shipment
 * @param verdict critical (the UFLPA presumption applies), high, medium or low
 * @param presumption true when the UFLPA presumption applies
 * @param reasons every reason, most severe first
 * @param tracedShare the share of the shipped quantity traced to an origin, in [0,1]
 * @param sector the UFLPA high-priority sector of the shipped good, or null
 * @param checklist the documents the chain behind the shipment needs, present or missing
 */
public record ShipmentTrace(
    Shipment shipment,
    Risk verdict,
    boolean presumption,
    List<Reason> reasons,
    double tracedShare,
    String sector,
    List<ChecklistItem> checklist) {
  public ShipmentTrace {
    reasons = List.copyOf(reasons);
    checklist = List.copyOf(checklist);
  }

  /** The checklist items missing. */
  public List<ChecklistItem> missing() {
    return checklist.stream().filter(i -> !i.present()).toList();
  }

  /** The share of the checklist present, 1 when nothing is expected. */
  public double documentsComplete() {
    if (checklist.isEmpty()) {
      return 1.0;
    }
    long present = checklist.stream().filter(ChecklistItem::present).count();
    return (double) present / checklist.size();
  }
}
