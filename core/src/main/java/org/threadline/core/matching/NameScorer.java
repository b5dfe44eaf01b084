package org.threadline.core.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.threadline.core.model.Explanation;

/**
 * Scores a parsed name against a parsed list name by weighing evidence as an analyst would.
 * Thread-safe; keeps no state between calls.
 *
 * <p>Two measures make the score, each from named features whose weights are in one table
 * ({@link MatchWeights}):
 *
 * <ol>
 *   <li><b>Similarity</b>: the names aligned part by part (trade name, places, industries,
 *       numbers; {@code 新疆} meets {@code Xinjiang}, {@code 纺织} meets {@code Textile}). The trade
 *       name weighs most: a different trade name in the same region and industry is a different
 *       company, so similarity never exceeds {@code 0.3 + 0.7 * trade-name similarity}.
 *   <li><b>Evidence</b>, in bits: how much the agreements tell that the names are one company,
 *       given how common they are among real company names ({@link NameFrequency}). A trade name
 *       borne by one company in a hundred thousand tells much; one borne by one in three thousand
 *       (晨光, 天山) tells little on its own, and needs the place or the industry to agree. Places
 *       agree when one lies within the other (托克逊 Toksun in 新疆 Xinjiang); two places that do
 *       not, or two specific industries that differ, count against. A Chinese name is compared
 *       with a Latin one through pinyin, syllable by syllable, or through the table of the names
 *       companies use in English (合盛 Hoshine): a Latin spelling that is not pinyin (Korean,
 *       Vietnamese, Cantonese, Wade-Giles) is never taken for a pinyin one by sound alone.
 * </ol>
 *
 * <p>The score is the similarity, held below what the evidence supports ({@link
 * MatchWeights#capFor}), and below what the names' structure allows: a branch or unit of the
 * entry ({@code 分公司}, a sales department, Urumqi Branch) is part of the company, scored just
 * below it; a place-qualified name (合盛硅业(鄯善)) is a subsidiary, matched below an exact match
 * when the entry is listed with its subsidiaries; the entry's own qualifier missing from the name
 * marks a parent or sister company, held below 0.7.
 */
public final class NameScorer {
  /** Highest score when both the place and the industry differ (the bundled weights' value). */
  public static final double DIFFERENT_PLACE_AND_INDUSTRY_SCORE = 0.6;

  private static final java.util.Set<String> GROUP_FORMS =
      java.util.Set.of("group", "集团", "jituan", "holding", "holdings", "控股", "集团公司");

  private static final NameComparison NO_MATCH = new NameComparison(0.0, false, List.of());
  private final SoundAlikeSpelling spelling = new SoundAlikeSpelling();
  private final Lexicon lexicon;
  private final NameFrequency frequency;
  private final MatchWeights w;
  // The weights read on every comparison, read once.
  private final double tradeWeight;
  private final double regionWeight;
  private final double industryWeight;
  private final double numberWeight;
  private final double wordWeight;
  private final java.util.Set<String> broadIndustries;
  private final java.util.Set<String> englishWords;
  private final double bitsTradeEnglishWord;
  private final double bitsTradeBeyondTypo;
  private final double bitsExactName;
  private final double bitsExactRegisteredName;
  private final double bitsIndustryBroad;
  private final double bitsIndustryConflict;
  private final double bitsIndustryMax;
  private final double bitsIndustryOneSided;
  private final double bitsIndustryUnshared;
  private final double bitsNumberMissing;
  private final double bitsPlaceConflict;
  private final double bitsPlaceCounty;
  private final double bitsPlacePrefecture;
  private final double bitsPlaceProvince;
  private final double bitsTradeDissimilarity;
  private final double bitsTradeDissimilarityCross;
  private final double bitsTradeLatin;
  private final double bitsTradeOtherRomanisation;
  private final double bitsTradePlaceName;
  private final double bitsTradeWrittenAlike;
  private final double capBranch;
  private final double capHomophone;
  private final double capOtherRomanisation;
  private final double capParent;
  private final double capSubsidiary;
  private final double capUncoveredSubsidiary;
  private final double missingIndustry;
  private final double missingNumber;
  private final double missingQualifier;
  private final double missingRegion;
  private final double missingWord;

  /**
   * @param lexicon the words names are made of, for the division codes of places
   * @param frequency how common trade names and industries are in real company names
   * @param weights the weights of every feature
   * @param broadIndustries keys of industry words so broad that two names differing in them do
   *     not conflict (technology, trade, engineering)
   * @param englishWords ordinary English words: a Latin trade name of them tells less
   */
  public NameScorer(Lexicon lexicon, NameFrequency frequency, MatchWeights weights,
      java.util.Set<String> broadIndustries, java.util.Set<String> englishWords) {
    this.lexicon = lexicon;
    this.frequency = frequency;
    this.w = weights;
    if (weights.get("cap.different_place_and_industry") != DIFFERENT_PLACE_AND_INDUSTRY_SCORE) {
      // The candidate index passes over such names without scoring them, on this value.
      throw new IllegalArgumentException("cap.different_place_and_industry must be "
          + DIFFERENT_PLACE_AND_INDUSTRY_SCORE);
    }
    this.tradeWeight = weights.get("similarity.trade_name");
    this.regionWeight = weights.get("similarity.region");
    this.industryWeight = weights.get("similarity.industry");
    this.numberWeight = weights.get("similarity.number");
    this.wordWeight = weights.get("similarity.word");
    this.broadIndustries = java.util.Set.copyOf(broadIndustries);
    this.englishWords = englishWords;
    this.bitsTradeBeyondTypo = weights.get("bits.trade.beyond_typo");
    this.bitsTradeEnglishWord = weights.get("bits.trade.english_word");
    this.bitsExactName = weights.get("bits.exact_name");
    this.bitsExactRegisteredName = weights.get("bits.exact_registered_name");
    this.bitsIndustryBroad = weights.get("bits.industry.broad");
    this.bitsIndustryConflict = weights.get("bits.industry.conflict");
    this.bitsIndustryMax = weights.get("bits.industry.max");
    this.bitsIndustryOneSided = weights.get("bits.industry.one_sided");
    this.bitsIndustryUnshared = weights.get("bits.industry.unshared");
    this.bitsNumberMissing = weights.get("bits.number.missing");
    this.bitsPlaceConflict = weights.get("bits.place.conflict");
    this.bitsPlaceCounty = weights.get("bits.place.county");
    this.bitsPlacePrefecture = weights.get("bits.place.prefecture");
    this.bitsPlaceProvince = weights.get("bits.place.province");
    this.bitsTradeDissimilarity = weights.get("bits.trade.dissimilarity");
    this.bitsTradeDissimilarityCross = weights.get("bits.trade.dissimilarity_cross");
    this.bitsTradeLatin = weights.get("bits.trade.latin");
    this.bitsTradeOtherRomanisation = weights.get("bits.trade.other_romanisation");
    this.bitsTradePlaceName = weights.get("bits.trade.place_name");
    this.bitsTradeWrittenAlike = weights.get("bits.trade.written_alike");
    this.capBranch = weights.get("cap.branch");
    this.capHomophone = weights.get("cap.homophone");
    this.capOtherRomanisation = weights.get("cap.other_romanisation");
    this.capParent = weights.get("cap.parent");
    this.capSubsidiary = weights.get("cap.subsidiary");
    this.capUncoveredSubsidiary = weights.get("cap.uncovered_subsidiary");
    this.missingIndustry = weights.get("missing.industry");
    this.missingNumber = weights.get("missing.number");
    this.missingQualifier = weights.get("missing.qualifier");
    this.missingRegion = weights.get("missing.region");
    this.missingWord = weights.get("missing.word");
  }

