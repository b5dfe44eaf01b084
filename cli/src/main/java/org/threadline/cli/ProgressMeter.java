package org.threadline.cli;

import java.io.PrintStream;

/**
 * Shows progress of a long run on one self-overwriting stderr line: records done, records per
 * second and, from the share of the input read so far, the time left. Silent unless the process
 * runs on a terminal, so logs and pipelines stay clean.
 */
final class ProgressMeter implements AutoCloseable {
  private static final long INTERVAL_NANOS = 1_000_000_000L;

  private final PrintStream err;
  private final boolean enabled;
  private final long started = System.nanoTime();
  private long lastShown = started;
  private boolean shown;

  ProgressMeter(PrintStream err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  /** True when the process runs attached to a terminal (so a progress line helps a person). */
  static boolean terminalAttached() {
    return System.console() != null;
  }

  /**
   * Called after each batch; prints at most once a second.
   *
   * @param records records done so far
   * @param fraction share of the whole input read so far in [0,1], or negative when unknown
   */
  void done(long records, double fraction) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastShown < INTERVAL_NANOS) {
      return;
    }
    lastShown = now;
    double seconds = (now - started) / 1e9;
    double rate = records / Math.max(seconds, 1e-9);
    var line = new StringBuilder();
    line.append(String.format("\rscreened %,d records, %,.0f records/s", records, rate));
    if (fraction > 0.001) {
      long left = (long) Math.max(0, seconds * (1 - fraction) / fraction);
      line.append(String.format(", %d%%, about %s left", Math.min(100, Math.round(fraction * 100)),
          duration(left)));
    }
    line.append("   ");
    err.print(line);
    err.flush();
    shown = true;
  }

  private static String duration(long seconds) {
    return seconds >= 3600
        ? String.format("%dh%02dm", seconds / 3600, seconds % 3600 / 60)
        : seconds >= 60 ? String.format("%dm%02ds", seconds / 60, seconds % 60)
        : seconds + "s";
  }

  @Override
  public void close() {
    if (shown) {
      err.println();
    }
  }
}
