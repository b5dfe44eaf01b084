package org.threadline.input;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Bounds how many characters a parser may read for one record. A CSV value that opens a quote and
 * never closes it would otherwise swallow the rest of the file into memory.
 */
final class RecordLengthGuard extends FilterReader {
  private final long limit;
  private long sinceRecord;

  /** Thrown through the parser when one record is longer than the limit. */
  static final class RecordTooLongException extends IOException {
    private static final long serialVersionUID = 1L;

    RecordTooLongException(String message) {
      super(message);
    }
  }

  RecordLengthGuard(Reader in, long limit) {
    super(in);
    this.limit = limit;
  }

  /** Called after each complete record. */
  void recordEnded() {
    sinceRecord = 0;
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    count(c < 0 ? 0 : 1);
    return c;
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    count(Math.max(n, 0));
    return n;
  }

  private void count(int n) throws IOException {
    sinceRecord += n;
    if (sinceRecord > limit) {
      throw new RecordTooLongException("one row runs over " + limit
          + " characters: is a quote left open?");
    }
  }
}
