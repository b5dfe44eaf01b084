package org.threadline.core.matching;

import java.util.List;

/**
 * Finds the entries of one reference list that a party's names refer to. Implementations are
 * built over the list's entries once and are safe to call from many threads.
 */
public interface NameMatcher {

  /**
   * Matches a party's names (its name first, then its aliases; any script) against the list.
   *
   * @param queryNames the party's names; blank names are ignored
   * @param threshold the lowest score to report, in [0,1]
   * @return at most one match per entry (the best), best first; empty when nothing reaches the
   *     threshold
   */
  List<NameMatch> match(List<String> queryNames, double threshold);
}
