package org.threadline.report.media;

import java.io.IOException;
import org.threadline.core.model.ScreeningResult;
import org.threadline.media.analysis.ArticleAnalysis;

/** Writes analysed articles in one format; {@link #close()} finishes the output. */
public interface MediaWriter extends AutoCloseable {
  void write(ArticleAnalysis analysis) throws IOException;

  /**
   * Adds a supplier the articles name, as a contract "Screening result" result of its adverse-media
   * findings. Formats without a place for it (JSON Lines: one contract "Media result" object per
   * article) ignore it.
   */
  default void writeSupplier(ScreeningResult result) throws IOException {}

  @Override
  void close() throws IOException;
}
