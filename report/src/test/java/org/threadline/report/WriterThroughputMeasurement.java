package org.threadline.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.threadline.core.model.Party;
import org.threadline.core.model.Risk;
import org.threadline.core.model.ScreeningResult;

/**
 * Prints each writer's throughput (results per CPU second of the writing thread, best of three
 * rounds, so that other work on a shared machine does not count) and output size, on synthetic
 * results of which nine in ten are clean. Output goes to a counting sink, not to disk. A
 * measurement, not a test: it asserts nothing and runs only with {@code -Dreport.measure=true},
 * e.g. {@code nice mvn -o -q -pl report -am test -Dtest=WriterThroughputMeasurement
 * -Dreport.measure=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "report.measure", matches = "true")
class WriterThroughputMeasurement {
  private static final int N = Integer.getInteger("report.measure.n", 200_000);
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** Counts the bytes written to it and drops them. */
  private static final class CountingSink extends OutputStream {
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
  }

  private interface Run {
    void writeAll(OutputStream out) throws IOException;
  }

  private static List<ScreeningResult> results() {
    List<ScreeningResult> results = new ArrayList<>(N);
    ScreeningResult flagged = SampleResults.hoshine();
    for (int i = 0; i < N; i++) {
      if (i % 10 == 0) {
        results.add(flagged);
      } else {
        Party p = Party.builder("P-" + i).row(i + 1).name("Supplier " + i + " Trading Co., Ltd.")
            .country("VN").address(i + " Nguyen Trai, Ha Noi").extra("buyer", "Team A").build();
        results.add(new ScreeningResult(p, Risk.NONE, false, List.of()));
      }
    }
    return results;
  }

  private static boolean print;

  private static void measure(String label, Run run) throws IOException {
    double best = 0;
    long bytes = 0;
    for (int round = 0; round < 3; round++) {
      CountingSink sink = new CountingSink();
      long t0 = THREADS.getCurrentThreadCpuTime();
      run.writeAll(sink);
      double seconds = (THREADS.getCurrentThreadCpuTime() - t0) / 1e9;
      best = Math.max(best, N / seconds);
      bytes = sink.bytes;
    }
    if (!print) {
      return;
    }
    System.out.printf("%-30s %9.0f results/CPU-s %7.1f MB %6.0f bytes/result%n", label, best,
        bytes / 1e6, (double) bytes / N);
  }

  @Test
  void printsThroughputPerFormat() throws IOException {
    List<ScreeningResult> results = results();
    // The first pass warms the JIT up for every writer; the second one prints.
    for (int pass = 0; pass < 2; pass++) {
      print = pass == 1;
      measureAll(results);
    }
  }

  private static void measureAll(List<ScreeningResult> results) throws IOException {
    for (ScreenFormat format : ScreenFormat.values()) {
      measure(format.code(), out -> {
        try (ResultWriter w = ResultWriters.open(format, null, out, SampleResults.RUN)) {
          results.forEach(w::write);
        }
      });
    }
    measure("jsonl without \"lists\"", out -> {
      try (JsonGenerator gen = JsonOutput.compact(out)) {
        for (ScreeningResult r : results) {
          gen.writeTree(ResultJson.toJson(r));
          gen.writeRaw('\n');
        }
      }
    });
  }
}
