package org.threadline.bench.trace;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.threadline.cli.Main;
import org.threadline.core.lists.TvpraList;
import org.threadline.core.screening.Screener;
import org.threadline.core.work.Workers;
import org.threadline.engine.ListSource;
import org.threadline.input.InputOptions;
import org.threadline.lists.goods.BundledGoods;
import org.threadline.report.AtomicFile;
import org.threadline.report.trace.TraceJson;
import org.threadline.trace.TraceEngine;
import org.threadline.trace.TraceResult;
import org.threadline.trace.ingest.ChainReader;
import org.threadline.trace.ingest.ChainSources;
import org.threadline.trace.ingest.UnitTable;
import org.threadline.trace.risk.SectorLookup;

/**
 * End-to-end benchmark of {@code threadline trace}: for each N, writes a synthetic chain of N
 * parties and 5N flows ({@link SyntheticChain}), traces it in this JVM exactly as the command line
 * does (read, validate, screen, balance, propagate, JSON to a file), and prints the time, the
 * throughput and the peak heap used.
 *
 * <p>Usage: {@code TraceEndToEnd WORKDIR [--screening standard|goods] N...} (N as 10k, 100k,
 * 1M). {@code standard} (the default) runs {@code threadline trace} itself: every party goes
 * through the name matcher and the Xinjiang detector. {@code goods} keeps the goods classifier
 * and the sector table but screens no names or addresses, so the figures show what the trace
 * itself costs (reading, validation, graph, mass balance, propagation, checklist, JSON) apart from
 * per-party screening, which the screening benchmark measures.
 */
public final class TraceEndToEnd {
  private TraceEndToEnd() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: TraceEndToEnd WORKDIR N...");
      System.exit(2);
    }
    Path work = Files.createDirectories(Path.of(args[0]));
    int first = 1;
    boolean standard = true;
    if (args[1].equals("--screening")) {
      standard = !"goods".equals(args[2]);
      first = 3;
    }
    Tracer tracer = standard ? TraceEndToEnd::trace : goodsOnly();
    System.out.printf("%-10s %10s %10s %12s %12s %12s %10s%n", "parties", "flows", "seconds",
        "cpu seconds", "flows/s", "peak heap MB", "output MB");
    Path warm = work.resolve("chain-warmup");
    SyntheticChain.write(warm, 20_000, 7);
    tracer.trace(warm, work.resolve("warmup.json"));
    for (int i = first; i < args.length; i++) {
      int n = (int) Long.parseLong(args[i].replace("_", "").replace("k", "000")
          .replace("M", "000000"));
      Path in = work.resolve("chain-" + n);
      if (!Files.exists(in.resolve("shipments.csv"))) {
        SyntheticChain.write(in, n, 42);
      }
      Path out = work.resolve("trace-" + n + ".json");
      System.gc();
      resetPeaks();
      long cpu0 = cpuNanos();
      long t0 = System.nanoTime();
      tracer.trace(in, out);
      double s = (System.nanoTime() - t0) / 1e9;
      double cpu = (cpuNanos() - cpu0) / 1e9;
      long flows = SyntheticChain.flowsFor(n);
      System.out.printf("%-10d %10d %10.2f %12.2f %12.0f %12.0f %10.1f%n", n, flows, s, cpu,
          flows / s, peakHeapMb(), Files.size(out) / 1048576.0);
      Files.deleteIfExists(out);
    }
  }

  /** Traces the chain in one folder into one file. */
  @FunctionalInterface
  private interface Tracer {
    void trace(Path in, Path out) throws Exception;
  }

  /** The trace without per-party name and address screening (see the class comment). */
  private static Tracer goodsOnly() {
    TvpraList dol = ListSource.bundled().load().dolTvpra();
    Screener screener = new Screener(List.of(), party -> List.of(), party -> List.of(),
        List.of(), 0.7);
    int cores = Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(cores, task -> {
      Thread t = new Thread(task, "trace bench");
      t.setDaemon(true);
      return t;
    });
    TraceEngine engine = new TraceEngine(screener, BundledGoods.classifier(dol),
        SectorLookup.of(BundledGoods.sectorTable()), List.of(dol.info()),
        new Workers(pool, cores));
    return (in, out) -> {
      var chain = new ChainReader(UnitTable.bundled(), pool)
          .read(ChainSources.open(in, InputOptions.defaults()));
      TraceResult result = engine.trace(chain);
      AtomicFile.write(out, stream -> TraceJson.write(result, stream));
    };
  }

  private static void trace(Path in, Path out) {
    int code = Main.run("trace", in.toString(), "--format", "json", "--out", out.toString());
    if (code != 0) {
      throw new IllegalStateException("trace exited " + code);
    }
  }

  /**
   * CPU time of the whole process (all threads, the collector's included): on a machine shared
   * with other work it says what the trace itself cost, whatever the wall clock says.
   */
  private static long cpuNanos() {
    var os = ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
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
