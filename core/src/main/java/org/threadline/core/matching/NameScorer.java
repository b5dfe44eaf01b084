package org.threadline.core.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.threadline.core.model.Explanation;

/**
 * Scores a parsed name against a parsed list name by their structure: trade name, region,
 * industry, qualifiers, numbers. Thread-safe.
 *
 * <p>The trade name weighs most: a different trade name in the same region and industry is a
 * different company, so the score never exceeds {@code 0.3 + 0.7 * trade-name similarity}. The
 * other parts are aligned by their keys (so 新疆 meets Xinjiang and 纺织 meets Textile) and
 * weighed by role and by rarity ({@link TermWeights}). A part one name has and the other lacks
 * altogether (a region left out) costs a little; a part that conflicts (another region, another
 * industry) costs its full weight. A place after the trade name (合盛硅业(鄯善)) marks a
 * subsidiary: matched below an exact match when the entry is listed with its subsidiaries; the
 * entry's own qualifier missing from the name marks a parent or sister company, held below 0.7.
 */
public final class NameScorer {
  private static final double TRADE_WEIGHT = 1.2;
  /** Highest score of a subsidiary or branch of an entry. */
  public static final double SUBSIDIARY_SCORE = 0.92;
  /** Highest score of a probable subsidiary of an entry not listed with its subsidiaries. */
  public static final double UNCOVERED_SUBSIDIARY_SCORE = 0.8;
  /** Highest score of a name that lacks the entry's own place qualifier. */
  public static final double PARENT_SCORE = 0.65;

  /** Highest score when both the place and the industry differ. */
  public static final double DIFFERENT_PLACE_AND_INDUSTRY_SCORE = 0.6;
  private static final java.util.Set<String> GROUP_FORMS =
      java.util.Set.of("group", "集团", "jituan", "holding", "holdings", "控股", "集团公司");

  private static final NameComparison NO_MATCH = new NameComparison(0.0, false, List.of());
  private final SoundAlikeSpelling spelling = new SoundAlikeSpelling();
  private final HanPinyin pinyin;
  private final ThreadLocal<LastReadings> lastAlternatives = ThreadLocal.withInitial(LastReadings::new);

  /** @param pinyin reads Chinese trade names, with their other readings, for comparison */
  public NameScorer(HanPinyin pinyin) {
    this.pinyin = pinyin;
  }

