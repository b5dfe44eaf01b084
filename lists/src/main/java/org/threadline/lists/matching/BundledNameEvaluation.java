package org.threadline.lists.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.threadline.core.lists.ListEntry;
import org.threadline.core.matching.NameMatch;
import org.threadline.core.matching.NameMatcher;
import org.threadline.core.matching.eval.LabelledPair;
import org.threadline.core.matching.eval.NameEvaluation;
import org.threadline.core.matching.eval.ScoredPair;
import org.threadline.lists.bundled.BundledData;

/**
 * Runs the bundled matcher over the team's labelled name set ({@code data/eval/names.csv})
 * against the real entries of the bundled UFLPA and CBP lists.
 */
public final class BundledNameEvaluation {
  /** The labelled set, below {@code data/}. */
  public static final String NAMES = "eval/names.csv";

  private BundledNameEvaluation() {}

  /** The labelled pairs. */
  public static List<LabelledPair> labelledPairs() {
    List<LabelledPair> out = new ArrayList<>();
    try (BufferedReader r = BundledData.reader(NAMES)) {
      for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
        out.add(new LabelledPair(rec.get("query"), rec.get("list"), rec.get("entry_name"),
            "1".equals(rec.get("label").trim()), rec.get("category")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled data/" + NAMES, e);
    }
    return out;
  }

  /**
   * Scores every labelled pair with a matcher built over the bundled lists alone, without
   * Threadline's table of the names listed companies are known by: the set's Chinese names come
   * from the same source as that table, so this measures the matching itself.
   */
  public static NameEvaluation run() {
    return run(EntityNames.none());
  }

  /** Scores every labelled pair with a matcher over the bundled lists and the given names. */
  public static NameEvaluation run(EntityNames names) {
    Map<String, List<ListEntry>> lists = EvaluationLists.bundled();
    Map<String, NameMatcher> matchers = new HashMap<>();
    lists.forEach((id, entries) -> matchers.put(id, BundledMatchers.forEntries(entries, names)));
    List<LabelledPair> pairs = labelledPairs();
    List<ScoredPair> scored = new ArrayList<>(pairs.size());
    for (LabelledPair p : pairs) {
      NameMatcher m = matchers.get(p.list());
      if (m == null) {
        throw new IllegalStateException("data/" + NAMES + " names an unknown list " + p.list());
      }
      NameMatch found = null;
      for (NameMatch nm : m.match(List.of(p.query()), 0.0)) {
        if (nm.entry().name().equals(p.entryName())) {
          found = nm;
          break;
        }
      }
      scored.add(new ScoredPair(p, found == null ? 0.0 : found.score(), found));
    }
    return new NameEvaluation(scored);
  }
}
