package org.threadline.media.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.threadline.media.lexicon.Cue;

/**
 * The forced-labour relevance of an article, in [0,1]: {@code 1 - exp(-S / 2)} where S adds the
 * evidence: the weights of the topic cues (each topic capped at 3), 0.6 for each distinct ILO
 * indicator and 0.8 for each distinct state-imposed signal, 0.5 for each list entry named (at
 * most 1.0), and 0.3 when a Xinjiang place is named. Cues in the headline weigh half as much
 * again. An article reaches the relevance threshold (0.5) at S = 1.39: "forced labour" once and
 * anything else, or two indicators and a listed company; a travel piece naming Kashgar does not.
 */
final class RelevanceScorer {
  private static final double TOPIC_CAP = 3.0;
  private static final double HEADLINE_BOOST = 1.5;

  private RelevanceScorer() {}

  static double score(
      List<Hit<Cue>> topicHits,
      List<IndicatorFinding> indicators,
      int listEntries,
      boolean xinjiang,
      int headlineEnd) {
    Map<String, Double> perTopic = new HashMap<>();
    for (Hit<Cue> h : topicHits) {
      double w = h.term().weight() * (h.start() < headlineEnd ? HEADLINE_BOOST : 1.0);
      perTopic.merge(h.term().id(), w, Double::sum);
    }
    double s = 0;
    for (double w : perTopic.values()) {
      s += Math.min(w, TOPIC_CAP);
    }
    s += indicators.stream().filter(i -> !i.stateImposed()).map(IndicatorFinding::indicator).distinct().count() * 0.6;
    s += indicators.stream().filter(IndicatorFinding::stateImposed).map(IndicatorFinding::indicator).distinct().count() * 0.8;
    s += Math.min(listEntries * 0.5, 1.0);
    if (xinjiang) {
      s += 0.3;
    }
    double r = 1 - Math.exp(-s / 2);
    return Math.round(r * 1000) / 1000.0;
  }
}
