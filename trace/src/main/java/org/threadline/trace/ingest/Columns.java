package org.threadline.trace.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds a table's columns by their contract "Supply chain on disk" names, whatever the case and
 * spacing of the header ({@code From Party}, {@code from-party} and {@code from_party} are one
 * column).
 */
final class Columns {
  private final Map<String, String> headerByName = new HashMap<>();

  Columns(List<String> header) {
    for (String h : header) {
      headerByName.putIfAbsent(normalise(h), h);
    }
  }

  static String normalise(String header) {
    return header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
  }

  boolean has(String column) {
    return headerByName.containsKey(column);
  }

  /** The trimmed cell, or null when the column is absent or the cell blank. */
  String get(ChainRow row, String column) {
    String h = headerByName.get(column);
    if (h == null) {
      return null;
    }
    String v = row.cells().get(h);
    if (v == null) {
      return null;
    }
    String t = v.strip();
    return t.isEmpty() ? null : t;
  }

  /** The header text of every column not in {@code known}, in header order. */
  List<String> others(List<String> header, java.util.Set<String> known) {
    return header.stream().filter(h -> !known.contains(normalise(h))).toList();
  }
}
