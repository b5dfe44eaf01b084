package org.threadline.report.media;

import java.io.OutputStream;

/** Opens the writer of a format over a stream. */
public final class MediaWriters {
  private MediaWriters() {}

  /**
   * A writer of {@code format} to {@code out}. Closing the writer flushes but does not close
   * {@code out}.
   */
  public static MediaWriter open(MediaFormat format, OutputStream out, MediaRun run) {
    switch (format) {
      case JSONL:
        return new MediaJsonLinesWriter(out);
      case JSON:
        return new MediaJsonWriter(out, run);
      case HTML:
        return new MediaDigestWriter(out, run);
      default:
        throw new IllegalArgumentException("no writer for " + format);
    }
  }
}
