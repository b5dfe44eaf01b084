package org.threadline.core.matching;

import java.util.List;

/**
 * One meaningful part of a parsed company name.
 *
 * @param role the part of the name it makes
 * @param key what is compared: a lexicon key (shared across scripts) or the Latin spelling
 *     (pinyin for Chinese characters) of a trade-name word
 * @param surface the text as it appears in the normalised name
 * @param syllables pinyin syllables of the key when it is pinyin, else null
 * @param han the Chinese characters, when the name wrote them, else null
 * @param gloss how an explanation shows a lexicon word (e.g. {@code 纺织 = textile}), else null
 */
public record Term(
    Role role, String key, String surface, List<String> syllables, String han, String gloss) {

  /** The parts of a company name, from most to least telling. */
  public enum Role {
    /** The trade name (合盛, Hoshine): what tells one company from another. */
    TRADE,
    /** A translated word or brand standing as (part of) the trade name (东方希望, East Hope). */
    WORD,
    /** A place before the trade name (新疆 Xinjiang). */
    REGION,
    /** A place after the trade name (合盛硅业(鄯善)): marks a subsidiary or branch. */
    QUALIFIER,
    /** What the company does (硅业 silicon industry). */
    INDUSTRY,
    /** A number (No. 4). */
    NUMBER,
    /** A word that says little (国际 international). */
    GENERIC
  }

  /** True for the roles that make up the trade name. */
  public boolean isTradeName() {
    return role == Role.TRADE || role == Role.WORD;
  }

  /** True when the name wrote this part in Chinese characters. */
  public boolean isHan() {
    return han != null;
  }
}
