package org.threadline.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Counts the records of line-based input files in the background, so the progress line can say
 * how much time is left without delaying the run. Spreadsheets and JSON arrays are not counted.
 */
final class RecordCounter {
  private RecordCounter() {}

  static void countInBackground(List<Path> files, LongConsumer total) {
    Thread t = new Thread(() -> {
      long lines = 0;
      for (Path f : files) {
        String ext = OutputFormats.extension(f);
        if (!(ext.equals("csv") || ext.equals("tsv") || ext.equals("txt") || ext.equals("jsonl")
            || ext.equals("ndjson"))) {
          return;
        }
        long n = newlines(f);
        if (n < 0) {
          return;
        }
        // A CSV or TSV has a header line; JSON Lines has none.
        lines += ext.startsWith("json") || ext.equals("ndjson") ? n : Math.max(0, n - 1);
      }
      total.accept(lines);
    }, "threadline-count");
    t.setDaemon(true);
    t.start();
  }

  private static long newlines(Path f) {
    byte[] buf = new byte[1 << 16];
    long n = 0;
    try (InputStream in = Files.newInputStream(f)) {
      int r;
      while ((r = in.read(buf)) > 0) {
        for (int i = 0; i < r; i++) {
          if (buf[i] == '\n') {
            n++;
          }
        }
      }
    } catch (IOException e) {
      return -1;
    }
    return n;
  }
}
