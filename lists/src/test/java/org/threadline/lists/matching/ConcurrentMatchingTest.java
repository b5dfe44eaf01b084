package org.threadline.lists.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.threadline.core.lists.ListEntry;
import org.threadline.core.matching.NameMatch;
import org.threadline.core.matching.NameMatcher;

/**
 * The matcher keeps no state per thread: many threads sharing one matcher (as a server's request
 * threads or a Spark executor's tasks do) get exactly the answers one thread gets.
 */
class ConcurrentMatchingTest {
  @Test
  void manyThreadsGetTheAnswersOneThreadGets() throws Exception {
    List<ListEntry> entries = EvaluationLists.bundled().get("uflpa");
    NameMatcher matcher = BundledMatchers.forEntries(entries);
    List<String> queries = new ArrayList<>();
    for (var p : BundledNameEvaluation.labelledPairs()) {
      queries.add(p.query());
    }
    List<String> expected = new ArrayList<>();
    for (String q : queries) {
      expected.add(describe(matcher.match(List.of(q), 0.5)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(32);
    try {
      List<Future<List<String>>> runs = new ArrayList<>();
      for (int t = 0; t < 32; t++) {
        int offset = t * 61;
        runs.add(pool.submit(() -> {
          List<String> got = new ArrayList<>(queries.size());
          for (int i = 0; i < queries.size(); i++) {
            got.add(null);
          }
          // Each thread walks the queries from another start, so that they interleave.
          for (int k = 0; k < queries.size(); k++) {
            int i = (k + offset) % queries.size();
            got.set(i, describe(matcher.match(List.of(queries.get(i)), 0.5)));
          }
          return got;
        }));
      }
      for (Future<List<String>> run : runs) {
        assertThat(run.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static String describe(List<NameMatch> matches) {
    StringBuilder sb = new StringBuilder();
    for (NameMatch m : matches) {
      sb.append(m.entry().id()).append(':').append(m.score()).append(':').append(m.entryName())
          .append(':').append(m.explanation()).append(';');
    }
    return sb.toString();
  }
}
