package org.threadline.report;

import org.threadline.core.model.ScreeningResult;

/**
 * Writes screening results one at a time, in one format. Writers stream: none keeps more than
 * one result in memory, except the HTML report, which keeps the flagged ones (risk low or worse)
 * and counts the rest.
 *
 * <p>A writer to a file writes a temporary file next to it and renames it into place on {@link
 * #close()}, so a reader never sees a half-written report. When the run fails part way, call
 * {@link #abort()} instead (or before {@code close()}): the temporary file is deleted and any
 * earlier file at the target is left as it was.
 *
 * <pre>{@code
 * try (ResultWriter out = ResultWriters.open(format, path, System.out, run)) {
 *   try {
 *     parties.forEachRemaining(p -> out.write(screener.screen(p)));
 *   } catch (RuntimeException e) {
 *     out.abort();
 *     throw e;
 *   }
 * }
 * }</pre>
 *
 * <p>I/O failures are thrown as {@link java.io.UncheckedIOException}; after one, the writer has
 * discarded its output and {@code close()} only releases resources.
 */
public interface ResultWriter extends AutoCloseable {
  /** Writes one result. */
  void write(ScreeningResult result);

  /** Finishes the output: ends the document, renames a file into place, flushes standard output. */
  @Override
  void close();

  /**
   * Discards the output: a file target is not created (or keeps its earlier content). On standard
   * output, what was written stays written; the writer stops and flushes. After this, {@link
   * #close()} does nothing. Never throws.
   */
  void abort();
}
