package org.threadline.input;

import java.nio.charset.Charset;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How to read a user's file.
 *
 * @param encoding the text encoding, or {@code null} to detect it (UTF-8 with or without BOM,
 *     GB18030/GBK, Big5, UTF-16 with BOM); ignored for XLSX
 * @param skipBadRows skip a malformed row (and report it through {@code warnings}) instead of
 *     failing; errors that concern the whole file still fail
 * @param warnings receives one line per event a user should know about, such as
 *     {@code "suppliers.csv, row 7: skipped: 5 values but the header has 4 columns"}
 */
public record InputOptions(Charset encoding, boolean skipBadRows, Consumer<String> warnings) {

  public InputOptions {
    Objects.requireNonNull(warnings, "warnings");
  }

  /** Detect the encoding, fail on the first malformed row, drop warnings. */
  public static InputOptions defaults() {
    return new InputOptions(null, false, warning -> { });
  }

  /** These options with the given encoding ({@code null} = detect). */
  public InputOptions withEncoding(Charset charset) {
    return new InputOptions(charset, skipBadRows, warnings);
  }

  /** These options, skipping malformed rows and reporting each skip to {@code sink}. */
  public InputOptions skippingBadRows(Consumer<String> sink) {
    return new InputOptions(encoding, true, sink);
  }
}
