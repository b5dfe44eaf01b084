package org.threadline.bench.screen;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.threadline.cli.Main;

/**
 * End-to-end benchmark of {@code threadline screen}: for each N, generates N synthetic parties,
 * screens them in this JVM exactly as the command line does (JSON Lines to a file), and prints
 * records/s and the peak heap used (the JVM's own peak per heap pool, reset between runs).
 *
 * <p>Usage: {@code ScreenEndToEnd WORKDIR [--real DIR] N...}. Run it with a fixed -Xmx to show
 * that memory stays constant as N grows. With {@code --real DIR}, each size is screened twice
 * side by side: the synthetic mix, then parties cycled from the real populations below DIR
 * (company registries, brands' factory lists; see {@link RealPopulation}).
 */
public final class ScreenEndToEnd {
  private ScreenEndToEnd() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: ScreenEndToEnd WORKDIR N...");
      System.exit(2);
    }
    Path work = Files.createDirectories(Path.of(args[0]));
    java.util.List<org.threadline.core.model.Party> real = null;
    int first = 1;
    if (args.length > 2 && args[1].equals("--real")) {
      real = RealPopulation.read(Path.of(args[2]));
      first = 3;
    }
    System.out.printf("%-10s %-10s %12s %12s %14s %12s%n", "parties", "input", "seconds",
        "records/s", "peak heap MB", "max heap MB");
    // A warm-up run loads the lists and compiles the hot paths once.
    Path warm = work.resolve("warmup.csv");
    SyntheticParties.write(warm, 100_000, 7);
    screen(warm, work.resolve("warmup.jsonl"));
    if (real != null) {
      Path warmReal = work.resolve("warmup-real.csv");
      RealPopulation.write(warmReal, real, 100_000);
      screen(warmReal, work.resolve("warmup.jsonl"));
    }
    for (int i = first; i < args.length; i++) {
      long n = Long.parseLong(args[i].replace("_", "").replace("k", "000").replace("M", "000000"));
      Path in = work.resolve("parties-" + n + ".csv");
      if (!Files.exists(in)) {
        SyntheticParties.write(in, n, 42);
      }
      run(work, in, n, "synthetic");
      if (real != null) {
        Path realIn = work.resolve("real-" + n + ".csv");
        RealPopulation.write(realIn, real, n);
        run(work, realIn, n, "real");
      }
    }
  }

  private static void run(Path work, Path in, long n, String label) throws Exception {
    Path out = work.resolve("results-" + n + ".jsonl");
    System.gc();
    resetPeaks();
    long t0 = System.nanoTime();
    screen(in, out);
    double s = (System.nanoTime() - t0) / 1e9;
    System.out.printf("%-10d %-10s %12.2f %12.0f %14.0f %12.0f%n", n, label, s, n / s,
        peakHeapMb(), Runtime.getRuntime().maxMemory() / 1048576.0);
    Files.deleteIfExists(out);
  }

  private static void screen(Path in, Path out) {
    int code = Main.run("screen", "--quiet", in.toString(), "--out", out.toString());
    if (code != 0) {
      throw new IllegalStateException("screen exited " + code);
    }
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** Sum of the heap pools' peaks: an upper bound of the heap in use at any one moment. */
  private static double peakHeapMb() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum / 1048576.0;
  }
}
