package org.threadline.report.media;

import java.io.IOException;
import java.io.OutputStream;
import org.threadline.media.analysis.ArticleAnalysis;

/** Contract 6 as JSON Lines: one object per article, written as it comes. */
final class MediaJsonLinesWriter implements MediaWriter {
  private final OutputStream out;

  MediaJsonLinesWriter(OutputStream out) {
    this.out = out;
  }

  @Override
  public void write(ArticleAnalysis analysis) throws IOException {
    out.write(MediaJson.MAPPER.writeValueAsBytes(MediaJson.toJson(analysis)));
    out.write('\n');
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}
