package org.threadline.trace;

import java.util.List;
import org.threadline.core.lists.ListInfo;
import org.threadline.trace.model.SupplyChain;

/**
 * The result of tracing a supply chain (contract "Trace result").
 *
 * @param lists the lists and tables (with versions) the screening used
 * @param chain the chain that was traced
 * @param shipments one trace per shipment, in file order
 * @param parties one per party, in file order
 * @param massBalance every product line with a mass-balance gap
 */
public record TraceResult(
    List<ListInfo> lists,
    SupplyChain chain,
    List<ShipmentTrace> shipments,
    List<PartyTrace> parties,
    List<MassBalanceEntry> massBalance) {
  public TraceResult {
    lists = List.copyOf(lists);
    shipments = List.copyOf(shipments);
    parties = List.copyOf(parties);
    massBalance = List.copyOf(massBalance);
  }
}
