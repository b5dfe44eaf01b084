package org.threadline.report;

import java.util.Locale;

/** The output formats of {@code threadline screen} (contract "Command line"). */
public enum ScreenFormat {
  /**
   * JSON Lines, the default: one contract "Screening result" object per line, each ending with
   * {@code "lists": [{"id", "version"}...]} so that a line read alone still says which list
   * versions cleared or flagged it (about 120 bytes a line for the bundled lists, and under a
   * microsecond).
   */
  JSONL("jsonl"),
  /**
   * One JSON document: run metadata, list provenance and notices (incomplete or unverified
   * copies), every result, and counts by risk.
   */
  JSON("json"),
  /** One row per finding (one for a record with no finding), with the record's columns. */
  CSV("csv"),
  /** The same rows as CSV in a spreadsheet, with a second sheet of list provenance. */
  XLSX("xlsx"),
  /** A self-contained page: counts by risk, the lists used, and every flagged record. */
  HTML("html");

  private final String code;

  ScreenFormat(String code) {
    this.code = code;
  }

  /** The lower-case name used on the command line and as the file extension. */
  public String code() {
    return code;
  }

  /**
   * Parses a format name such as {@code jsonl} (case-insensitive).
   *
   * @throws IllegalArgumentException naming the bad value and the valid ones
   */
  public static ScreenFormat ofCode(String code) {
    String wanted = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
    for (ScreenFormat f : values()) {
      if (f.code.equals(wanted)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown format '" + code + "' (expected jsonl, json, csv, xlsx or html)");
  }
}
