package org.threadline.trace.ingest;

/**
 * Where a supply chain is stored: a folder of CSV files, one workbook with a sheet per table, or
 * one JSON object with a key per table.
 */
public interface ChainSource {

  /** What the user gave, for reports. */
  String name();

  /**
   * Opens one table by its contract "Supply chain on disk" name ({@code parties}, {@code flows},
   * ...).
   *
   * @return the table, or null when the source has no such table
   */
  ChainTable open(String table);
}
