package org.threadline.trace.risk;

import org.threadline.core.goods.HtsSector;
import org.threadline.core.goods.HtsSectorTable;

/**
 * The UFLPA high-priority sector of an HTS code ({@code apparel}, {@code cotton},
 * {@code polysilicon}, ...), or null when the code is in none. Backed by the bundled HTS sector
 * table.
 */
@FunctionalInterface
public interface SectorLookup {
  String sectorOf(String hts);

  /** The lookup of the sector table (the longest matching HTS prefix decides). */
  static SectorLookup of(HtsSectorTable table) {
    return hts -> table.sectorOf(hts).map(HtsSector::sector).orElse(null);
  }

  /** A lookup that knows no sector. */
  static SectorLookup none() {
    return hts -> null;
  }
}
