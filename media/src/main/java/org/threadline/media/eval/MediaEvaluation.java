package org.threadline.media.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.threadline.media.analysis.ArticleAnalysis;
import org.threadline.media.analysis.IndicatorFinding;
import org.threadline.media.analysis.ListMention;
import org.threadline.media.analysis.MediaAnalyser;
import org.threadline.media.analysis.PlaceMention;

/**
 * Measures the analyser on a labelled corpus: precision and recall of relevance (per article),
 * places, indicators and list mentions (per distinct value per article), and stance accuracy on
 * the relevant articles. List mentions count on the list {@code listId} only, since the labels
 * name the entries of that list.
 */
public final class MediaEvaluation {
  private MediaEvaluation() {}

  /**
   * The scores, and every disagreement.
   *
   * @param relevance per article
   * @param places per (article, place)
   * @param indicators per (article, indicator)
   * @param listMentions per (article, entry)
   * @param stanceCorrect relevant articles whose stance was right
   * @param stanceTotal relevant articles
   * @param errors one line per disagreement, "file: kind value"
   */
  public record Result(
      int articles, Score relevance, Score places, Score indicators, Score listMentions,
      int stanceCorrect, int stanceTotal, List<String> errors) {
    public double stanceAccuracy() {
      return stanceTotal == 0 ? 1.0 : (double) stanceCorrect / stanceTotal;
    }
  }

  /** Runs the analyser on every article of the corpus. */
  public static Result run(List<LabelledArticle> corpus, MediaAnalyser analyser, String listId) {
    Score relevance = new Score(0, 0, 0);
    Score places = new Score(0, 0, 0);
    Score indicators = new Score(0, 0, 0);
    Score mentions = new Score(0, 0, 0);
    int stanceCorrect = 0;
    int stanceTotal = 0;
    List<String> errors = new ArrayList<>();
    for (LabelledArticle l : corpus) {
      ArticleAnalysis a = analyser.analyse(l.article());
      String file = l.article().id();
      relevance = relevance.plus(compare(file, "relevant",
          l.relevant() ? Set.of("yes") : Set.of(), a.relevant() ? Set.of("yes") : Set.of(), errors));
      places = places.plus(compare(file, "place", l.places(),
          a.places().stream().map(PlaceMention::name).collect(Collectors.toSet()), errors));
      indicators = indicators.plus(compare(file, "indicator", l.indicators(),
          a.indicators().stream().map(IndicatorFinding::indicator).collect(Collectors.toSet()), errors));
      mentions = mentions.plus(compare(file, "list_mention", l.listMentions(),
          a.listMentions().stream().filter(m -> m.list().equals(listId)).map(ListMention::entryName)
              .collect(Collectors.toSet()), errors));
      if (l.relevant()) {
        stanceTotal++;
        if (l.stance().equals(a.stance())) {
          stanceCorrect++;
        } else {
          errors.add(file + ": stance expected " + l.stance() + ", got " + a.stance());
        }
      }
    }
    return new Result(corpus.size(), relevance, places, indicators, mentions, stanceCorrect, stanceTotal, errors);
  }

  private static Score compare(String file, String kind, Set<String> expected, Set<String> found, List<String> errors) {
    Set<String> tp = new HashSet<>(expected);
    tp.retainAll(found);
    // Sorted: the sets' own order changes from run to run, and so would the report.
    for (String f : new TreeSet<>(found)) {
      if (!expected.contains(f)) {
        errors.add(file + ": unexpected " + kind + " " + f);
      }
    }
    for (String e : new TreeSet<>(expected)) {
      if (!found.contains(e)) {
        errors.add(file + ": missed " + kind + " " + e);
      }
    }
    return new Score(tp.size(), found.size() - tp.size(), expected.size() - tp.size());
  }
}
