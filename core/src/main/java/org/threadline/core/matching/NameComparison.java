package org.threadline.core.matching;

import java.util.List;
import org.threadline.core.model.Explanation;

/**
 * The outcome of comparing one name with one name of a list entry.
 *
 * @param score in [0,1]: at least 0.9 near-certain, at least 0.7 worth a look
 * @param subsidiary true when the name looks like a subsidiary or branch of the entry
 * @param explanation the features that made the score, in words for an analyst
 */
public record NameComparison(double score, boolean subsidiary, List<Explanation> explanation) {
  public NameComparison {
    explanation = List.copyOf(explanation);
  }
}
