package org.threadline.media.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.threadline.media.lexicon.Cue;

/**
 * The stance of a relevant article: the stance whose cues weigh most, headline cues counting
 * double and cues in the lead (the first 500 chars after it) half as much again; an article about forced labour with no cue at all reports an allegation. Articles below
 * the relevance threshold are {@code other}.
 */
final class StanceClassifier {
  static final String ALLEGATION = "allegation";
  static final String DENIAL = "denial";
  static final String ENFORCEMENT = "enforcement";
  static final String OTHER = "other";
  private static final int LEAD = 500;

  private StanceClassifier() {}

  /** The stance, and the cues of that stance as its evidence. */
  record Stance(String stance, List<Cited> evidence) {}

  static Stance classify(List<Hit<Cue>> stanceHits, boolean relevant, int headlineEnd) {
    if (!relevant) {
      return new Stance(OTHER, List.of());
    }
    Map<String, Double> score = new HashMap<>();
    for (Hit<Cue> h : stanceHits) {
      double w = h.term().weight() * positionWeight(h.start(), headlineEnd);
      score.merge(h.term().id(), w, Double::sum);
    }
    String best = ALLEGATION;
    double bestScore = 0;
    for (String s : List.of(ALLEGATION, DENIAL, ENFORCEMENT)) {
      double v = score.getOrDefault(s, 0.0);
      if (v > bestScore) {
        best = s;
        bestScore = v;
      }
    }
    List<Cited> evidence = new ArrayList<>();
    for (Hit<Cue> h : stanceHits) {
      if (h.term().id().equals(best)) {
        evidence.add(new Cited(best, h.start(), h.end(), h.term().weight()));
      }
    }
    return new Stance(best, evidence);
  }

  /** News puts what happened first: the headline weighs double, the lead half as much again. */
  private static double positionWeight(int at, int headlineEnd) {
    if (at < headlineEnd) {
      return 2.0;
    }
    return at < headlineEnd + LEAD ? 1.5 : 1.0;
  }
}
