package org.threadline.core.matching;

/**
 * What the lexicon knows of a word or phrase of a company name.
 *
 * @param kind what the word is
 * @param key the canonical key both scripts share (an English gloss such as {@code new energy},
 *     a place's pinyin such as {@code hetian}, a legal form's canonical name)
 * @param gloss how an explanation shows it to an analyst, e.g. {@code 和田 (Hotan)}
 * @param rank for a place, how local it is: 0 province, 1 prefecture, 2 county or a named
 *     area; -1 for other words
 */
public record LexiconEntry(Kind kind, String key, String gloss, int rank) {

  /** A word that is not a place. */
  public LexiconEntry(Kind kind, String key, String gloss) {
    this(kind, key, gloss, -1);
  }

  /** Kinds of lexicon words, by the part of a company name they make. */
  public enum Kind {
    /** A legal form (有限公司, Co., Ltd.): set aside, but remembered. */
    LEGAL,
    /** A branch marker (分公司, Branch). */
    BRANCH,
    /** A word with no identity (and, of). */
    STOP,
    /** A place: province, prefecture, county, or a well-known Latin name of one. */
    PLACE,
    /** What the company does (纺织 textile). */
    INDUSTRY,
    /** A translated word or brand that forms a trade name (东方 east, 溢达 Esquel). */
    WORD,
    /** A word that says little (国际 international). */
    GENERIC
  }
}
