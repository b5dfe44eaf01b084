package org.threadline.bench.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;
import org.threadline.core.lists.ListEntry;
import org.threadline.core.matching.NameMatch;
import org.threadline.core.matching.StructuredNameMatcher;
import org.threadline.core.matching.eval.Counts;
import org.threadline.core.matching.eval.LabelledPair;
import org.threadline.core.matching.eval.NameEvaluation;
import org.threadline.core.matching.eval.ScoredPair;
import org.threadline.lists.matching.BundledMatchers;
import org.threadline.lists.matching.BundledNameEvaluation;
import org.threadline.lists.matching.EvaluationLists;

/**
 * Threadline's name matcher side by side with brute-force Jaro-Winkler and Lucene's FuzzyQuery,
 * on the same inputs in one run: (1) the labelled set against the bundled UFLPA and CBP lists
 * (precision, recall, F1, records per second); (2) a synthetic list of a million company names
 * (records per second, heap, and the candidate index's recall against scoring every name).
 *
 * <p>Run: {@code java -Xmx2g -cp "bench/target/classes:bench/target/lib/*"
 * org.threadline.bench.matching.MatchingBenchmark [names] [threads] [candidates] [synthetic-only]}.
 */
public final class MatchingBenchmark {
  private static final double THRESHOLD = 0.7;
  private static final java.lang.management.ThreadMXBean CPU =
      java.lang.management.ManagementFactory.getThreadMXBean();
  /** Records per CPU-second of the last {@link #rate} run (robust on a shared, loaded machine). */
  private static double lastCpuRate;
  /** Queries scored against every name of the synthetic list, to measure the index's recall. */
  private static final int BRUTE_SAMPLE = Integer.getInteger("threadline.bench.bruteSample", 200);
  /** Candidates the matcher scores per query name on the synthetic list. */
  private static int candidates;

  private MatchingBenchmark() {}

  public static void main(String[] args) throws Exception {
    int names = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    candidates = args.length > 2 ? Integer.parseInt(args[2]) : StructuredNameMatcher.DEFAULT_CANDIDATES;
    boolean bundled = args.length <= 3 || !args[3].equals("synthetic-only");
    System.out.printf(Locale.ROOT, "Java %s, %d cores, max heap %d MB, %d threads%n%n",
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20, threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      if (bundled) {
        bundledLists(pool, threads);
      }
      if (names > 0) {
        syntheticList(pool, threads, names);
      }
    } finally {
      pool.shutdown();
    }
  }

  // ---- 1. The labelled set against the bundled lists ----

