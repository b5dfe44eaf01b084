package org.threadline.core.geo;

import java.util.List;
import org.threadline.core.model.Party;
import org.threadline.core.model.XinjiangNexus;

/**
 * Finds the signals that a party is in Xinjiang or run by the XPCC: its address, registration
 * code, postcode, phone and name. Implementations are safe to call from many threads.
 */
public interface NexusDetector {

  /** Every Xinjiang signal in the party's record, strongest first; empty when there is none. */
  List<XinjiangNexus> detect(Party party);
}
