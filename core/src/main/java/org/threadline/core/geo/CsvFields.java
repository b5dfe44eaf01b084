package org.threadline.core.geo;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one line of the bundled geography CSV files into fields: comma separated, fields
 * optionally in double quotes with {@code ""} for a quote inside. The bundled files never break a
 * field over two lines, so a line is a record.
 */
final class CsvFields {
  private CsvFields() {}

  /** The fields of {@code line}; a leading byte-order mark is ignored. */
  static List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int i = line.startsWith("\uFEFF") ? 1 : 0;
    for (; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  /** The data rows of a CSV file given as lines: the header and blank lines skipped. */
  static List<List<String>> rows(List<String> lines) {
    List<List<String>> rows = new ArrayList<>(lines.size());
    for (int i = 1; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        rows.add(split(lines.get(i)));
      }
    }
    return rows;
  }
}