  /** The weights this scorer uses. */
  public MatchWeights weights() {
    return w;
  }

  /**
   * Compares a query name with an entry name.
   *
   * @param q the query name
   * @param e the entry's name
   * @param includesSubsidiaries whether the entry is listed with its subsidiaries
   * @param weights rarity of keys in the list
   */
  public NameComparison compare(ParsedName q, ParsedName e, boolean includesSubsidiaries, TermWeights weights) {
    return compare(q, e, includesSubsidiaries, weights, true, 0.0);
  }

  /**
   * Compares a query name with an entry name, cheaply when the explanation is not wanted or the
   * score cannot reach the floor.
   *
   * @param explain whether to build the explanation
   * @param floor when the trade names alone keep the score below this, the comparison stops
   *     early and reports 0
   */
  public NameComparison compare(ParsedName q, ParsedName e, boolean includesSubsidiaries,
      TermWeights weights, boolean explain, double floor) {
    Why why = new Why(explain);
    if (q.terms().isEmpty() || e.terms().isEmpty()) {
      return NO_MATCH;
    }
    q = reconcile(q, e);
    e = reconcile(e, q);
    Trade trade = compareTradeNames(q, e, why,
        floor > 0.3 ? (floor - 0.3) / 0.7 : 0.0);
    if (floor > 0 && (trade.present() ? 0.3 + 0.7 * trade.similarity() : 1.0) < floor
        || floor > 0 && (trade.queryOnly() || trade.entryOnly()) && floor > 0.5) {
      return NO_MATCH;
    }
    Rest rest = alignRest(q, e, weights, why, trade.present());

    double score;
    boolean subsidiary = false;
    if (trade.present()) {
      double num = 2 * tradeWeight * trade.similarity() + rest.matched;
      double den = 2 * tradeWeight + rest.matchedWeight + rest.penalty;
      score = Math.min(num / den, 0.3 + 0.7 * trade.similarity());
      double withoutQualifiers = Math.min(
          (num) / (den - rest.queryQualifierPenalty), 0.3 + 0.7 * trade.similarity());
      why.add("similarity", round(score), () -> "the names' parts aligned: "
          + String.format(Locale.ROOT, "%.2f", num / den));
      // The evidence: how much the agreements tell, given how common they are.
      double bits = evidence(q, e, trade, rest, why);
      double supported = w.capFor(bits);
      if (supported < score) {
        score = supported;
        withoutQualifiers = Math.min(withoutQualifiers, supported);
        double b = bits;
        why.add("evidence", round(score), () -> String.format(Locale.ROOT,
            "%.1f bits of evidence support at most %.2f", b, supported));
        if (trade.kind() == TradeKind.OTHER_ROMANISATION) {
          why.add("romanisation", round(score), () -> "the Latin name is not pinyin: compared by"
              + " sound with the Chinese name, it may be another name altogether");
        }
      } else {
        double b = bits;
        why.add("evidence", 1.0, () -> String.format(Locale.ROOT, "%.1f bits of evidence", b));
      }
      if (trade.kind() == TradeKind.OTHER_ROMANISATION) {
        score = Math.min(score, capOtherRomanisation);
        withoutQualifiers = Math.min(withoutQualifiers, capOtherRomanisation);
      }
      boolean sameTrade = trade.similarity() >= 0.7;
      if (rest.placeConflict && rest.industryConflict) {
        score = Math.min(score, DIFFERENT_PLACE_AND_INDUSTRY_SCORE);
        why.add("conflict", score, () -> "the place and the industry both differ");
      } else if (rest.placeUnconfirmed && rest.industryConflict) {
        // The trade name alone is shared, the industries disagree and nothing else ties the name
        // to the entry: a namesake elsewhere (晨光 photovoltaics in Jiangsu is not Chenguang
        // Biotech), as unlikely to be the entry as a name in another place and industry.
        score = Math.min(score, DIFFERENT_PLACE_AND_INDUSTRY_SCORE);
        why.add("conflict", score, () -> "the industry differs, and the name's place is not in"
            + " the entry to confirm it");
      }
      boolean queryAdds = !rest.queryExtraQualifiers.isEmpty() || (q.branch() && !e.branch());
      // A place of its own where the entry names another (Malaysia, Malawi) makes a sister
      // company, not a subsidiary or branch of the entry.
      if (sameTrade && queryAdds && !rest.entryQualifierDiffers) {
        String added = why.on ? shown(rest.queryExtraQualifiers) : "";
        if (q.branch() && !e.branch()) {
          score = Math.min(withoutQualifiers, capBranch);
          subsidiary = true;
          String unit = q.unit();
          why.add("branch", score, () -> (unit != null ? "the name is a unit (" + unit + ")"
                  : "the name is a branch" + (added.isEmpty() ? "" : " (" + added + ")"))
                  + " of the entry; a branch is part of the company it belongs to");
        } else if (includesSubsidiaries) {
          score = Math.min(withoutQualifiers, capSubsidiary);
          subsidiary = true;
          why.add("subsidiary", score, () -> "the name adds the place " + added + " to the entry's trade name: a subsidiary of an"
                  + " entry listed with its subsidiaries");
        } else {
          score = Math.min(withoutQualifiers, capUncoveredSubsidiary);
          subsidiary = true;
          why.add("subsidiary", score, () -> "the name adds the place " + added + " to the entry's trade name: possibly a"
                  + " subsidiary, which this entry's listing does not name");
        }
      } else if (sameTrade && includesSubsidiaries && rest.queryExtraRegionOnly) {
        score = Math.min(withoutQualifiers, capSubsidiary);
        subsidiary = true;
        why.add("subsidiary", score, () -> "the name puts a place before the entry's trade name: a subsidiary of an entry listed"
                + " with its subsidiaries");
      } else if (sameTrade && rest.queryPlaceWithin != null && !q.normalised().equals(e.normalised())) {
        double cap = includesSubsidiaries ? capSubsidiary : capUncoveredSubsidiary;
        score = Math.min(score, cap);
        subsidiary = true;
        String within = rest.queryPlaceWithin;
        boolean inner = rest.queryPlaceInner;
        why.add("subsidiary", score, () -> (inner
            ? "the name is of a place within the entry's (" + within + ") and carries the"
                + " entry's name: "
            : "the entry is of a place within the name's (" + within + "): the name may be its"
                + " parent, or a company of the same group; ")
            + (includesSubsidiaries ? "a subsidiary of an entry listed with its subsidiaries"
                : "possibly a subsidiary, which this entry's listing does not name"));
      } else if (sameTrade && countyOnOneSide(q, e)) {
        // Donghai JA Solar is the Donghai company of JA Solar: a name without a place may be the
        // group, or the company itself.
        score = Math.min(score, capUncoveredSubsidiary);
        why.add("place", score, () -> "one name is of a county the other does not name: the"
            + " same company, or another of its group");
      } else if (sameTrade && isGroup(e) && !isGroup(q) && rest.queryExtraRegionOnly) {
        score = Math.min(score, capUncoveredSubsidiary);
        subsidiary = true;
        why.add("subsidiary", score, () -> "the entry is a group and the name is a company of"
            + " a place carrying the group's name: possibly a subsidiary, which this entry's"
            + " listing does not name");
      } else if (sameTrade && isGroup(q) && !isGroup(e) && rest.entryUnmatched > 0) {
        score = Math.min(score, capParent);
        why.add("parent", score, () -> "the name is a group or holding company with the entry's trade name, and the entry is"
                + " one of its businesses: a parent company, not the entry itself");
      } else if (sameTrade && !rest.entryExtraQualifiers.isEmpty()) {
        score = Math.min(score, capParent);
        why.add("parent", score, () -> "the entry is the " + shown(rest.entryExtraQualifiers)
                + " company and the name lacks that place: a parent or sister company, not the"
                + " entry itself");
      }
    } else {
      double num = rest.matched;
      double den = rest.matchedWeight + rest.penalty;
      score = den == 0 ? 0.0 : num / den;
      if (rest.placeConflict) {
        score = Math.min(score, 0.5);
        why.add("conflict", score, () -> "a name without a trade name is its place and"
            + " business, and the place differs");
      } else if (!trade.queryOnly() && !trade.entryOnly() && (rest.entryUnmatched > 0
          || rest.querySpecificUnmatched > (q.branch() ? rest.queryExtraQualifiers.size() : 0))) {
        // Without trade names, a place and a business are all that tell two names apart: a
        // part either gives that the other lacks leaves many companies it could be.
        score = Math.min(score, DIFFERENT_PLACE_AND_INDUSTRY_SCORE);
        why.add("incomplete", score, () -> "neither name has a trade name, and a place, an"
            + " industry or a number of one is not in the other");
      }
      if (trade.queryOnly() || trade.entryOnly()) {
        score *= 0.5;
        why.add("trade_name", 0.0, () -> trade.queryOnly()
                ? "the name has a trade name and the entry has none: a different, specific company"
                : "the entry has a trade name and the name has none");
      }
    }
    List<String> ql = q.legalForms();
    List<String> el = e.legalForms();
    if (!ql.isEmpty() || !el.isEmpty()) {
      why.add("legal_form", 1.0, () -> "legal forms set aside: "
          + (ql.isEmpty() ? "none" : String.join(" ", ql)) + " | "
          + (el.isEmpty() ? "none" : String.join(" ", el)));
    }
    score = Math.max(0.0, Math.min(1.0, score));
    return new NameComparison(round(score), subsidiary, why.list());
  }

