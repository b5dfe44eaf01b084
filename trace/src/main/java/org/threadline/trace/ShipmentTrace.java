package org.threadline.trace;

import java.util.List;
import org.threadline.core.model.Risk;
import org.threadline.trace.evidence.ChecklistItem;
import org.threadline.trace.evidence.ChecklistItems;
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
 * @param checklist the documents the chain behind the shipment needs, present or missing, in the
 *     order the chain is walked back from the shipment; at most {@link #MAX_ITEMS} of them
 * @param documentsExpected how many documents the whole checklist has
 * @param documentsPresent how many of them are present
 * @param missing the missing documents; at most {@link #MAX_ITEMS} of them
 */
public record ShipmentTrace(
    Shipment shipment,
    Risk verdict,
    boolean presumption,
    List<Reason> reasons,
    double tracedShare,
    String sector,
    List<ChecklistItem> checklist,
    int documentsExpected,
    int documentsPresent,
    List<ChecklistItem> missing) {

  /** Items kept per list: a shipment fed by ten thousand flows still has a readable pack. */
  public static final int MAX_ITEMS = 300;

  public ShipmentTrace {
    reasons = List.copyOf(reasons);
    // A ChecklistItems is unmodifiable already, and copying it would make every item an object.
    checklist = checklist instanceof ChecklistItems ? checklist : List.copyOf(checklist);
    missing = List.copyOf(missing);
  }

  /** How many documents are missing (all of them, not only those listed). */
  public int documentsMissing() {
    return documentsExpected - documentsPresent;
  }

  /** The share of the checklist present, 1 when nothing is expected. */
  public double documentsComplete() {
    return documentsExpected == 0 ? 1.0 : (double) documentsPresent / documentsExpected;
  }
}
