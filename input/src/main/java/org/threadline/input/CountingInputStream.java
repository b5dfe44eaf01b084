package org.threadline.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read through it, so that a long read can say how far along it is. */
final class CountingInputStream extends FilterInputStream {
  private volatile long count;

  CountingInputStream(InputStream in) {
    super(in);
  }

  long count() {
    return count;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count++;
    }
    return b;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    if (n > 0) {
      count += n;
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    count += skipped;
    return skipped;
  }

  /** The share of {@code total} bytes read so far, in [0, 1]; -1 when the total is not known. */
  double fractionOf(long total) {
    return total <= 0 ? -1 : Math.min(1.0, (double) count / total);
  }
}
