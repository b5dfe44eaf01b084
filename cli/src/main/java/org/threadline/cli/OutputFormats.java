package org.threadline.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.threadline.core.BadInputException;
import org.threadline.report.ScreenFormat;

/** Chooses an output format from {@code --format}, or from the {@code --out} file's extension. */
final class OutputFormats {
  private OutputFormats() {}

  static ScreenFormat screenFormat(String format, Path out) {
    String name = format;
    if (name == null && out != null) {
      name = extension(out);
      if (name.equals("ndjson")) {
        name = "jsonl";
      } else if (name.equals("htm")) {
        name = "html";
      }
      if (!name.matches("jsonl|json|csv|xlsx|html")) {
        name = "jsonl";
      }
    }
    if (name == null) {
      return ScreenFormat.JSONL;
    }
    try {
      return ScreenFormat.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadInputException(null, -1, null,
          "unknown --format '" + format + "' (expected jsonl, json, csv, xlsx or html)");
    }
  }

  static String extension(Path file) {
    String n = file.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
