package org.threadline.trace.model;

/**
 * A shipment entered at the border ({@code shipments.csv}).
 *
 * @param id the shipment id
 * @param importer index of the importer party
 * @param exporter index of the exporter party, or -1
 * @param manufacturer index of the manufacturer party, or -1
 * @param product index of the product
 * @param hts the HTS code the entry declares, or null (then the product's)
 * @param countryOfOrigin the declared country of origin, or null
 * @param quantity the quantity, in the product's unit
 * @param value the declared value as written, or null
 * @param entryDate the entry date as written, or null
 * @param row the data row in {@code shipments.csv}
 */
public record Shipment(
    String id,
    int importer,
    int exporter,
    int manufacturer,
    int product,
    String hts,
    String countryOfOrigin,
    double quantity,
    String value,
    String entryDate,
    long row) {

  /** The party the goods leave from: the exporter, else the manufacturer. */
  public int shipper() {
    return exporter >= 0 ? exporter : manufacturer;
  }
}
