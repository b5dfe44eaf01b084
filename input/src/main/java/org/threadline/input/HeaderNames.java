package org.threadline.input;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the cells of a header row into usable, distinct column names: trimmed, a blank cell named
 * after its position, a repeated name numbered, so that no value is lost under a shared key.
 */
final class HeaderNames {
  private final List<String> names = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();

  /** Adds the header cell at the next position and returns the name it is known by. */
  String add(String cell) {
    String base = cell == null ? "" : cell.replace("\uFEFF", "").strip();
    if (base.isEmpty()) {
      base = "column " + (names.size() + 1);
    }
    String name = base;
    for (int n = 2; !seen.add(name); n++) {
      name = base + " (" + n + ")";
    }
    names.add(name);
    return name;
  }

  int size() {
    return names.size();
  }

  String get(int index) {
    return names.get(index);
  }

  List<String> names() {
    return names;
  }

  /**
   * The names of a header row. Blank cells after the last named one are dropped, as spreadsheets
   * export them ({@code name,city,,,}); a wholly blank row gives no names.
   */
  static HeaderNames ofRow(List<String> cells) {
    int width = cells.size();
    while (width > 0 && (cells.get(width - 1) == null
        || cells.get(width - 1).replace("\uFEFF", "").isBlank())) {
      width--;
    }
    HeaderNames header = new HeaderNames();
    for (String cell : cells.subList(0, width)) {
      header.add(cell);
    }
    return header;
  }
}