  // ---------------------------------------------------------------------------------------
  // Evidence

  /** The bits of evidence that the two names are one company, each feature explained. */
  private double evidence(ParsedName q, ParsedName e, Trade trade, Rest rest, Why why) {
    StringBuilder commonness = why.on ? new StringBuilder() : null;
    double tradeBits = tradeBits(q.tradeTerms(), e.tradeTerms(), trade.kind(), trade.similarity(),
        commonness);
    why.add("trade_name_evidence", round(tradeBits), () -> String.format(Locale.ROOT,
        "%.1f bits: %s", tradeBits, commonness));
    double total = tradeBits;
    if (rest.placeBits != 0.0) {
      total += rest.placeBits;
      double b = rest.placeBits;
      String d = rest.placeDetail;
      why.add("place_evidence", round(b), () -> String.format(Locale.ROOT, "%+.1f bits: %s", b, d));
    }
    if (rest.industryBits != 0.0) {
      total += rest.industryBits;
      double b = rest.industryBits;
      String d = rest.industryDetail;
      why.add("industry_evidence", round(b), () -> String.format(Locale.ROOT, "%+.1f bits: %s", b, d));
    }
    if (rest.entryNumbersMissing > 0) {
      double b = rest.entryNumbersMissing * bitsNumberMissing;
      total += b;
      why.add("number_evidence", round(b), () -> String.format(Locale.ROOT,
          "%+.1f bits: the entry's number is not in the name", b));
    }
    if (rest.industriesUnmatched > 0) {
      double b = rest.industriesUnmatched * bitsIndustryUnshared;
      total += b;
      why.add("industry_evidence", round(b), () -> String.format(Locale.ROOT,
          "%+.1f bits: besides the industry they share, one name gives businesses the other"
              + " does not", b));
    }
    if (sameWords(q, e)) {
      // A registered Chinese name is unique where it is registered: the same full name, legal
      // form included, is all but the same company.
      boolean registered = !q.legalForms().isEmpty() && q.legalForms().equals(e.legalForms())
          && q.terms().stream().allMatch(Term::isHan) && e.terms().stream().allMatch(Term::isHan);
      double b = registered ? bitsExactRegisteredName : bitsExactName;
      total += b;
      why.add("exact_name", round(b), () -> String.format(Locale.ROOT, registered
          ? "%+.1f bits: the same registered Chinese name, legal form included"
          : "%+.1f bits: the same words in the same script, legal form and branch set aside", b));
    }
    return total;
  }

  // The same words in the same script, legal forms set aside, and a branch's own places too.
  private static boolean sameWords(ParsedName q, ParsedName e) {
    List<Term> qt = q.terms();
    List<Term> et = e.terms();
    int i = 0;
    int j = 0;
    while (i < qt.size() || j < et.size()) {
      if (i < qt.size() && q.branch() && qt.get(i).role() == Term.Role.QUALIFIER
          && (j >= et.size() || !qt.get(i).key().equals(et.get(j).key()))) {
        i++;
        continue;
      }
      if (i >= qt.size() || j >= et.size()) {
        return false;
      }
      Term a = qt.get(i++);
      Term b = et.get(j++);
      if (!a.key().equals(b.key()) || a.isHan() != b.isHan()) {
        return false;
      }
    }
    return true;
  }

