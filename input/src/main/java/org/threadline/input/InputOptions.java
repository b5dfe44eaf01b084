package org.threadline.input;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * How to read a user's file.
 *
 * @param encoding the text encoding, or {@code null} to detect it (UTF-8 with or without BOM,
 *     GB18030/GBK, Big5, UTF-16 with BOM); ignored for XLSX
 * @param skipBadRows skip a malformed row (and report it through {@code warnings}) instead of
 *     failing; errors that concern the whole file still fail
 * @param warnings receives one line per event a user should know about, such as
 *     {@code "suppliers.csv, row 7: skipped: 5 values but the header has 4 columns"}
 * @param isHeader says whether a row's cells can be the header; rows above the first that can
 *     (among the first few) are titles and are skipped. Accepting every row makes the first
 *     non-blank row the header.
 */
public record InputOptions(Charset encoding, boolean skipBadRows, Consumer<String> warnings,
    Predicate<List<String>> isHeader) {

  /** Any row can be the header: the first non-blank one is. */
  public static final Predicate<List<String>> FIRST_ROW = cells -> true;

  public InputOptions {
    Objects.requireNonNull(warnings, "warnings");
    Objects.requireNonNull(isHeader, "isHeader");
  }

  /** Options whose header is the first non-blank row. */
  public InputOptions(Charset encoding, boolean skipBadRows, Consumer<String> warnings) {
    this(encoding, skipBadRows, warnings, FIRST_ROW);
  }

  /** Detect the encoding, fail on the first malformed row, drop warnings. */
  public static InputOptions defaults() {
    return new InputOptions(null, false, warning -> { });
  }

  /** These options with the given encoding ({@code null} = detect). */
  public InputOptions withEncoding(Charset charset) {
    return new InputOptions(charset, skipBadRows, warnings, isHeader);
  }

  /** These options, skipping malformed rows and reporting each skip to {@code sink}. */
  public InputOptions skippingBadRows(Consumer<String> sink) {
    return new InputOptions(encoding, true, sink, isHeader);
  }

  /** These options, with the header the first row (of the first few) that {@code test} accepts. */
  public InputOptions withHeader(Predicate<List<String>> test) {
    return new InputOptions(encoding, skipBadRows, warnings, test);
  }
}
