package org.threadline.lists.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a cell of names separated by semicolons ({@code "A; B; and C"}, the way the DHS and the
 * bundled lists write them) into the names. The {@code "and "} that English puts before the last
 * item of such a list is not part of the name and is dropped; nothing else is.
 */
public final class AliasSplitter {
  private static final Pattern LIST_AND = Pattern.compile("^and\\s+", Pattern.CASE_INSENSITIVE);

  private AliasSplitter() {}

  /** The non-blank, trimmed names of the cell, in order; empty for a null or blank cell. */
  public static List<String> split(String cell) {
    List<String> names = new ArrayList<>();
    if (cell == null) {
      return names;
    }
    String[] parts = cell.split(";");
    for (int i = 0; i < parts.length; i++) {
      String part = collapseSpaces(parts[i]);
      // Only the serial "; and C" is list grammar: a first name may really start with "And".
      if (i > 0) {
        part = LIST_AND.matcher(part).replaceFirst("");
      }
      if (!part.isEmpty()) {
        names.add(part);
      }
    }
    return names;
  }

  /** Trims and turns every run of white space (including no-break spaces) into one space. */
  public static String collapseSpaces(String s) {
    return s.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").strip();
  }
}
