package org.threadline.core.goods;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the UFLPA high-priority sector of an HTS code: the row with the longest prefix of the
 * code's digits, so that 7202.21 (ferrosilicon) is silica-based although chapter 72 is steel.
 * Codes are read tolerantly: {@code 5205.11.10}, {@code 5205 11 10}, {@code 520511} are one code.
 */
public final class HtsSectorTable {
  private final Map<String, HtsSector> byPrefix = new HashMap<>();
  private final List<HtsSector> rows;
  private final String version;

  /**
   * @param rows the table's rows; two rows may not share a prefix
   * @param version the version of the table, reported with every finding it makes
   */
  public HtsSectorTable(List<HtsSector> rows, String version) {
    this.rows = List.copyOf(rows);
    this.version = version;
    for (HtsSector r : this.rows) {
      HtsSector before = byPrefix.put(r.htsPrefix(), r);
      if (before != null && !before.sector().equals(r.sector())) {
        throw new IllegalArgumentException("HTS prefix " + r.htsPrefix() + " is in two sectors: "
            + before.sector() + " and " + r.sector());
      }
    }
  }

  /** The digits of an HTS code as a user writes it; "" when it has none. */
  public static String digits(String hts) {
    if (hts == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(hts.length());
    for (int i = 0; i < hts.length(); i++) {
      char c = hts.charAt(i);
      if (c >= '0' && c <= '9') {
        sb.append(c);
      } else if (!(c == '.' || c == ' ' || c == '-' || c == '\u00A0')) {
        // Letters or other marks mean this is not a code (e.g. "n/a", "see invoice").
        return "";
      }
    }
    return sb.toString();
  }

  /** The row whose prefix is the longest prefix of the code, if any. */
  public Optional<HtsSector> sectorOf(String hts) {
    String d = digits(hts);
    for (int len = Math.min(d.length(), 10); len >= 2; len--) {
      HtsSector r = byPrefix.get(d.substring(0, len));
      if (r != null) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** The sector names, in table order. */
  public Set<String> sectors() {
    Set<String> s = new LinkedHashSet<>();
    for (HtsSector r : rows) {
      s.add(r.sector());
    }
    return s;
  }

  /** When the table's sector was added, by sector name. */
  public String addedOf(String sector) {
    for (HtsSector r : rows) {
      if (r.sector().equals(sector)) {
        return r.added();
      }
    }
    return null;
  }

  public List<HtsSector> rows() {
    return rows;
  }

  public String version() {
    return version;
  }
}
