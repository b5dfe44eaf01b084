package org.threadline.core.goods;

/**
 * One row of the UFLPA high-priority sector table: an HTS prefix and the sector it belongs to.
 *
 * @param sector the sector's name (e.g. {@code cotton and cotton products})
 * @param added the year DHS made it a high-priority sector
 * @param htsPrefix the leading digits of the HTS code, digits only (e.g. {@code 5205}, {@code 280461})
 * @param note what the heading covers
 */
public record HtsSector(String sector, String added, String htsPrefix, String note) {
  public HtsSector {
    if (sector == null || sector.isBlank()) {
      throw new IllegalArgumentException("a sector row needs a sector name");
    }
    if (htsPrefix == null || !htsPrefix.matches("\\d{2,10}")) {
      throw new IllegalArgumentException(
          "an HTS prefix is 2 to 10 digits, got '" + htsPrefix + "' for sector " + sector);
    }
  }
}
