package org.threadline.media.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.threadline.media.lexicon.Cue;

/**
 * The forced-labour relevance of an article, in [0,1]: {@code 1 - exp(-S / 2)} where S adds the
 * evidence: the weights of the topic cues (each topic capped at 3), 0.6 for each distinct ILO
 * indicator and 0.8 for each distinct state-imposed signal, 0.5 for each list entry named (at
 * most 1.0), and 0.3 when a Xinjiang place is named. Cues in the headline weigh half as much
 * again. An article reaches the relevance threshold (0.5) at S = 1.39: "forced labour" once and
 * anything else, or two indicators and a listed company; a travel piece naming Kashgar does not.
 *
 * <p>Two rules keep near-misses out. Labour-transfer words count only in context (a Xinjiang
 * place, a listed entity or a forced-labour cue), since China's labour statistics speak of
 * "农村劳动力转移就业" as plain policy. And without a core signal (forced labour, detention,
 * labour transfer, an import ban, an indicator, a listed entity) S is capped at 1, so an article
 * about sanctions on Russia or about social audits alone stays below the threshold.
 */
final class RelevanceScorer {
  private static final double TOPIC_CAP = 3.0;
  private static final double HEADLINE_BOOST = 1.5;
  private static final double NO_CORE_CAP = 1.0;
  private static final Set<String> CORE_TOPICS = Set.of("forced_labour", "detention", "labour_transfer", "import_ban");
  private static final String CONTEXTUAL_TOPIC = "labour_transfer";
  private static final String FORCED_LABOUR = "forced_labour";

  private RelevanceScorer() {}

  /** True when labour-transfer words may count: the article is about Xinjiang or forced labour. */
  static boolean inContext(List<Hit<Cue>> topicHits, int listEntries, boolean xinjiang) {
    return xinjiang || listEntries > 0
        || topicHits.stream().anyMatch(h -> h.term().id().equals(FORCED_LABOUR));
  }

  static double score(
      List<Hit<Cue>> topicHits,
      List<IndicatorFinding> indicators,
      int listEntries,
      boolean xinjiang,
      int headlineEnd) {
    boolean context = inContext(topicHits, listEntries, xinjiang);
    Map<String, Double> perTopic = new HashMap<>();
    for (Hit<Cue> h : topicHits) {
      if (!context && h.term().id().equals(CONTEXTUAL_TOPIC)) {
        continue;
      }
      double w = h.term().weight() * (h.start() < headlineEnd ? HEADLINE_BOOST : 1.0);
      perTopic.merge(h.term().id(), w, Double::sum);
    }
    double s = 0;
    boolean core = listEntries > 0;
    for (var e : perTopic.entrySet()) {
      s += Math.min(e.getValue(), TOPIC_CAP);
      core |= CORE_TOPICS.contains(e.getKey());
    }
    long ilo = indicators.stream().filter(i -> !i.stateImposed()).map(IndicatorFinding::indicator).distinct().count();
    long state = context
        ? indicators.stream().filter(IndicatorFinding::stateImposed).map(IndicatorFinding::indicator).distinct().count()
        : 0;
    s += ilo * 0.6 + state * 0.8;
    core |= ilo > 0 || state > 0;
    s += Math.min(listEntries * 0.5, 1.0);
    if (xinjiang) {
      s += 0.3;
    }
    if (!core) {
      s = Math.min(s, NO_CORE_CAP);
    }
    double r = 1 - Math.exp(-s / 2);
    return Math.round(r * 1000) / 1000.0;
  }
}
