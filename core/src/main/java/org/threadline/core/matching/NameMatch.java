package org.threadline.core.matching;

import java.util.List;
import org.threadline.core.lists.ListEntry;
import org.threadline.core.model.Explanation;

/**
 * A party name matched to a list entry.
 *
 * @param entry the entry
 * @param queryName the party's name (or alias) that matched
 * @param entryName the entry's name or alias that matched
 * @param score in [0,1]
 * @param subsidiary true when the party looks like a subsidiary or branch of an entry listed with
 *     its subsidiaries, rather than the entry itself
 * @param explanation the features that made the score
 */
public record NameMatch(
    ListEntry entry,
    String queryName,
    String entryName,
    double score,
    boolean subsidiary,
    List<Explanation> explanation) {
  public NameMatch {
    explanation = List.copyOf(explanation);
  }
}
