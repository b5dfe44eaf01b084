package org.threadline.bench.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.threadline.core.geo.NexusDetector;
import org.threadline.core.model.Party;
import org.threadline.lists.geo.BundledGeography;

/**
 * JMH: the Xinjiang detector over the labelled set's addresses, one operation = one address.
 *
 * <pre>bench/run jmh XinjiangDetectorBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class XinjiangDetectorBenchmark {
  private NexusDetector detector;
  private List<Party> addresses;
  private List<Party> records;
  private int next;

  @Setup
  public void load() {
    detector = BundledGeography.nexusDetector();
    records = XinjiangThroughput.records();
    addresses = new ArrayList<>();
    for (Party p : records) {
      if (p.address() != null) {
        addresses.add(Party.builder(p.id()).address(p.address()).build());
      }
    }
  }

  @Benchmark
  public void address(Blackhole bh) {
    bh.consume(detector.detect(addresses.get(next++ % addresses.size())));
  }

  @Benchmark
  public void record(Blackhole bh) {
    bh.consume(detector.detect(records.get(next++ % records.size())));
  }
}
