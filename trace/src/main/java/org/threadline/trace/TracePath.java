package org.threadline.trace;

import java.util.List;

/**
 * A path from a risk source to a shipment, party by party: {@code parties.get(i)} handles
 * {@code products.get(i)} (what it ships on along this path).
 *
 * @param parties party ids, the source first, the importer last
 * @param products product names, one per party
 * @param flows the ids of the flows that join consecutive parties
 */
public record TracePath(List<String> parties, List<String> products, List<String> flows) {
  public TracePath {
    parties = List.copyOf(parties);
    products = List.copyOf(products);
    flows = List.copyOf(flows);
  }
}
