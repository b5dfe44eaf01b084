package org.threadline.bench.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.threadline.core.geo.NexusDetector;
import org.threadline.core.geo.XinjiangEvaluation;
import org.threadline.core.model.Party;
import org.threadline.lists.bundled.BundledData;
import org.threadline.lists.geo.BundledGeography;

/**
 * A plain timed harness for the Xinjiang detector: runs {@code detect} over the labelled set's
 * 1,675 records (Chinese, Western and mixed addresses, hard negatives, phones, codes, names) for a
 * few seconds on 1 thread and on as many threads as there are cores, and prints records per
 * second of wall time and per second of CPU time.
 * Two workloads: the address alone (what the 200,000 addresses/s target is about) and the whole
 * record (address, name, phone, postcode, registration, country).
 *
 * <pre>bench/run org.threadline.bench.geo.XinjiangThroughput [seconds]</pre>
 */
public final class XinjiangThroughput {
  private XinjiangThroughput() {}

  public static void main(String[] args) throws InterruptedException {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
    long t0 = System.nanoTime();
    NexusDetector detector = BundledGeography.nexusDetector();
    System.out.printf("load: %.0f ms (%s)%n", (System.nanoTime() - t0) / 1e6, BundledGeography.DATA_VERSION);
    List<Party> records = records();
    List<Party> addresses = new ArrayList<>();
    for (Party p : records) {
      if (p.address() != null) {
        addresses.add(Party.builder(p.id()).address(p.address()).build());
      }
    }
    int cores = Runtime.getRuntime().availableProcessors();
    System.out.printf("%d records, %d with an address; %d cores%n", records.size(), addresses.size(), cores);
    // Warm up by work done, not by time: on a busy machine a few seconds may be no CPU at all.
    long warm = 0;
    for (int i = 0; i < 400_000; i++) {
      warm += detector.detect(addresses.get(i % addresses.size())).size();
      warm += detector.detect(records.get(i % records.size())).size();
    }
    System.out.printf("warmed up (%,d findings)%n", warm);
    run("addresses", detector, addresses, 1, seconds);
    run("addresses", detector, addresses, cores, seconds);
    run("records", detector, records, 1, seconds);
    run("records", detector, records, cores, seconds);
  }

  /**
   * CPU time of the whole process: on a machine other people share, records per CPU-second says
   * what the detector costs, whatever the load.
   */
  private static long processCpuNanos() {
    var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
  }

  static List<Party> records() {
    List<Party> out = new ArrayList<>();
    for (String path : List.of("eval/xinjiang_handwritten.csv", "eval/xinjiang_generated.csv")) {
      for (XinjiangEvaluation.Labelled l : XinjiangEvaluation.read(path, BundledData.lines(path))) {
        out.add(l.party());
      }
    }
    return out;
  }

  private static void run(String what, NexusDetector detector, List<Party> parties, int threads, double seconds)
      throws InterruptedException {
    AtomicLong done = new AtomicLong();
    AtomicLong findings = new AtomicLong();
    AtomicLong workerCpu = new AtomicLong();
    long end = System.nanoTime() + (long) (seconds * 1e9);
    long cpuStart = processCpuNanos();
    List<Thread> workers = new ArrayList<>();
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      int offset = t * 997;
      Thread w = new Thread(() -> {
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = mx.getCurrentThreadCpuTime();
        long n = 0;
        long f = 0;
        int i = offset % parties.size();
        while ((n & 1023) != 0 || System.nanoTime() < end) {
          f += detector.detect(parties.get(i)).size();
          if (++i == parties.size()) {
            i = 0;
          }
          n++;
        }
        done.addAndGet(n);
        findings.addAndGet(f);
        workerCpu.addAndGet(mx.getCurrentThreadCpuTime() - cpu0);
      });
      workers.add(w);
      w.start();
    }
    for (Thread w : workers) {
      w.join();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    double cpu = (processCpuNanos() - cpuStart) / 1e9;
    double worker = workerCpu.get() / 1e9;
    System.out.printf("%-10s %d thread(s): %,9.0f /s wall | %,9.0f per worker CPU-s | %,9.0f per process CPU-s"
        + "  (%,d in %.1f s; worker CPU %.1f s, process CPU %.1f s; %,d findings)%n", what, threads,
        done.get() / elapsed, done.get() / worker, done.get() / cpu, done.get(), elapsed, worker, cpu,
        findings.get());
  }
}
