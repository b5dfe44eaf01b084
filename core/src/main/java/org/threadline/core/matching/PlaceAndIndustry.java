package org.threadline.core.matching;

/**
 * The one place and the one industry of a name that has a trade name and nothing else beside
 * them (the common shape {@code 鄯善 合盛 硅业}), kept apart so that a large list can tell, without
 * opening a candidate's parsed name, that the candidate's place and industry both differ from
 * the query's: such a name scores at most {@link NameScorer#DIFFERENT_PLACE_AND_INDUSTRY_SCORE}
 * whatever its trade name, so it need not be scored at a higher threshold.
 *
 * <p>Held in parallel arrays by {@link StructuredNameMatcher}, one slot per list name.
 */
final class PlaceAndIndustry {
  private final int[] placeKey;
  private final String[] place;
  private final int[] industryKey;
  private final String[] industry;
  // One bit per word of four letters or more of the industry: industries with no bit in common
  // share no such word, so are not related.
  private final long[] industryWords;
  private final long[] placeBits;
  private final long[] tradeBits;

  PlaceAndIndustry(int size) {
    placeKey = new int[size];
    place = new String[size];
    industryKey = new int[size];
    industry = new String[size];
    industryWords = new long[size];
    placeBits = new long[size];
    tradeBits = new long[size];
  }

  /** Records the name at slot {@code id}; names of another shape are left out. */
  void put(int id, ParsedName name) {
    Term place = null;
    Term business = null;
    if (name.tradeTerms().isEmpty() || name.branch()) {
      return;
    }
    for (Term t : name.otherTerms()) {
      if (t.role() == Term.Role.REGION && place == null) {
        place = t;
      } else if (t.role() == Term.Role.INDUSTRY && business == null) {
        business = t;
      } else {
        return;
      }
    }
    if (place == null || business == null) {
      return;
    }
    placeKey[id] = place.key().hashCode();
    this.place[id] = place.key();
    industryKey[id] = business.key().hashCode();
    industry[id] = business.key();
    industryWords[id] = wordBits(business.key());
    placeBits[id] = name.placeBits();
    tradeBits[id] = name.tradeBits();
  }

  /**
   * True when both the query and the name at {@code id} have this shape, their places and
   * their industries differ (and are unrelated), and neither name's place could be read as the
   * other's trade name, nor does either place lie within the other: the name then scores at
   * most {@link NameScorer#DIFFERENT_PLACE_AND_INDUSTRY_SCORE}.
   */
  boolean placeAndIndustryDiffer(PlaceAndIndustry query, int id, NameScorer scorer) {
    String qi = query.industry[0];
    String ei = industry[id];
    if (qi == null || ei == null) {
      return false;
    }
    int qp = query.placeKey[0];
    int qk = query.industryKey[0];
    // different keys have different hashes only one way round: equal hashes prove nothing
    if (qp == placeKey[id] || qk == industryKey[id] || qp == industryKey[id] || qk == placeKey[id]) {
      return false;
    }
    if ((query.placeBits[0] & tradeBits[id]) != 0 || (placeBits[id] & query.tradeBits[0]) != 0) {
      return false;
    }
    if ((query.industryWords[0] & industryWords[id]) != 0 && NameScorer.relatedIndustries(qi, ei)) {
      return false;
    }
    return !scorer.placesNested(query.place[0], place[id]);
  }

  private static long wordBits(String key) {
    long bits = 0;
    for (int i = 0; i < key.length(); ) {
      int end = key.indexOf(' ', i);
      end = end < 0 ? key.length() : end;
      if (end - i > 3) {
        bits |= 1L << (key.substring(i, end).hashCode() & 63);
      }
      i = end + 1;
    }
    return bits;
  }
}