  // How much the shared trade name tells, and in words how common it is.
  private double tradeBits(List<Term> qt, List<Term> et, TradeKind kind, double similarity,
      StringBuilder commonness) {
    String qHan = hanOf(qt);
    String eHan = hanOf(et);
    double bits;
    if (kind == TradeKind.NONE) {
      if (commonness != null) {
        commonness.append("the trade names differ");
      }
      return 0.0;
    }
    if (kind == TradeKind.TRANSLATED && qHan == null && eHan == null
        && (readAsPinyin(qt) || readAsPinyin(et))) {
      // A Latin name that is the pinyin of a word the table translates (Zhongliang: 中粮, whose
      // English is COFCO) is read, not translated: any homophone spells it so.
      String written = surfaces(readAsPinyin(qt) ? qt : et);
      int count = frequency.tradePinyinCount(written);
      if (commonness != null) {
        commonness.append(written).append(" is read as the trade name of ").append(count)
            .append(" in ").append(frequency.corpus()).append(" real company names");
      }
      return frequency.bits(count) - bitsTradeDissimilarity * (1.0 - similarity);
    }
    if (kind == TradeKind.SAME_CHARACTERS || kind == TradeKind.TRANSLATED) {
      String han = qHan != null ? qHan : eHan != null ? eHan : glossHan(qt);
      if (han != null) {
        int count = frequency.tradeHanCount(han);
        bits = frequency.bits(count);
        if (commonness != null) {
          commonness.append(han).append(" is the trade name of ").append(count)
              .append(" in ").append(frequency.corpus()).append(" real company names");
        }
        // Named after a well-known place (准噶尔 Junggar): many companies of the region are.
        LexiconEntry place = lexicon.han(han);
        if (place != null && place.kind() == LexiconEntry.Kind.PLACE && isMajorPlace(place.key())) {
          double cap = bitsTradePlaceName;
          if (bits > cap) {
            bits = cap;
            if (commonness != null) {
              commonness.append("; it is also the name of a place");
            }
          }
        }
      } else {
        bits = latinTradeBits(qt, et, commonness);
      }
    } else if (kind == TradeKind.SAME_SPELLING && TradeSpelling.syllablesOf(qt) == null
        && TradeSpelling.syllablesOf(et) == null) {
      bits = latinTradeBits(qt, et, commonness);
    } else {
      // The reading of the Chinese side; of two Latin sides, the commoner (the order of the
      // names does not matter).
      TradeSpelling read = TradeSpelling.of(qHan != null ? qt : eHan != null ? et : qt);
      if (qHan == null && eHan == null) {
        TradeSpelling other = TradeSpelling.of(et);
        if (readingBits(other) < readingBits(read)) {
          read = other;
        }
      }
      String key = read.key();
      int count = frequency.tradePinyinCount(key);
      bits = readingBits(read);
      if (qHan == null && eHan == null) {
        bits = Math.min(bits, latinTradeBits(qt, et, null));
      }
      if (commonness != null) {
        commonness.append(key).append(" is read as the trade name of ").append(count)
            .append(" in ").append(frequency.corpus()).append(" real company names");
      }
      // A name read by sound as the name of a well-known place (a province, a prefecture, an
      // exonym: 天锦 read as Tianjin) is that place in the Latin name, not a trade name.
      String latinKey = TradeSpelling.of(qHan != null ? et : qt).key();
      if (isMajorPlace(latinKey) || isMajorPlace(key)) {
        double cap = bitsTradePlaceName;
        if (bits > cap) {
          bits = cap;
          if (commonness != null) {
            commonness.append("; it is also the name of a place");
          }
        }
      }
    }
    boolean bothLatin = qHan == null && eHan == null;
    if (bothLatin && (kind == TradeKind.SAME_SPELLING || kind == TradeKind.TRANSLATED
        || kind == TradeKind.SPELLED_ALIKE && similarity >= 0.75)) {
      // Two Latin names written alike (or within a typing error): not merely a sound shared
      // with every homophone. Chinese names written alike are already weighed by how common
      // their characters are.
      bits += bitsTradeWrittenAlike;
    }
    if (kind == TradeKind.OTHER_ROMANISATION) {
      bits = Math.min(bits, bitsTradeOtherRomanisation);
      if (commonness != null) {
        commonness.append("; the Latin name is not pinyin");
      }
    }
    if (similarity < 1.0 && bothLatin) {
      // Two Latin spellings a letter or two apart are a typing error, however differently
      // their syllables sound (Cheguang, Chenguang).
      similarity = Math.max(similarity, SoundAlikeSpelling.editSimilarity(
          SoundAlikeSpelling.canonical(TradeSpelling.of(qt).key()),
          SoundAlikeSpelling.canonical(TradeSpelling.of(et).key())));
    }
    if (similarity < 1.0) {
      // A typing error in Latin script costs a little; Chinese characters, or pinyin, that do
      // not quite match are more likely another name than a misspelt one.
      bits -= (bothLatin ? bitsTradeDissimilarity : bitsTradeDissimilarityCross)
          * (1.0 - similarity);
      // Below 0.8 alike it is no longer a typing error (Centum and Pantum).
      bits -= bitsTradeBeyondTypo * Math.max(0.0, 0.8 - similarity);
      if (commonness != null) {
        commonness.append(String.format(Locale.ROOT, "; spelled alike %.2f", similarity));
      }
    }
    return bits;
  }

  // What a Latin trade name tells, from how many Latin-script company names bear it (the
  // commoner spelling of the two): Giant and Star are many companies' names.
  private double latinTradeBits(List<Term> qt, List<Term> et, StringBuilder commonness) {
    String qk = TradeSpelling.of(qt).key();
    String ek = TradeSpelling.of(et).key();
    int count = Math.max(frequency.tradeLatinCount(qk), frequency.tradeLatinCount(ek));
    double bits = Math.min(bitsTradeLatin, frequency.latinBits(count));
    // A trade name of ordinary words tells no more than its words do (Giant, Model, Union).
    double words = 0.0;
    for (Term t : qt) {
      for (String w : t.key().split(" ")) {
        double b = frequency.latinBits(frequency.latinWordCount(w));
        words += englishWords.contains(w) ? Math.min(b, bitsTradeEnglishWord) : b;
      }
    }
    bits = Math.min(bits, words);
    if (commonness != null) {
      commonness.append(count == 0 ? "a Latin trade name" : qk + " is the trade name of " + count)
          .append(" in ").append(frequency.latinCorpus()).append(" Latin-script company names");
    }
    return bits;
  }

