package org.threadline.trace.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A validated supply chain (contract "Supply chain on disk"): parties, products, flows, transforms,
 * shipments and documents, cross-referenced by index. Built by {@code ChainReader}; every reference
 * resolves and every quantity is in its product's unit.
 *
 * @param source what was read (a folder, a workbook or a JSON file), for reports
 * @param parties the parties, in file order
 * @param products the products, in file order
 * @param flows the flows, in file order
 * @param transforms the transforms, in file order
 * @param shipments the shipments, in file order
 * @param documents the documents, in file order
 * @param partyDocuments per party index, the document types about it as {@link DocumentType#bit()}
 *     bits
 * @param files the file each table was read from, by table name ({@code flows -> flows.csv})
 */
public record SupplyChain(
    String source,
    List<ChainParty> parties,
    List<Product> products,
    Flows flows,
    List<Transform> transforms,
    List<Shipment> shipments,
    List<Document> documents,
    int[] partyDocuments,
    Map<String, String> files) {

  public SupplyChain {
    parties = List.copyOf(parties);
    products = List.copyOf(products);
    transforms = List.copyOf(transforms);
    shipments = List.copyOf(shipments);
    documents = List.copyOf(documents);
    files = Map.copyOf(files);
  }

  /** The file a table was read from, or the table's own name when it was not given. */
  public String file(String table) {
    return files.getOrDefault(table, table);
  }

  public ChainParty party(int index) {
    return parties.get(index);
  }

  public Product product(int index) {
    return products.get(index);
  }

  /** Party index by id, built on demand. */
  public Map<String, Integer> partyIndex() {
    Map<String, Integer> m = new HashMap<>(parties.size() * 2);
    for (int i = 0; i < parties.size(); i++) {
      m.put(parties.get(i).id(), i);
    }
    return m;
  }
}
