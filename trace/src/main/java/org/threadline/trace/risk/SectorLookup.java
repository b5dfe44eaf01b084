package org.threadline.trace.risk;

/**
 * The UFLPA high-priority sector of an HTS code ({@code apparel}, {@code cotton},
 * {@code polysilicon}, ...), or null when the code is in none. Backed by the bundled HTS sector
 * table.
 */
@FunctionalInterface
public interface SectorLookup {
  String sectorOf(String hts);

  /** A lookup that knows no sector. */
  static SectorLookup none() {
    return hts -> null;
  }
}
