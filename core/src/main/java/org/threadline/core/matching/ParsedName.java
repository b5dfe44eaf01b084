package org.threadline.core.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * A company name taken apart: its meaningful terms in order, and what was set aside. The trade
 * name's terms and the other terms are kept apart once, here, because every comparison needs
 * them. Immutable.
 */
public final class ParsedName {
  private final String original;
  private final String normalised;
  private final List<Term> terms;
  private final List<String> legalForms;
  private final boolean branch;
  private final List<Term> tradeTerms;
  private final List<Term> otherTerms;
  private final TradeSpelling tradeSpelling;
  private final boolean tradeHasWord;
  private final List<String> otherReadings;
  private final String unit;
  // One bit per place key or spelling, and per trade-name key (a 64-bit Bloom filter): when a
  // name's places share no bit with another's trade name, no place there is that trade name.
  private final long placeBits;
  private final long tradeBits;
  // The candidate index's keys, worked out on first use: a query meets one index per list.
  private volatile CandidateIndex.QueryKeys blockingKeys;

  /**
   * @param original the name as given
   * @param normalised the name after {@link org.threadline.core.matching.normalise.NameNormaliser}
   * @param terms the meaningful parts, in the order of the name
   * @param legalForms legal forms set aside, as written (normalised)
   * @param branch true when the name says it is a branch (分公司, Branch)
   */
  public ParsedName(
      String original, String normalised, List<Term> terms, List<String> legalForms, boolean branch) {
    this(original, normalised, terms, legalForms, branch, List.of());
  }

  /**
   * @param otherReadings the trade name's other pinyin spellings, when a character of it reads
   *     more than one way (柏 bai, bo), joined without spaces
   */
  public ParsedName(String original, String normalised, List<Term> terms, List<String> legalForms,
      boolean branch, List<String> otherReadings) {
    this(original, normalised, terms, legalForms, branch, otherReadings, null);
  }

  /**
   * @param unit the text of the unit when the name is a unit of a company named in full before
   *     it (新疆八一钢铁股份有限公司<b>喀什经销部</b>), else null; the unit's places stay among the
   *     terms as qualifiers and {@code branch} is true
   */
  public ParsedName(String original, String normalised, List<Term> terms, List<String> legalForms,
      boolean branch, List<String> otherReadings, String unit) {
    this.unit = unit;
    this.otherReadings = List.copyOf(otherReadings);
    this.original = original;
    this.normalised = normalised;
    this.terms = List.copyOf(terms);
    this.legalForms = List.copyOf(legalForms);
    this.branch = branch;
    List<Term> trade = new ArrayList<>(2);
    List<Term> other = new ArrayList<>(this.terms.size());
    for (Term t : this.terms) {
      (t.isTradeName() ? trade : other).add(t);
    }
    this.tradeTerms = List.copyOf(trade);
    this.otherTerms = List.copyOf(other);
    this.tradeSpelling = TradeSpelling.of(this.tradeTerms);
    boolean word = false;
    for (Term t : this.tradeTerms) {
      word |= t.role() == Term.Role.WORD;
    }
    this.tradeHasWord = word;
    long places = 0;
    long trades = 0;
    for (Term t : this.terms) {
      if (t.role() == Term.Role.REGION || t.role() == Term.Role.QUALIFIER) {
        places |= bit(t.key()) | (t.han() == null ? bit(t.surface()) : 0L);
      } else if (t.role() == Term.Role.TRADE) {
        trades |= bit(t.key());
      }
    }
    this.placeBits = places;
    this.tradeBits = trades;
  }

  private static long bit(String s) {
    return 1L << (s.hashCode() & 63);
  }

  /** One bit per place key or Latin spelling of this name (a 64-bit Bloom filter). */
  long placeBits() {
    return placeBits;
  }

  /** One bit per trade-name key of this name (a 64-bit Bloom filter). */
  long tradeBits() {
    return tradeBits;
  }

  /**
   * False when no place of this name has the key or (Latin) spelling of a trade-name word of
   * the other, so that neither can be read as the other; true when one may.
   */
  boolean mayHavePlaceAsTradeName(ParsedName other) {
    return (placeBits & other.tradeBits) != 0;
  }

  /** The name as given. */
  public String original() {
    return original;
  }

  /** The name after normalisation. */
  public String normalised() {
    return normalised;
  }

  /** The meaningful parts, in the order of the name. */
  public List<Term> terms() {
    return terms;
  }

  /** Legal forms set aside, as written (normalised). */
  public List<String> legalForms() {
    return legalForms;
  }

  /** True when the name says it is a branch. */
  public boolean branch() {
    return branch;
  }

  /**
   * The unit's text when the name is a unit of a company named in full before it (a branch, a
   * sales department, an office), else null.
   */
  public String unit() {
    return unit;
  }

  /** The terms of the trade name, in order. */
  public List<Term> tradeTerms() {
    return tradeTerms;
  }

  /** The trade name's other pinyin spellings (other readings of its characters), maybe none. */
  public List<String> otherReadings() {
    return otherReadings;
  }

  /** True when the trade name has a translated word or brand (东方 East, 中粮 COFCO). */
  public boolean tradeHasWord() {
    return tradeHasWord;
  }

  /** How the whole trade name is spelled for comparison. */
  public TradeSpelling tradeSpelling() {
    return tradeSpelling;
  }

  /** The keys {@link CandidateIndex} looks this name up by, worked out once. */
  CandidateIndex.QueryKeys blockingKeys() {
    CandidateIndex.QueryKeys keys = blockingKeys;
    if (keys == null) {
      keys = new CandidateIndex.QueryKeys(CandidateIndex.keys(this, true));
      blockingKeys = keys;
    }
    return keys;
  }

  /** The terms that are not the trade name, in order. */
  public List<Term> otherTerms() {
    return otherTerms;
  }

  /** The terms with the given role. */
  public List<Term> withRole(Term.Role role) {
    return terms.stream().filter(t -> t.role() == role).toList();
  }

  /** The keys of the terms joined with spaces: two names with equal signatures are the same. */
  public String signature() {
    StringBuilder sb = new StringBuilder();
    for (Term t : terms) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(t.key());
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return "ParsedName[" + original + " -> " + signature() + "]";
  }
}
