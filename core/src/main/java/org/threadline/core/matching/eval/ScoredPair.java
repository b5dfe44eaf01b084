package org.threadline.core.matching.eval;

import org.threadline.core.matching.NameMatch;

/**
 * A labelled pair with the score the matcher gave it.
 *
 * @param pair the labelled pair
 * @param score the matcher's score of the query against the entry (0 when not a candidate)
 * @param match the match with its explanation, or null when the entry was not matched at all
 */
public record ScoredPair(LabelledPair pair, double score, NameMatch match) {}