  private static void bundledLists(ExecutorService pool, int threads) throws Exception {
    Map<String, List<ListEntry>> lists = EvaluationLists.bundled();
    List<LabelledPair> pairs = BundledNameEvaluation.labelledPairs();
    List<String> queries = pairs.stream().map(LabelledPair::query).toList();
    int entries = lists.values().stream().mapToInt(List::size).sum();
    System.out.printf(Locale.ROOT, "1. Bundled lists (uflpa + cbp_wro, %d entries): %d labelled pairs;"
        + " each record is screened against both lists%n", entries, pairs.size());

    // Threadline
    Map<String, StructuredNameMatcher> ours = new java.util.HashMap<>();
    lists.forEach((id, e) -> ours.put(id, (StructuredNameMatcher) BundledMatchers.forEntries(e)));
    NameEvaluation ev = BundledNameEvaluation.run();
    Counts oc = ev.overall(THRESHOLD);
    Counts ox = ev.crossScript(THRESHOLD);
    ToLongFunction<String> ourWork = q -> {
      long n = 0;
      for (StructuredNameMatcher m : ours.values()) {
        n += m.match(List.of(q), THRESHOLD).size();
      }
      return n;
    };
    double ourRate = rate(pool, threads, queries, 20_000, 7, ourWork);
    double ourCpu = lastCpuRate;
    // A realistic screening input: ordinary suppliers (synthetic Chinese companies, half written
    // in Chinese, half in English) with one labelled query in fifty.
    List<String> mix = new ArrayList<>();
    List<SyntheticCompanies.Company> suppliers = new SyntheticCompanies().generate(40_000, 7L);
    for (int i = 0; i < suppliers.size(); i++) {
      mix.add(i % 50 == 0 ? queries.get(i % queries.size())
          : i % 2 == 0 ? suppliers.get(i).chinese() : suppliers.get(i).english());
    }
    double mixRate = rate(pool, threads, mix, mix.size(), 7, ourWork);
    double mixCpu = lastCpuRate;

    // Jaro-Winkler, brute force
    Map<String, JaroWinklerBaseline> jw = new java.util.HashMap<>();
    lists.forEach((id, e) -> jw.put(id, new JaroWinklerBaseline(e)));
    List<ScoredPair> jwScored = new ArrayList<>();
    for (LabelledPair p : pairs) {
      List<ListEntry> e = lists.get(p.list());
      double[] s = jw.get(p.list()).scores(p.query());
      double score = 0;
      for (int i = 0; i < e.size(); i++) {
        if (e.get(i).name().equals(p.entryName())) {
          score = s[i];
        }
      }
      jwScored.add(new ScoredPair(p, score, null));
    }
    NameEvaluation jwEv = new NameEvaluation(jwScored);
    double jwThreshold = bestF1Threshold(jwEv);
    double jwRate = rate(pool, threads, queries, 4_000, 3, q -> {
      long n = 0;
      for (JaroWinklerBaseline b : jw.values()) {
        n += b.top(q)[1] >= jwThreshold ? 1 : 0;
      }
      return n;
    });
    double jwCpu = lastCpuRate;

    // Lucene FuzzyQuery
    Map<String, LuceneFuzzyBaseline> lucene = new java.util.HashMap<>();
    lists.forEach((id, e) -> lucene.put(id, new LuceneFuzzyBaseline(e)));
    List<ScoredPair> luScored = new ArrayList<>();
    for (LabelledPair p : pairs) {
      List<ListEntry> e = lists.get(p.list());
      List<Integer> top = lucene.get(p.list()).top(p.query());
      boolean hit = top.stream().anyMatch(i -> e.get(i).name().equals(p.entryName()));
      luScored.add(new ScoredPair(p, hit ? 1.0 : 0.0, null));
    }
    NameEvaluation luEv = new NameEvaluation(luScored);
    double luRate = rate(pool, threads, queries, 600, 3, q -> {
      long n = 0;
      for (LuceneFuzzyBaseline b : lucene.values()) {
        n += b.top(q).size();
      }
      return n;
    });
    double luCpu = lastCpuRate;
    for (LuceneFuzzyBaseline b : lucene.values()) {
      b.close();
    }

    System.out.printf(Locale.ROOT, "%-34s %10s %10s %9s %7s %6s | %9s %7s %6s%n", "matcher (labelled queries)",
        "records/s", "rec/cpu-s", "precision", "recall", "F1", "x-script P", "R", "F1");
    line("Threadline (threshold 0.70)", ourRate, ourCpu, oc, ox);
    line(String.format(Locale.ROOT, "Jaro-Winkler brute force (>= %.2f)", jwThreshold), jwRate, jwCpu,
        jwEv.overall(jwThreshold), jwEv.crossScript(jwThreshold));
    line("Lucene FuzzyQuery (top 3)", luRate, luCpu, luEv.overall(0.5), luEv.crossScript(0.5));
    System.out.printf(Locale.ROOT, "ratios Threadline / Jaro-Winkler: speed %.1fx (cpu %.1fx), F1 %.2fx;"
        + " Threadline / Lucene: speed %.1fx (cpu %.1fx), F1 %.2fx%n",
        ourRate / jwRate, ourCpu / jwCpu, oc.f1() / jwEv.overall(jwThreshold).f1(),
        ourRate / luRate, ourCpu / luCpu, oc.f1() / luEv.overall(0.5).f1());
    System.out.printf(Locale.ROOT, "Threadline on a screening mix (%,d ordinary suppliers, Chinese and"
        + " English, 1 in 50 a labelled query): %.0f records/s, %.0f records per cpu-second%n%n",
        mix.size(), mixRate, mixCpu);
  }

  private static double bestF1Threshold(NameEvaluation ev) {
    double best = 0.9;
    double bestF1 = -1;
    for (int i = 50; i <= 99; i++) {
      double f1 = ev.overall(i / 100.0).f1();
      if (f1 > bestF1) {
        bestF1 = f1;
        best = i / 100.0;
      }
    }
    return best;
  }

