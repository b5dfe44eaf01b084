package org.threadline.bench.trace;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.threadline.cli.Main;

/**
 * End-to-end benchmark of {@code threadline trace}: for each N, writes a synthetic chain of N
 * parties and 5N flows ({@link SyntheticChain}), traces it in this JVM exactly as the command line
 * does (read, validate, screen, balance, propagate, JSON to a file), and prints the time, the
 * throughput and the peak heap used.
 *
 * <p>Usage: {@code TraceEndToEnd WORKDIR N...} (N as 10k, 100k, 1M).
 */
public final class TraceEndToEnd {
  private TraceEndToEnd() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: TraceEndToEnd WORKDIR N...");
      System.exit(2);
    }
    Path work = Files.createDirectories(Path.of(args[0]));
    System.out.printf("%-10s %10s %10s %12s %12s %14s%n", "parties", "flows", "seconds",
        "flows/s", "peak heap MB", "output MB");
    Path warm = work.resolve("chain-warmup");
    SyntheticChain.write(warm, 20_000, 7);
    trace(warm, work.resolve("warmup.json"));
    for (int i = 1; i < args.length; i++) {
      int n = (int) Long.parseLong(args[i].replace("_", "").replace("k", "000")
          .replace("M", "000000"));
      Path in = work.resolve("chain-" + n);
      if (!Files.exists(in.resolve("shipments.csv"))) {
        SyntheticChain.write(in, n, 42);
      }
      Path out = work.resolve("trace-" + n + ".json");
      System.gc();
      resetPeaks();
      long t0 = System.nanoTime();
      trace(in, out);
      double s = (System.nanoTime() - t0) / 1e9;
      long flows = SyntheticChain.flowsFor(n);
      System.out.printf("%-10d %10d %10.2f %12.0f %12.0f %14.1f%n", n, flows, s, flows / s,
          peakHeapMb(), Files.size(out) / 1048576.0);
      Files.deleteIfExists(out);
    }
  }

  private static void trace(Path in, Path out) {
    int code = Main.run("trace", in.toString(), "--format", "json", "--out", out.toString());
    if (code != 0) {
      throw new IllegalStateException("trace exited " + code);
    }
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** The sum of the heap pools' peaks since the last reset. */
  private static double peakHeapMb() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        bytes += pool.getPeakUsage().getUsed();
      }
    }
    return bytes / 1048576.0;
  }
}
