package org.threadline.report.media;

import java.io.IOException;
import org.threadline.media.analysis.ArticleAnalysis;

/** Writes analysed articles in one format; {@link #close()} finishes the output. */
public interface MediaWriter extends AutoCloseable {
  void write(ArticleAnalysis analysis) throws IOException;

  @Override
  void close() throws IOException;
}