  /**
   * Compares a query name with an entry name.
   *
   * @param q the query name
   * @param e the entry's name
   * @param includesSubsidiaries whether the entry is listed with its subsidiaries
   * @param weights rarity of keys
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
      double num = 2 * TRADE_WEIGHT * trade.similarity() + rest.matched;
      double den = 2 * TRADE_WEIGHT + rest.matchedWeight + rest.penalty;
      score = Math.min(num / den, 0.3 + 0.7 * trade.similarity());
      double withoutQualifiers = Math.min(
          (num) / (den - rest.queryQualifierPenalty), 0.3 + 0.7 * trade.similarity());
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
      if (sameTrade && queryAdds) {
        String added = why.on ? shown(rest.queryExtraQualifiers) : "";
        if (q.branch() && !e.branch()) {
          score = Math.min(withoutQualifiers, SUBSIDIARY_SCORE);
          subsidiary = true;
          why.add("branch", score, () -> "the name is a branch" + (added.isEmpty() ? "" : " (" + added + ")")
                  + " of the entry; a branch is part of the company it belongs to");
        } else if (includesSubsidiaries) {
          score = Math.min(withoutQualifiers, SUBSIDIARY_SCORE);
          subsidiary = true;
          why.add("subsidiary", score, () -> "the name adds the place " + added + " to the entry's trade name: a subsidiary of an"
                  + " entry listed with its subsidiaries");
        } else {
          score = Math.min(withoutQualifiers, UNCOVERED_SUBSIDIARY_SCORE);
          subsidiary = true;
          why.add("subsidiary", score, () -> "the name adds the place " + added + " to the entry's trade name: possibly a"
                  + " subsidiary, which this entry's listing does not name");
        }
      } else if (sameTrade && includesSubsidiaries && rest.queryExtraRegionOnly) {
        score = Math.min(withoutQualifiers, SUBSIDIARY_SCORE);
        subsidiary = true;
        why.add("subsidiary", score, () -> "the name puts a place before the entry's trade name: a subsidiary of an entry listed"
                + " with its subsidiaries");
      } else if (sameTrade && isGroup(q) && !isGroup(e) && rest.entryUnmatched > 0) {
        score = Math.min(score, PARENT_SCORE);
        why.add("parent", score, () -> "the name is a group or holding company with the entry's trade name, and the entry is"
                + " one of its businesses: a parent company, not the entry itself");
      } else if (sameTrade && !rest.entryExtraQualifiers.isEmpty()) {
        score = Math.min(score, PARENT_SCORE);
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

  private Trade compareTradeNames(ParsedName q, ParsedName e, Why why, double floor) {
    List<Term> qt = q.tradeTerms();
    List<Term> et = e.tradeTerms();
    if (qt.isEmpty() && et.isEmpty()) {
      return new Trade(false, false, false, 0.0);
    }
    if (qt.isEmpty() || et.isEmpty()) {
      return new Trade(false, qt.isEmpty() ? false : true, et.isEmpty() ? false : true, 0.0);
    }
    List<Term> rq = qt;
    List<Term> re = et;
    int concepts = 0;
    List<String> translated = new ArrayList<>();
    if (hasWord(qt) && hasWord(et)) {
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
    String detail = null;
    if (!rq.isEmpty() && !re.isEmpty()) {
      // Most trade names have no translated word in common: their spellings are the names' own,
      // worked out once when the names were parsed.
      TradeSpelling qs = concepts == 0 ? q.tradeSpelling() : TradeSpelling.of(rq);
      TradeSpelling es = concepts == 0 ? e.tradeSpelling() : TradeSpelling.of(re);
      int units = concepts + 1;
      // The similarity this part needs for the trade name to reach the floor.
      double needed = Math.max(0.0, floor * units - concepts);
      sim = spelling.similarity(qs.key(), qs.syllables(), es.key(), es.syllables(), needed);
      // A polyphonic character may be read another way in the company's own romanisation.
      if (sim < 1.0 && qs.han() != null && es.han() == null) {
        for (List<String> alt : alternatives(qs.han())) {
          sim = Math.max(sim, spelling.similarity(String.join("", alt), alt, es.key(), es.syllables(), needed));
        }
      } else if (sim < 1.0 && es.han() != null && qs.han() == null) {
        for (List<String> alt : alternatives(es.han())) {
          sim = Math.max(sim, spelling.similarity(qs.key(), qs.syllables(), String.join("", alt), alt, needed));
        }
      }
      if (qs.han() != null && es.han() != null && !qs.han().equals(es.han())) {
        sim = Math.min(sim, 0.8); // same sound, other characters: a homophone, maybe another name
      }
      detail = why.on ? describe(rq, re, sim) : null;
    }
    int units = concepts + (rq.isEmpty() && re.isEmpty() ? 0 : 1);
    if (units == 0) {
      return new Trade(false, false, false, 0.0);
    }
    double ts = (concepts + sim) / units;
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
    return new Trade(true, false, false, ts);
  }

  private String describe(List<Term> rq, List<Term> re, double sim) {
    String q = joinSurfaces(rq);
    String e = joinSurfaces(re);
    String how;
    boolean qHan = rq.stream().anyMatch(Term::isHan);
    boolean eHan = re.stream().anyMatch(Term::isHan);
    List<String> qs = TradeSpelling.syllablesOf(rq);
    List<String> es = TradeSpelling.syllablesOf(re);
    String pinyin = qHan && qs != null ? " (pinyin " + String.join(" ", qs) + ")"
        : eHan && es != null ? " (pinyin " + String.join(" ", es) + ")" : "";
    if (sim >= 0.999) {
      how = qHan != eHan ? " = " : " = ";
      return q + how + e + pinyin + (qHan != eHan ? ", transliterated" : "");
    }
    return q + " ~ " + e + pinyin + String.format(Locale.ROOT, ", spelled alike %.2f", sim);
  }

  private Rest alignRest(ParsedName q, ParsedName e, TermWeights weights, Why why, boolean tradePresent) {
    List<Term> qAll = q.otherTerms();
    List<Term> eAll = e.otherTerms();
    List<Term> qr = new ArrayList<>(qAll);
    List<Term> er = new ArrayList<>(eAll);
    Rest rest = new Rest();
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
        if (why.on) {
          why.add(feature(t), round(alignedSim), () -> feature(t) + " " + show(aligned)
              + (alignedSim >= 0.999 ? " = " : " ~ ") + show(t) + how(aligned, t));
        }
      }
    }
    for (Term u : qr) {
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
      if (why.on) {
        why.add("missing", 0.0, () -> "the entry's " + feature(t) + " " + show(t)
            + (conflict ? " differs from the name's" : " is not in the name"));
      }
    }
    return rest;
  }

  private double termSimilarity(Term a, Term b) {
    if (a.key().equals(b.key())) {
      return 1.0;
    }
    if (a.role() == Term.Role.INDUSTRY && b.role() == Term.Role.INDUSTRY && relatedIndustries(a.key(), b.key())) {
      return 0.8;
    }
    return 0.0;
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

  private static boolean hasPlace(List<Term> terms) {
    for (Term t : terms) {
      if (t.role() == Term.Role.REGION || t.role() == Term.Role.QUALIFIER) {
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
      if (t.role() != Term.Role.REGION && t.role() != Term.Role.QUALIFIER) {
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
        placeThere |= u.key().equals(t.key())
            && (u.role() == Term.Role.REGION || u.role() == Term.Role.QUALIFIER);
      }
      if (!placeThere) {
        if (terms == null) {
          terms = new ArrayList<>(x.terms());
        }
        terms.set(i, new Term(Term.Role.TRADE, tradeThere, t.surface(), t.syllables(), t.han(), t.gloss()));
      }
    }
    return terms == null ? x
        : new ParsedName(x.original(), x.normalised(), terms, x.legalForms(), x.branch());
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

  private static double weight(Term t, TermWeights weights) {
    double role = switch (t.role()) {
      case REGION, QUALIFIER -> 0.3;
      case INDUSTRY -> 0.4;
      case NUMBER -> 0.5;
      default -> 0.15;
    };
    return role * weights.rarity(t.key());
  }

  // What leaving a part out costs, against a part that conflicts (1.0).
  private static double missingFactor(Term t) {
    return switch (t.role()) {
      case REGION -> 0.2;
      case QUALIFIER -> 0.6;
      case INDUSTRY -> 0.4;
      case NUMBER -> 1.0;
      default -> 0.2;
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
    return zh.role() == Term.Role.REGION || zh.role() == Term.Role.QUALIFIER
        ? " (place name)" : " (translated)";
  }

  private static String shown(List<Term> terms) {
    StringBuilder sb = new StringBuilder();
    for (Term t : terms) {
      sb.append(sb.length() > 0 ? ", " : "").append(show(t));
    }
    return sb.toString();
  }

  private static String show(Term t) {
    if (t.isHan() && t.gloss() != null && t.role() != Term.Role.REGION && t.role() != Term.Role.QUALIFIER) {
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


  private static boolean hasWord(List<Term> terms) {
    for (Term t : terms) {
      if (t.role() == Term.Role.WORD) {
        return true;
      }
    }
    return false;
  }

  // Other readings of a Chinese trade name; a query is compared with many entries in a row, so
  // each thread keeps the last one worked out.
  private List<List<String>> alternatives(String han) {
    LastReadings last = lastAlternatives.get();
    if (!han.equals(last.han)) {
      last.han = han;
      last.readings = pinyin.alternatives(han, 8);
    }
    return last.readings;
  }

  private static final class LastReadings {
    String han;
    List<List<String>> readings;
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

  private record Trade(boolean present, boolean queryOnly, boolean entryOnly, double similarity) {}

  private static final class Rest {
    double matched;
    double matchedWeight;
    double penalty;
    double queryQualifierPenalty;
    boolean queryExtraRegionOnly;
    boolean placeConflict;
    boolean placeUnconfirmed;
    boolean industryConflict;
    int entryUnmatched;
    final List<Term> queryExtraQualifiers = new ArrayList<>(1);
    final List<Term> entryExtraQualifiers = new ArrayList<>(1);
  }
}
