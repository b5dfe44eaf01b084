package org.threadline.core.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Reads Han characters as toneless pinyin syllables, the way company and place names read them.
 *
 * <p>Each character gets pinyin4j's first reading, unless a word reading overrides it: a word
 * list (重庆 chong qing, 银行 yin hang) and every place name of the admin data are matched longest
 * first, so polyphones take the reading that names use. ü is written {@code v} by pinyin4j and
 * {@code u} here, as company romanisations write it (绿洲 lu zhou).
 */
public final class HanPinyin {
  private static final char FIRST = '\u3400';
  private static final char LAST = '\u9FFF';
  private final String[] byChar = new String[LAST - FIRST + 1];
  private final String[][] allReadings = new String[LAST - FIRST + 1][];
  private final Map<String, List<String>> words;
  private final int longestWord;

  /**
   * @param wordReadings words (one or more Han characters) with the syllables they read as
   */
  public HanPinyin(Map<String, List<String>> wordReadings) {
    HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
    format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
    format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
    format.setVCharType(HanyuPinyinVCharType.WITH_V);
    for (char c = FIRST; c <= LAST; c++) {
      try {
        String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, format);
        if (readings != null && readings.length > 0) {
          byChar[c - FIRST] = readings[0].replace('v', 'u');
          if (readings.length > 1) {
            allReadings[c - FIRST] =
                java.util.Arrays.stream(readings).map(r -> r.replace('v', 'u')).distinct().toArray(String[]::new);
          }
        }
      } catch (BadHanyuPinyinOutputFormatCombination e) {
        throw new IllegalStateException("pinyin4j rejected its own toneless format", e);
      }
    }
    Map<String, List<String>> multi = new HashMap<>();
    int longest = 1;
    for (Map.Entry<String, List<String>> w : wordReadings.entrySet()) {
      String word = w.getKey();
      List<String> syllables = w.getValue();
      if (word.length() != syllables.size()) {
        throw new IllegalArgumentException(
            "reading of '" + word + "' has " + syllables.size() + " syllables for "
                + word.length() + " characters");
      }
      if (word.length() == 1) {
        char c = word.charAt(0);
        if (c >= FIRST && c <= LAST) {
          byChar[c - FIRST] = syllables.get(0);
        }
      } else {
        multi.put(word, List.copyOf(syllables));
        longest = Math.max(longest, word.length());
      }
    }
    this.words = multi;
    this.longestWord = longest;
  }

  /** Every syllable some character reads as: the inventory of Mandarin syllables, toneless. */
  public java.util.Set<String> syllableInventory() {
    java.util.Set<String> all = new java.util.HashSet<>();
    for (String s : byChar) {
      // Interjections without a vowel (嗯 n, ng; 呣 m; 哼 hm) never occur in names and would let
      // any word with an n or m pass for pinyin.
      if (s != null && s.chars().allMatch(ch -> ch >= 'a' && ch <= 'z')
          && s.chars().anyMatch(ch -> "aeiouv".indexOf(ch) >= 0)) {
        all.add(s);
      }
    }
    return all;
  }

  /**
   * Other readings of a run of Han characters: its {@link #syllables} with one polyphonic
   * character read another way (卓莞 zhuo guan, also zhuo wan). At most {@code max} variants.
   */
  public List<List<String>> alternatives(String han, int max) {
    List<String> base = syllables(han);
    List<List<String>> out = new ArrayList<>();
    if (base.size() != han.length()) {
      return out;
    }
    for (int i = 0; i < han.length() && out.size() < max; i++) {
      char c = han.charAt(i);
      String[] all = c >= FIRST && c <= LAST ? allReadings[c - FIRST] : null;
      if (all == null) {
        continue;
      }
      for (String r : all) {
        if (!r.equals(base.get(i)) && out.size() < max) {
          List<String> variant = new ArrayList<>(base);
          variant.set(i, r);
          out.add(variant);
        }
      }
    }
    return out;
  }

  /** The syllables of a run of Han characters; a character without a reading is kept as is. */
  public List<String> syllables(String han) {
    List<String> out = new ArrayList<>(han.length());
    int i = 0;
    while (i < han.length()) {
      int taken = 0;
      for (int len = Math.min(longestWord, han.length() - i); len >= 2; len--) {
        List<String> reading = words.get(han.substring(i, i + len));
        if (reading != null) {
          out.addAll(reading);
          taken = len;
          break;
        }
      }
      if (taken == 0) {
        char c = han.charAt(i);
        String r = c >= FIRST && c <= LAST ? byChar[c - FIRST] : null;
        out.add(r == null ? String.valueOf(c) : r);
        taken = 1;
      }
      i += taken;
    }
    return out;
  }
}