  private static void line(String name, double rate, double cpuRate, Counts o, Counts x) {
    System.out.printf(Locale.ROOT, "%-34s %10.0f %10.0f %9.3f %7.3f %6.3f | %9.3f %7.3f %6.3f%n", name,
        rate, cpuRate, o.precision(), o.recall(), o.f1(), x.precision(), x.recall(), x.f1());
  }

  // Records per second over `records` records cycling through the queries, on the pool: the
  // median of `rounds` timed rounds after two untimed rounds that let the JIT compile the code
  // (a single round is warmed up on a quarter of the records, at most 2,000).
  private static double rate(ExecutorService pool, int threads, List<String> queries, int records,
      int rounds, ToLongFunction<String> work) throws Exception {
    if (rounds > 1) {
      timedRound(pool, threads, queries, records, work);
      timedRound(pool, threads, queries, records, work);
    } else {
      for (int i = 0; i < Math.min(2000, records / 4); i++) {
        work.applyAsLong(queries.get(i % queries.size()));
      }
    }
    double[] wall = new double[rounds];
    double[] cpu = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      double[] round = timedRound(pool, threads, queries, records, work);
      wall[r] = round[0];
      cpu[r] = round[1];
    }
    lastCpuRate = median(cpu);
    return median(wall);
  }

  private static double median(double[] xs) {
    double[] s = xs.clone();
    java.util.Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  // One round: {records per wall-clock second, records per CPU-second}.
  private static double[] timedRound(ExecutorService pool, int threads, List<String> queries,
      int records, ToLongFunction<String> work) throws Exception {
    AtomicLong sink = new AtomicLong();
    AtomicLong cpuNanos = new AtomicLong();
    long start = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int first = t;
      futures.add(pool.submit(() -> {
        long c0 = CPU.getCurrentThreadCpuTime();
        long n = 0;
        for (int i = first; i < records; i += threads) {
          n += work.applyAsLong(queries.get(i % queries.size()));
        }
        sink.addAndGet(n);
        cpuNanos.addAndGet(CPU.getCurrentThreadCpuTime() - c0);
      }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    return new double[] {records / ((System.nanoTime() - start) / 1e9), records / (cpuNanos.get() / 1e9)};
  }

  // ---- 2. A million synthetic names ----

  private static void syntheticList(ExecutorService pool, int threads, int n) throws Exception {
    System.out.printf(Locale.ROOT, "2. Synthetic list of %,d company names (%d candidates per query)%n", n,
        candidates);
    List<SyntheticCompanies.Company> companies = new SyntheticCompanies().generate(n, 20261125L);
    List<ListEntry> entries = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      entries.add(ListEntry.builder("synthetic", "s-" + i, companies.get(i).english())
          .country("China")
          .build());
    }
    long heapBefore = usedHeap();
    long start = System.nanoTime();
    StructuredNameMatcher matcher = new StructuredNameMatcher(BundledMatchers.model(), entries, candidates);
    double buildSeconds = (System.nanoTime() - start) / 1e9;
    long heap = usedHeap();
    System.out.printf(Locale.ROOT, "built in %.1f s; heap in use %d MB (list and matcher; %d MB before"
        + " the matcher); index: %,d keys, %,d postings%n", buildSeconds, heap >> 20, heapBefore >> 20,
        matcher.index().keyCount(), matcher.index().postingCount());

    // Queries: the Chinese name of every 500th company (cross-script) and its English name with
    // one letter dropped from the trade name.
    List<String> queries = new ArrayList<>();
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < n; i += Math.max(1, n / 2000)) {
      SyntheticCompanies.Company c = companies.get(i);
      queries.add(c.chinese());
      expected.add(i);
      String[] w = c.english().split(" ");
      w[1] = w[1].length() > 4 ? w[1].substring(0, 2) + w[1].substring(3) : w[1];
      queries.add(String.join(" ", w));
      expected.add(i);
    }
    double rate = rate(pool, threads, queries, queries.size(), 3, q -> matcher.match(List.of(q), THRESHOLD).size());
    double cpuRate = lastCpuRate;
    int found = 0;
    for (int i = 0; i < queries.size(); i++) {
      String want = "s-" + expected.get(i);
      if (matcher.match(List.of(queries.get(i)), THRESHOLD).stream().anyMatch(m -> m.entry().id().equals(want))) {
        found++;
      }
    }
    System.out.printf(Locale.ROOT, "Threadline: %.0f records/s (%d threads), %.0f records per cpu-second;"
        + " finds the company for %.1f%% of %d queries (Chinese name, or English with a typo)%n",
        rate, threads, cpuRate, 100.0 * found / queries.size(), queries.size());

    // A screening mix: suppliers that are not on the list (other synthetic companies, half
    // written in Chinese; in a million names many have namesakes there) with one listed
    // company in fifty among them.
    List<SyntheticCompanies.Company> others = new SyntheticCompanies().generate(20_000, 7L);
    List<String> mix = new ArrayList<>();
    for (int i = 0; i < others.size(); i++) {
      mix.add(i % 50 == 0 ? queries.get(i % queries.size())
          : i % 2 == 0 ? others.get(i).chinese() : others.get(i).english());
    }
    double mixRate = rate(pool, threads, mix, mix.size(), 3, q -> matcher.match(List.of(q), THRESHOLD).size());
    System.out.printf(Locale.ROOT, "Threadline on a screening mix (%,d suppliers, 1 in 50 on the list): %.0f"
        + " records/s (%d threads), %.0f records per cpu-second%n", mix.size(), mixRate, threads, lastCpuRate);

    // The candidate index against scoring every name, on a sample: recall (the company found)
    // of each, and how many of all the matches brute force finds the index keeps too.
    int sample = Math.min(BRUTE_SAMPLE, queries.size());
    List<String> sampled = new ArrayList<>();
    List<String> sampledWant = new ArrayList<>();
    for (int i = 0; i < sample; i++) {
      int at = i * (queries.size() / sample) + (i % 2);
      sampled.add(queries.get(at));
      sampledWant.add("s-" + expected.get(at));
    }
    // Per query {brute force finds the company, the index does, brute-force matches, kept}:
    // a map, because the warm-up runs some queries twice.
    java.util.Map<String, int[]> outcome = new java.util.concurrent.ConcurrentHashMap<>();
    java.util.Map<String, String> wantOf = new java.util.HashMap<>();
    for (int i = 0; i < sample; i++) {
      wantOf.put(sampled.get(i), sampledWant.get(i));
    }
    double bruteRate = rate(pool, threads, sampled, sample, 1, q -> {
      List<NameMatch> brute = matcher.matchExhaustively(List.of(q), THRESHOLD);
      List<NameMatch> indexed = matcher.match(List.of(q), THRESHOLD);
      String want = wantOf.get(q);
      int[] o = new int[4];
      o[0] = brute.stream().anyMatch(m -> m.entry().id().equals(want)) ? 1 : 0;
      o[1] = indexed.stream().anyMatch(m -> m.entry().id().equals(want)) ? 1 : 0;
      for (NameMatch b : brute) {
        o[2]++;
        if (indexed.stream().anyMatch(m -> m.entry().id().equals(b.entry().id()))) {
          o[3]++;
        }
      }
      outcome.put(q, o);
      return brute.size();
    });
    long bruteFound = outcome.values().stream().mapToInt(o -> o[0]).sum();
    long indexFound = outcome.values().stream().mapToInt(o -> o[1]).sum();
    long bruteMatches = outcome.values().stream().mapToInt(o -> o[2]).sum();
    long kept = outcome.values().stream().mapToInt(o -> o[3]).sum();
    System.out.printf(Locale.ROOT, "candidate index against scoring all %,d names, %d queries: brute force finds"
        + " the company for %d, the index for %d: %.1f%% of brute-force recall; the index keeps %d of the %d"
        + " matches (>= %.2f) brute force finds (%.1f%%, most of them namesakes elsewhere);"
        + " brute force: %.2f records/s%n",
        n, outcome.size(), bruteFound, indexFound,
        100.0 * indexFound / Math.max(1, bruteFound), kept, bruteMatches, THRESHOLD,
        100.0 * kept / Math.max(1, bruteMatches), bruteRate);

    JaroWinklerBaseline jw = new JaroWinklerBaseline(entries.subList(0, Math.min(n, 1_000_000)));
    long jwStart = System.nanoTime();
    int jwQueries = 3;
    for (int i = 0; i < jwQueries; i++) {
      jw.top(queries.get(i));
    }
    System.out.printf(Locale.ROOT, "Jaro-Winkler brute force over the same list: %.2f records/s (1 thread)%n",
        jwQueries / ((System.nanoTime() - jwStart) / 1e9));
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
