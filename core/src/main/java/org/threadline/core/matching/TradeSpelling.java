package org.threadline.core.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * How a trade name (or the part of it left after translated words are set aside) is spelled for
 * comparison: its Latin spelling, its pinyin syllables when it is pinyin, and its Chinese
 * characters when the name wrote them.
 *
 * @param key the terms' spellings joined without spaces (pinyin for Chinese characters)
 * @param syllables the pinyin syllables of every term, or null when a term is not pinyin
 * @param han the Chinese characters of every term, or null when a term was not written in them
 */
public record TradeSpelling(String key, List<String> syllables, String han) {

  /** The spelling of the given terms. */
  public static TradeSpelling of(List<Term> terms) {
    StringBuilder key = new StringBuilder();
    StringBuilder han = new StringBuilder();
    boolean allHan = true;
    for (Term t : terms) {
      key.append(t.syllables() != null ? String.join("", t.syllables()) : t.key().replace(" ", ""));
      if (t.han() == null) {
        allHan = false;
      } else if (allHan) {
        han.append(t.han());
      }
    }
    List<String> syllables = syllablesOf(terms);
    return new TradeSpelling(key.toString(), syllables == null ? null : List.copyOf(syllables),
        allHan ? han.toString() : null);
  }

  /** The pinyin syllables of every term in order, or null when a term is not pinyin. */
  public static List<String> syllablesOf(List<Term> terms) {
    List<String> out = new ArrayList<>();
    for (Term t : terms) {
      if (t.syllables() == null) {
        return null;
      }
      out.addAll(t.syllables());
    }
    return out;
  }
}