  // What a trade name read as pinyin tells. Two syllables unseen in the corpus are still likelier
  // than three: fewer such names exist.
  private double readingBits(TradeSpelling read) {
    int count = frequency.tradePinyinCount(read.key());
    return frequency.bits(count == 0 && read.syllables() != null && read.syllables().size() <= 2
        ? 1 : count);
  }

  private boolean isMajorPlace(String key) {
    return lexicon.isPlaceKey(key) && placeLevel(key) <= 4;
  }

  private static String surfaces(List<Term> terms) {
    StringBuilder sb = new StringBuilder();
    for (Term t : terms) {
      sb.append(t.surface().replace(" ", ""));
    }
    return sb.toString();
  }

  // Whether a translated word was written as its pinyin, not as its English.
  private boolean readAsPinyin(List<Term> terms) {
    for (Term t : terms) {
      if (t.role() == Term.Role.WORD && t.han() == null
          && !t.surface().replace(" ", "").equals(t.key().replace(" ", ""))
          && lexicon.isPinyin(t.surface())) {
        return true;
      }
    }
    return false;
  }

  private static String hanOf(List<Term> terms) {
    StringBuilder sb = new StringBuilder();
    for (Term t : terms) {
      if (t.han() == null) {
        return null;
      }
      sb.append(t.han());
    }
    return sb.toString();
  }

  // The Chinese of a trade name written in Latin script with translated words (East Hope:
  // 东方希望), from the words' glosses; null when a word has none.
  private static String glossHan(List<Term> terms) {
    StringBuilder sb = new StringBuilder();
    for (Term t : terms) {
      String g = t.gloss();
      int eq = g == null ? -1 : g.indexOf(" = ");
      if (t.role() != Term.Role.WORD || eq <= 0) {
        return null;
      }
      String zh = g.substring(0, eq);
      int bar = zh.indexOf('|');
      sb.append(bar > 0 ? zh.substring(0, bar) : zh);
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  // ---------------------------------------------------------------------------------------
  // Trade names

  private Trade compareTradeNames(ParsedName q, ParsedName e, Why why, double floor) {
    List<Term> qt = q.tradeTerms();
    List<Term> et = e.tradeTerms();
    if (qt.isEmpty() && et.isEmpty()) {
      return Trade.ABSENT;
    }
    if (qt.isEmpty() || et.isEmpty()) {
      return new Trade(false, !qt.isEmpty(), !et.isEmpty(), 0.0, TradeKind.NONE);
    }
    List<Term> rq = qt;
    List<Term> re = et;
    int concepts = 0;
    List<String> translated = new ArrayList<>();
    if (q.tradeHasWord() && e.tradeHasWord()) {
      rq = new ArrayList<>(qt);
      re = new ArrayList<>(et);
      for (Term t : et) {
        if (t.role() != Term.Role.WORD) {
          continue;
        }
        for (Term u : rq) {
          if (u.role() == Term.Role.WORD && u.key().equals(t.key())) {
            rq.remove(u);
            re.remove(t);
            concepts++;
            if (why.on) {
              translated.add(show(u) + " = " + show(t));
            }
            break;
          }
        }
      }
    }
    double sim = 0.0;
    TradeKind kind = TradeKind.TRANSLATED;
    String detail = null;
    if (!rq.isEmpty() && !re.isEmpty()) {
      // Most trade names have no translated word in common: their spellings are the names' own,
      // worked out once when the names were parsed.
      TradeSpelling qs = concepts == 0 ? q.tradeSpelling() : TradeSpelling.of(rq);
      TradeSpelling es = concepts == 0 ? e.tradeSpelling() : TradeSpelling.of(re);
      int units = concepts + 1;
      // The similarity this part needs for the trade name to reach the floor.
      double needed = Math.max(0.0, floor * units - concepts);
      Spelled s = compareSpellings(q, e, qs, es, needed, concepts == 0);
      sim = s.similarity();
      kind = s.kind();
      detail = why.on ? describe(rq, re, sim, kind) : null;
    } else if (!rq.isEmpty() || !re.isEmpty()) {
      kind = TradeKind.SPELLED_ALIKE; // a translated word on one side only
    }
    int units = concepts + (rq.isEmpty() && re.isEmpty() ? 0 : 1);
    if (units == 0) {
      return Trade.ABSENT;
    }
    double ts = (concepts + sim) / units;
    if (ts <= 0.0) {
      kind = TradeKind.NONE;
    }
    if (why.on) {
      StringBuilder text = new StringBuilder("trade name ");
      if (!translated.isEmpty()) {
        text.append(String.join(", ", translated)).append(" (translated)");
      }
      if (detail != null) {
        text.append(translated.isEmpty() ? "" : "; ").append(detail);
      } else if (!rq.isEmpty() || !re.isEmpty()) {
        text.append("; unmatched: ").append(rq.isEmpty() ? joinSurfaces(re) : joinSurfaces(rq));
      }
      why.add("trade_name", round(ts), text::toString);
    }
    return new Trade(true, false, false, ts, kind);
  }

  /**
   * Compares two trade-name spellings by what they are: the same characters; a Chinese name and
   * its pinyin, syllable by syllable (a polyphonic character read either way); a Chinese name
   * and a Latin spelling that is not pinyin, by sound, at a discount; two pinyin spellings by
   * sound; two other Latin spellings letter by letter.
   */
  private Spelled compareSpellings(ParsedName q, ParsedName e, TradeSpelling qs, TradeSpelling es,
      double needed, boolean whole) {
    boolean qHan = qs.han() != null;
    boolean eHan = es.han() != null;
    if (qHan && eHan) {
      if (qs.han().equals(es.han())) {
        return new Spelled(1.0, TradeKind.SAME_CHARACTERS);
      }
      double sim = qs.key().equals(es.key()) ? 1.0
          : spelling.similarity(qs.key(), qs.syllables(), es.key(), es.syllables(), needed);
      // same sound, other characters: a homophone, maybe another name
      return new Spelled(Math.min(sim, capHomophone),
          sim >= 0.999 ? TradeKind.HOMOPHONE : TradeKind.SPELLED_ALIKE);
    }
    if (qHan != eHan) {
      TradeSpelling han = qHan ? qs : es;
      TradeSpelling latin = qHan ? es : qs;
      ParsedName hanName = qHan ? q : e;
      if (latin.syllables() != null) {
        if (han.key().equals(latin.key())
            || whole && hanName.otherReadings().contains(latin.key())) {
          return new Spelled(1.0, TradeKind.TRANSLITERATED);
        }
        // Pinyin of another number of syllables is another name; of the same number, a
        // syllable misspelt in the list (or another reading) still counts, syllable by syllable.
        if (han.syllables() == null || han.syllables().size() != latin.syllables().size()) {
          return new Spelled(0.0, TradeKind.NONE);
        }
        return new Spelled(spelling.similarity(han.key(), han.syllables(), latin.key(),
            latin.syllables(), needed), TradeKind.SPELLED_ALIKE);
      }
      double sim = spelling.similarity(han.key(), han.syllables(), latin.key(), null, needed);
      return new Spelled(sim, sim > 0 ? TradeKind.OTHER_ROMANISATION : TradeKind.NONE);
    }
    if (qs.key().equals(es.key())) {
      return new Spelled(1.0, TradeKind.SAME_SPELLING);
    }
    // Two Latin spellings are compared letter by letter (a typing error: Cheguang, Chenguang),
    // and as written where a word stood for a brand (Hongyaun and Hongyuan, read as Hoyuan);
    // two pinyin spellings by sound too. Spellings that are not both pinyin (Supertex and
    // Supermax, Thong Thai and Zhongtai) are never compared by sound.
    double sim = spelling.similarity(qs.key(), null, es.key(), null, needed);
    if (!whole || q.tradeHasWord() || e.tradeHasWord()) {
      sim = Math.max(sim, spelling.similarity(written(q.tradeTerms()), null,
          written(e.tradeTerms()), null, needed));
    }
    if (qs.syllables() != null && es.syllables() != null) {
      sim = Math.max(sim,
          spelling.similarity(qs.key(), qs.syllables(), es.key(), es.syllables(), needed));
    }
    return new Spelled(sim, sim >= 0.999 ? TradeKind.SAME_SPELLING : TradeKind.SPELLED_ALIKE);
  }

  // A trade name's Latin words as written, joined.
  private static String written(List<Term> terms) {
    StringBuilder sb = new StringBuilder();
    for (Term t : terms) {
      sb.append(t.han() != null ? t.key() : t.surface().replace(" ", ""));
    }
    return sb.toString();
  }

  private String describe(List<Term> rq, List<Term> re, double sim, TradeKind kind) {
    String q = joinSurfaces(rq);
    String e = joinSurfaces(re);
    boolean qHan = rq.stream().anyMatch(Term::isHan);
    boolean eHan = re.stream().anyMatch(Term::isHan);
    List<String> qs = TradeSpelling.syllablesOf(rq);
    List<String> es = TradeSpelling.syllablesOf(re);
    String pinyin = qHan && qs != null ? " (pinyin " + String.join(" ", qs) + ")"
        : eHan && es != null ? " (pinyin " + String.join(" ", es) + ")" : "";
    if (sim >= 0.999) {
      return q + " = " + e + pinyin + (qHan != eHan ? ", transliterated" : "");
    }
    String how = switch (kind) {
      case HOMOPHONE -> ", the same sound in other characters";
      case OTHER_ROMANISATION -> ", by sound (the Latin name is not pinyin)";
      default -> String.format(Locale.ROOT, ", spelled alike %.2f", sim);
    };
    return q + " ~ " + e + pinyin + how;
  }

  // ---------------------------------------------------------------------------------------
  // The other parts: places, industries, numbers, words

  private Rest alignRest(ParsedName q, ParsedName e, TermWeights weights, Why why, boolean tradePresent) {
    List<Term> qAll = q.otherTerms();
    List<Term> eAll = e.otherTerms();
    List<Term> qr = new ArrayList<>(qAll);
    List<Term> er = new ArrayList<>(eAll);
    Rest rest = new Rest();
    double bestPlaceBits = 0.0;
    for (Term t : eAll) {
      Term best = null;
      double bestSim = 0;
      for (Term u : qr) {
        double s = termSimilarity(u, t);
        if (s > bestSim) {
          best = u;
          bestSim = s;
        }
      }
      if (best != null && bestSim >= 0.5) {
        qr.remove(best);
        er.remove(t);
        double wq = weight(best, weights);
        double we = weight(t, weights);
        rest.matched += (wq + we) * bestSim;
        rest.matchedWeight += wq + we;
        Term aligned = best;
        double alignedSim = bestSim;
        if (isPlace(t)) {
          if (alignedSim < 0.999) {
            boolean queryInner = placeLevel(aligned.key()) > placeLevel(t.key());
            rest.queryPlaceWithin = queryInner ? show(aligned) + " in " + show(t)
                : show(t) + " in " + show(aligned);
            rest.queryPlaceInner = queryInner;
          }
          double b = placeBits(aligned, t);
          if (b > bestPlaceBits) {
            bestPlaceBits = b;
            rest.placeDetail = (alignedSim >= 0.999 ? "the same place, " : "one place lies in"
                + " the other, ") + show(aligned) + " ~ " + show(t);
          }
        } else if (t.role() == Term.Role.INDUSTRY) {
          double b = Math.min(broadIndustries.contains(t.key()) ? bitsIndustryBroad
              : bitsIndustryMax, frequency.bits(frequency.industryCount(t.key())))
              * (alignedSim >= 0.999 ? 1.0 : 0.5);
          if (b > rest.industryBits) {
            rest.industryBits = b;
            rest.industryDetail = "the same industry, " + show(aligned) + " ~ " + show(t);
          }
          rest.industryAgrees = true;
        }
        if (why.on) {
          why.add(feature(t), round(alignedSim), () -> feature(t) + " " + show(aligned)
              + (alignedSim >= 0.999 ? " = " : " ~ ") + show(t) + how(aligned, t));
        }
      }
    }
    for (Term u : qr) {
      if (u.role() != Term.Role.GENERIC && u.role() != Term.Role.WORD
          && !(u.role() == Term.Role.INDUSTRY && broadIndustries.contains(u.key()))) {
        rest.querySpecificUnmatched++;
      }

      boolean conflict = hasGroup(eAll, u);
      double factor = conflict ? 1.0 : tradePresent ? missingFactor(u) : 1.0;
      double cost = weight(u, weights) * factor;
      rest.penalty += cost;
      if (u.role() == Term.Role.QUALIFIER) {
        rest.queryExtraQualifiers.add(u);
        rest.queryQualifierPenalty += cost;
      }
      if (why.on) {
        why.add("missing", 0.0, () -> "the name's " + feature(u) + " " + show(u)
            + (conflict ? " differs from the entry's" : " is not in the entry"));
      }
    }
    rest.placeConflict = hasGroupUnmatched(qr, 0) && hasGroupUnmatched(er, 0)
        && !matchedGroup(qAll, qr, 0);
    rest.industryConflict = hasGroupUnmatched(qr, 1) && hasGroupUnmatched(er, 1)
        && !matchedGroup(qAll, qr, 1);
    rest.entryUnmatched = er.size();
    boolean entryHasRegion = hasPlace(eAll);
    boolean queryHasRegion = hasPlace(qAll);
    // Either side names a place the other has none of: nothing confirms or denies it (symmetric).
    rest.placeUnconfirmed = (!entryHasRegion && hasGroupUnmatched(qr, 0))
        || (!queryHasRegion && hasGroupUnmatched(er, 0));
    rest.queryExtraRegionOnly = !entryHasRegion && !qr.isEmpty()
        && qr.stream().allMatch(t -> t.role() == Term.Role.REGION);
    for (Term t : er) {
      boolean conflict = hasGroup(qAll, t);
      double factor = conflict ? 1.0 : tradePresent ? missingFactor(t) : 1.0;
      rest.penalty += weight(t, weights) * factor;
      if (t.role() == Term.Role.QUALIFIER && !conflict) {
        rest.entryExtraQualifiers.add(t);
      }
      rest.entryQualifierDiffers |= t.role() == Term.Role.QUALIFIER && conflict;
      if (t.role() == Term.Role.NUMBER) {
        rest.entryNumbersMissing++;
      }
      if (why.on) {
        why.add("missing", 0.0, () -> "the entry's " + feature(t) + " " + show(t)
            + (conflict ? " differs from the name's" : " is not in the name"));
      }
    }
    // Evidence from the places and industries.
    if (bestPlaceBits > 0) {
      rest.placeBits = bestPlaceBits;
    } else if (rest.placeConflict) {
      rest.placeBits = bitsPlaceConflict;
      rest.placeDetail = "the places differ, and neither lies in the other";
    }
    boolean querySpecific = hasSpecificIndustry(qr);
    boolean entrySpecific = hasSpecificIndustry(er);
    if (rest.industryAgrees) {
      // One business shared, others given by one name only: a company of other businesses.
      rest.industriesUnmatched = specificIndustries(qr) + specificIndustries(er);
    } else if (querySpecific && entrySpecific) {
      rest.industryBits = bitsIndustryConflict;
      rest.industryDetail = "the industries differ";
    } else if (entrySpecific && !hasGroupUnmatched(qAll, 1)
        || querySpecific && !hasGroupUnmatched(eAll, 1)) {
      rest.industryBits = bitsIndustryOneSided;
      rest.industryDetail = "one name gives an industry the other does not";
    }
    return rest;
  }

  // Whether one name has a county-level region and the other no place at all.
  private boolean countyOnOneSide(ParsedName q, ParsedName e) {
    boolean qPlace = hasPlace(q.otherTerms());
    boolean ePlace = hasPlace(e.otherTerms());
    if (qPlace == ePlace) {
      return false;
    }
    for (Term t : (qPlace ? q : e).otherTerms()) {
      if (t.role() == Term.Role.REGION && placeLevel(t.key()) == 6) {
        return true;
      }
    }
    return false;
  }

  // An industry word most companies could use (technology, trade, engineering) says too little
  // to tell two companies apart.
  private int specificIndustries(List<Term> terms) {
    int n = 0;
    for (Term t : terms) {
      if (t.role() == Term.Role.INDUSTRY && !broadIndustries.contains(t.key())) {
        n++;
      }
    }
    return n;
  }

  private boolean hasSpecificIndustry(List<Term> terms) {
    for (Term t : terms) {
      if (t.role() == Term.Role.INDUSTRY && !broadIndustries.contains(t.key())) {
        return true;
      }
    }
    return false;
  }

  private double termSimilarity(Term a, Term b) {
    if (a.key().equals(b.key())) {
      return 1.0;
    }
    if (a.role() == Term.Role.INDUSTRY && b.role() == Term.Role.INDUSTRY && relatedIndustries(a.key(), b.key())) {
      return 0.8;
    }
    // A region of the name within the entry's region, or the reverse (托克逊 Toksun and Xinjiang):
    // the same place told more or less precisely. A qualifier (China Cotton Group Xinjiang
    // Cotton) names which of a group's companies it is, or where a branch is, not where the
    // company is: it must be the same place.
    if (b.role() == Term.Role.REGION && a.role() == Term.Role.REGION && nested(a.key(), b.key())) {
      return 0.9;
    }
    return 0.0;
  }

  /** Whether one place lies within the other (or is it), by their division codes. */
  boolean placesNested(String a, String b) {
    return nested(a, b);
  }

  // Whether one place lies within the other (or is it), by their division codes.
  private boolean nested(String a, String b) {
    String[] ac = lexicon.placeCodes(a);
    if (ac.length == 0) {
      return false;
    }
    String[] bc = lexicon.placeCodes(b);
    for (String x : ac) {
      for (String y : bc) {
        if (x.startsWith(y) || y.startsWith(x)) {
          return true;
        }
      }
    }
    return false;
  }

  // What agreeing on a place tells: the broader of the two places, by its level.
  private double placeBits(Term a, Term b) {
    int level = Math.min(placeLevel(a.key()), placeLevel(b.key()));
    return switch (level) {
      case 2 -> bitsPlaceProvince;
      case 6 -> bitsPlaceCounty;
      default -> bitsPlacePrefecture;
    };
  }

  // The length of the place's shortest division code: 2 province, 4 prefecture, 6 county; a
  // place without codes counts as a prefecture.
  private int placeLevel(String key) {
    String[] codes = lexicon.placeCodes(key);
    if (codes.length == 0) {
      return 4;
    }
    int shortest = Integer.MAX_VALUE;
    for (String c : codes) {
      // a country (its ISO code, letters) is as broad as a province
      shortest = Math.min(shortest, Character.isLetter(c.charAt(0)) ? 2 : c.length());
    }
    return shortest <= 2 ? 2 : shortest <= 4 ? 4 : 6;
  }

  /** 硅材料 silicon material ~ silicon: industries that share a word of four letters or more. */
  static boolean relatedIndustries(String ak, String bk) {
    for (int i = 0; i < ak.length(); ) {
      int end = ak.indexOf(' ', i);
      end = end < 0 ? ak.length() : end;
      if (end - i > 3 && hasWord(bk, ak, i, end)) {
        return true;
      }
      i = end + 1;
    }
    return false;
  }

  // Whether the words of text include word[from, to).
  private static boolean hasWord(String text, String word, int from, int to) {
    for (int i = 0; i < text.length(); ) {
      int end = text.indexOf(' ', i);
      end = end < 0 ? text.length() : end;
      if (end - i == to - from && text.regionMatches(i, word, from, to - from)) {
        return true;
      }
      i = end + 1;
    }
    return false;
  }

  private static boolean hasGroupUnmatched(List<Term> unmatched, int group) {
    for (Term t : unmatched) {
      if (group(t) == group) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchedGroup(List<Term> all, List<Term> unmatched, int group) {
    for (Term t : all) {
      if (group(t) == group && !unmatched.contains(t)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPlace(Term t) {
    return t.role() == Term.Role.REGION || t.role() == Term.Role.QUALIFIER;
  }

  private static boolean hasPlace(List<Term> terms) {
    for (Term t : terms) {
      if (isPlace(t)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isGroup(ParsedName p) {
    return p.legalForms().stream().anyMatch(GROUP_FORMS::contains);
  }

  // A Latin place on one side that is spelled like the other side's trade name is that trade
  // name (印台 Yintai is a district; 银泰 Yintai is a trade name), and the reverse.
  private static ParsedName reconcile(ParsedName x, ParsedName other) {
    if (!x.mayHavePlaceAsTradeName(other)) {
      return x;
    }
    List<Term> terms = null;
    for (int i = 0; i < x.terms().size(); i++) {
      Term t = x.terms().get(i);
      if (!isPlace(t)) {
        continue;
      }
      // the place's own key, or the word as written when the lexicon read it as a place
      // with a typing error (fujia for Fujian)
      String tradeThere = null;
      for (Term u : other.tradeTerms()) {
        if (u.role() == Term.Role.TRADE
            && (u.key().equals(t.key()) || t.han() == null && u.key().equals(t.surface()))) {
          tradeThere = u.key();
        }
      }
      if (tradeThere == null) {
        continue;
      }
      boolean placeThere = false;
      for (Term u : other.otherTerms()) {
        placeThere |= u.key().equals(t.key()) && isPlace(u);
      }
      if (!placeThere) {
        if (terms == null) {
          terms = new ArrayList<>(x.terms());
        }
        terms.set(i, new Term(Term.Role.TRADE, tradeThere, t.surface(), t.syllables(), t.han(), t.gloss()));
      }
    }
    return terms == null ? x
        : new ParsedName(x.original(), x.normalised(), terms, x.legalForms(), x.branch(),
            x.otherReadings(), x.unit());
  }

  private static boolean hasGroup(List<Term> terms, Term t) {
    for (Term u : terms) {
      if (group(u) == group(t)) {
        return true;
      }
    }
    return false;
  }

  private static int group(Term t) {
    return switch (t.role()) {
      case REGION, QUALIFIER -> 0;
      case INDUSTRY -> 1;
      case NUMBER -> 2;
      default -> 3;
    };
  }

  private double weight(Term t, TermWeights weights) {
    double role = switch (t.role()) {
      case REGION, QUALIFIER -> regionWeight;
      case INDUSTRY -> industryWeight;
      case NUMBER -> numberWeight;
      default -> wordWeight;
    };
    return role * weights.rarity(t.key());
  }

  // What leaving a part out costs, against a part that conflicts (1.0).
  private double missingFactor(Term t) {
    return switch (t.role()) {
      case REGION -> missingRegion;
      case QUALIFIER -> missingQualifier;
      case INDUSTRY -> missingIndustry;
      case NUMBER -> missingNumber;
      default -> missingWord;
    };
  }

  private static String feature(Term t) {
    return switch (t.role()) {
      case REGION -> "region";
      case QUALIFIER -> "qualifier";
      case INDUSTRY -> "industry";
      case NUMBER -> "number";
      default -> "word";
    };
  }

  private static String how(Term a, Term b) {
    if (a.isHan() == b.isHan()) {
      return "";
    }
    Term zh = a.isHan() ? a : b;
    return isPlace(zh) ? " (place name)" : " (translated)";
  }

  private static String shown(List<Term> terms) {
    StringBuilder sb = new StringBuilder();
    for (Term t : terms) {
      sb.append(sb.length() > 0 ? ", " : "").append(show(t));
    }
    return sb.toString();
  }

  private static String show(Term t) {
    if (t.isHan() && t.gloss() != null && !isPlace(t)) {
      return t.surface();
    }
    if (t.isHan() && t.gloss() != null) {
      return t.gloss();
    }
    return t.isHan() ? t.surface() : titleCase(t.surface());
  }

  // Names are compared in lower case; an analyst reads them as names.
  private static String titleCase(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean start = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(start ? Character.toUpperCase(c) : c);
      start = c == ' ';
    }
    return out.toString();
  }

  private static String joinSurfaces(List<Term> terms) {
    StringBuilder sb = new StringBuilder();
    for (Term t : terms) {
      if (sb.length() > 0 && !t.isHan()) {
        sb.append(' ');
      }
      sb.append(t.isHan() ? t.surface() : titleCase(t.surface()));
    }
    return sb.toString();
  }

  private static double round(double x) {
    return Math.round(x * 1000.0) / 1000.0;
  }

  // Collects explanations only when they are wanted: most comparisons are of candidates that
  // do not match, and building their sentences would cost more than scoring them.
  private static final class Why {
    final boolean on;
    private final List<Explanation> list;

    Why(boolean on) {
      this.on = on;
      this.list = on ? new ArrayList<>() : List.of();
    }

    void add(String feature, double score, java.util.function.Supplier<String> detail) {
      if (on) {
        list.add(new Explanation(feature, score, detail.get()));
      }
    }

    List<Explanation> list() {
      return list;
    }
  }

  /** How two trade names were found alike. */
  enum TradeKind {
    /** The same Chinese characters. */
    SAME_CHARACTERS,
    /** A Chinese name and its pinyin. */
    TRANSLITERATED,
    /** The same translated words or brands (东方希望 East Hope, 中粮 COFCO). */
    TRANSLATED,
    /** The same Latin spelling. */
    SAME_SPELLING,
    /** The same sound in other Chinese characters. */
    HOMOPHONE,
    /** Spelled alike but not the same. */
    SPELLED_ALIKE,
    /** A Chinese name and a Latin spelling that is not pinyin, by sound. */
    OTHER_ROMANISATION,
    /** Not alike. */
    NONE
  }

  private record Spelled(double similarity, TradeKind kind) {}

  private record Trade(boolean present, boolean queryOnly, boolean entryOnly, double similarity,
      TradeKind kind) {
    static final Trade ABSENT = new Trade(false, false, false, 0.0, TradeKind.NONE);
  }

  private static final class Rest {
    double matched;
    double matchedWeight;
    double penalty;
    double queryQualifierPenalty;
    boolean queryExtraRegionOnly;
    boolean placeConflict;
    boolean placeUnconfirmed;
    boolean industryConflict;
    boolean industryAgrees;
    int entryUnmatched;
    int entryNumbersMissing;
    int querySpecificUnmatched;
    int industriesUnmatched;
    boolean entryQualifierDiffers;
    // One name's region lies within the other's (托克逊 in 新疆), in words; else null.
    String queryPlaceWithin;
    boolean queryPlaceInner;
    double placeBits;
    String placeDetail = "";
    double industryBits;
    String industryDetail = "";
    final List<Term> queryExtraQualifiers = new ArrayList<>(1);
    final List<Term> entryExtraQualifiers = new ArrayList<>(1);
  }
}
