package org.threadline.core.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.threadline.core.matching.normalise.NameNormaliser;

/**
 * The words of company names that the matcher recognises: legal forms, stop words, translated
 * industry and name words, brands, and places, in Chinese and in Latin script (English,
 * pinyin, exonyms). Built once from dictionary rows; immutable and thread-safe afterwards.
 *
 * <p>Latin phrases are keyed with their spaces removed, so that {@code xin neng yuan}, {@code
 * xinnengyuan} and {@code xin nengyuan} all find 新能源. Chinese words of two or more characters
 * also get their pinyin as a Latin form, derived here rather than typed into the data.
 */
public final class Lexicon {
  /** Longest Latin phrase, in words, that the parser tries. */
  public static final int LONGEST_PHRASE = 6;

  private final Map<String, LexiconEntry> han;
  private final Map<String, LexiconEntry> latin;
  private final Map<String, LexiconEntry> fuzzy;
  private final Map<String, String> fuzzyDeletionSource;
  private final PinyinSyllables syllables;
  private final int longestHan;
  // Every proper prefix of a Chinese word, and the Latin keys in order: the parser stops
  // lengthening a run as soon as no word starts with it, instead of trying every length.
  private final java.util.Set<String> hanPrefixes;
  private final String[] latinSorted;
  private final Map<String, String[]> placeCodes;
  private final HanWordTrie hanTrie;
  private final java.util.Set<String> placeKeys;

  private Lexicon(Builder b) {
    this.han = Map.copyOf(b.han);
    this.hanTrie = new HanWordTrie(this.han);
    this.latin = Map.copyOf(b.latin);
    Map<String, String> deletions = new HashMap<>();
    for (String form : b.fuzzyForms.keySet()) {
      for (String d : deletions(form)) {
        if (!d.equals(form)) {
          deletions.putIfAbsent(d, form);
        }
      }
    }
    this.fuzzy = Map.copyOf(b.fuzzyForms);
    this.fuzzyDeletionSource = Map.copyOf(deletions);
    this.syllables = new PinyinSyllables(b.pinyin.syllableInventory());
    this.longestHan = b.han.keySet().stream().mapToInt(String::length).max().orElse(1);
    java.util.Set<String> prefixes = new java.util.HashSet<>();
    for (String w : b.han.keySet()) {
      for (int i = 1; i < w.length(); i++) {
        prefixes.add(w.substring(0, i));
      }
    }
    this.hanPrefixes = java.util.Set.copyOf(prefixes);
    Map<String, String[]> codes = new HashMap<>();
    b.placeCodes.forEach((key, set) -> codes.put(key, set.toArray(new String[0])));
    this.placeCodes = Map.copyOf(codes);
    this.placeKeys = java.util.Set.copyOf(b.placeKeys);
    this.latinSorted = b.latin.keySet().toArray(new String[0]);
    java.util.Arrays.sort(this.latinSorted);
  }

  /** True when some Chinese word is, or starts with, the given characters. */
  public boolean startsHanWord(String s) {
    return han.containsKey(s) || hanPrefixes.contains(s);
  }

  /**
   * True when some Latin key is, or starts with, the given joined words (ü written v or u, as
   * {@link #latin} reads them).
   */
  public boolean startsLatinKey(String joined) {
    if (startsSorted(joined)) {
      return true;
    }
    return (joined.contains("lv") || joined.contains("nv"))
        && startsSorted(joined.replace("lv", "lu").replace("nv", "nu"));
  }

  private boolean startsSorted(String prefix) {
    int at = java.util.Arrays.binarySearch(latinSorted, prefix);
    if (at >= 0) {
      return true;
    }
    int next = -at - 1;
    return next < latinSorted.length && latinSorted[next].startsWith(prefix);
  }

  /**
   * The division codes (GB/T 2260: 65 Xinjiang, 6542 Tacheng, 654223 Shawan) of the places with
   * the given key, or an empty array: one key may stand for places of the same reading in
   * several provinces.
   */
  public String[] placeCodes(String key) {
    return placeCodes.getOrDefault(key, NO_CODES);
  }

  private static final String[] NO_CODES = new String[0];

  /** True when the Latin word reads as pinyin syllables, in full. */
  public boolean isPinyin(String word) {
    return syllables.segment(word.replace(" ", "")) != null;
  }

  /** True when the key (a pinyin or Latin spelling joined) is the key of some place. */
  public boolean isPlaceKey(String key) {
    return placeKeys.contains(key);
  }

  /** Starts a lexicon; add rows, then {@link Builder#build()}. */
  public static Builder builder(NameNormaliser normaliser, HanPinyin pinyin) {
    return new Builder(normaliser, pinyin);
  }

  /** The Chinese words as a trie, for walking a run of characters. */
  HanWordTrie hanTrie() {
    return hanTrie;
  }

  /** The entry for a Chinese word, or null. */
  public LexiconEntry han(String word) {
    return han.get(word);
  }

  /** Length in characters of the longest Chinese word. */
  public int longestHan() {
    return longestHan;
  }

  /** The entry for Latin words joined without spaces, or null; ü may be written v or u. */
  public LexiconEntry latin(String joined) {
    LexiconEntry e = latin.get(joined);
    if (e == null && (joined.contains("lv") || joined.contains("nv"))) {
      e = latin.get(joined.replace("lv", "lu").replace("nv", "nu"));
    }
    return e;
  }

  /**
   * The entry for one Latin word, allowing an English plural and, for words of five letters or
   * more, one typing error (a letter missing, extra, or changed); null when nothing is close.
   */
  public LexiconEntry latinWord(String word) {
    LexiconEntry e = latin(word);
    if (e == null && word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
      e = latin.get(word.substring(0, word.length() - 1));
    }
    if (e == null && word.length() >= 5 && word.chars().allMatch(Character::isLetter)) {
      e = closestTypo(word);
    }
    return e;
  }

  // A letter missing (zuhai) or one too many (guanngdong); a letter changed or two swapped
  // (sihcuan) only in longer words that are not pinyin themselves (tanyuan is a trade name, not
  // a typing error for taiyuan). The closest candidate wins. The word as written stays the
  // term's surface, so that the scorer can still take it as a trade name (Fujia, not Fujian).
  private LexiconEntry closestTypo(String word) {
    List<String> candidates = new ArrayList<>();
    String d0 = fuzzyDeletionSource.get(word);
    if (d0 != null) {
      candidates.add(d0);
    }
    List<String> dels = deletions(word);
    for (int i = 1; i < dels.size(); i++) {
      if (fuzzy.containsKey(dels.get(i))) {
        candidates.add(dels.get(i));
      }
    }
    if (word.length() >= 7 && syllables.segment(word) == null) {
      for (int i = 1; i < dels.size(); i++) {
        String src = fuzzyDeletionSource.get(dels.get(i));
        if (src != null) {
          candidates.add(src);
        }
      }
    }
    String best = null;
    double bestSim = 0;
    for (String c : candidates) {
      double sim = SoundAlikeSpelling.editSimilarity(word, c);
      if (sim > bestSim) {
        bestSim = sim;
        best = c;
      }
    }
    return best == null ? null : fuzzy.get(best);
  }

  private static List<String> deletions(String w) {
    List<String> out = new ArrayList<>(w.length() + 1);
    out.add(w);
    for (int i = 0; i < w.length(); i++) {
      out.add(w.substring(0, i) + w.substring(i + 1));
    }
    return out;
  }

  /** Collects dictionary rows. Not thread-safe; the built lexicon is. */
  public static final class Builder {
    private final NameNormaliser normaliser;
    private final HanPinyin pinyin;
    private final Map<String, LexiconEntry> han = new HashMap<>();
    private final Map<String, LexiconEntry> latin = new HashMap<>();
    private final Map<String, LexiconEntry> fuzzyForms = new HashMap<>();
    private final List<Runnable> pinyinForms = new ArrayList<>();
    // Latin keys that are only the pinyin of a place: the pinyin of a word (东方 dongfang, the
    // city 东方 in Hainan too) takes precedence over them.
    private final java.util.Set<String> placePinyin = new java.util.HashSet<>();
    private final Map<String, java.util.Set<String>> placeCodes = new HashMap<>();
    private final java.util.Set<String> placeKeys = new java.util.HashSet<>();

    private Builder(NameNormaliser normaliser, HanPinyin pinyin) {
      this.normaliser = normaliser;
      this.pinyin = pinyin;
    }

    /** A legal form or branch marker ({@code canonical} = {@code branch}) in any script. */
    public Builder legalForm(String form, String canonical) {
      LexiconEntry.Kind kind =
          "branch".equals(canonical) ? LexiconEntry.Kind.BRANCH : LexiconEntry.Kind.LEGAL;
      return add(form, new LexiconEntry(kind, canonical, form), true);
    }

    /** A word that carries no identity. */
    public Builder stopWord(String word) {
      return add(word, new LexiconEntry(LexiconEntry.Kind.STOP, word, word), false);
    }

    /**
     * A word translated between Chinese and English.
     *
     * @param chinese its Chinese forms
     * @param english its English forms, the first being the canonical gloss
     * @param kind INDUSTRY, WORD or GENERIC
     */
    public Builder translatedWord(List<String> chinese, List<String> english, LexiconEntry.Kind kind) {
      if (english.isEmpty()) {
        throw new IllegalArgumentException("translated word " + chinese + " has no English form");
      }
      // A word spelt like an earlier word's English form shares its key (制衣 garment is 服装).
      LexiconEntry earlier = latin.get(normaliser.apply(english.get(0)).replace(" ", ""));
      String key = earlier != null && earlier.kind() == kind ? earlier.key() : english.get(0);
      String gloss = (chinese.isEmpty() ? "" : chinese.get(0) + " = ") + key;
      LexiconEntry entry = new LexiconEntry(kind, key, gloss);
      for (String zh : chinese) {
        add(zh, entry, false);
      }
      for (String en : english) {
        if (!latin.containsKey(normaliser.apply(en).replace(" ", ""))) {
          add(en, entry, true);
        }
      }
      return this;
    }

    /**
     * A place.
     *
     * @param chineseNames its Chinese names (short and full), the first being the short name
     * @param syllables the pinyin of the short name, or null to read it with {@link HanPinyin}
     * @param latinNames other Latin names (exonyms, postal forms)
     * @param rank 0 province, 1 prefecture, 2 county or named area
     * @param typoTolerant true when the Latin names may be found with one typing error
     */
    public Builder place(
        List<String> chineseNames, List<String> syllables, List<String> latinNames, int rank,
        boolean typoTolerant) {
      return place(chineseNames, syllables, latinNames, rank, typoTolerant, List.of());
    }

    /**
     * A place with its division codes (GB/T 2260), so that a county is known to lie in its
     * prefecture and province.
     *
     * @param codes the division codes of the place (several when one name stands for several)
     */
    public Builder place(
        List<String> chineseNames, List<String> syllables, List<String> latinNames, int rank,
        boolean typoTolerant, List<String> codes) {
      String shortName = chineseNames.get(0);
      List<String> reading = syllables != null ? syllables : pinyin.syllables(normaliser.apply(shortName));
      String key = String.join("", reading);
      placeKeys.add(key);
      if (!codes.isEmpty()) {
        placeCodes.computeIfAbsent(key, k -> new java.util.TreeSet<>()).addAll(codes);
      }
      String display =
          latinNames.isEmpty() ? key : latinNames.get(0);
      LexiconEntry entry =
          new LexiconEntry(
              LexiconEntry.Kind.PLACE, key, shortName + " (" + capitalise(display) + ")", rank);
      for (String zh : chineseNames) {
        if (normaliser.apply(zh).length() >= 2) {
          addIfAbsent(zh, entry);
        }
      }
      if (!latin.containsKey(key)) {
        latin.put(key, entry);
        placePinyin.add(key);
      }
      if (typoTolerant && key.length() >= 5) {
        fuzzyForms.putIfAbsent(key, entry);
      }
      for (String name : latinNames) {
        String joined = normaliser.apply(name).replace(" ", "");
        placeKeys.add(joined);
        LexiconEntry existing = latin.get(joined);
        if (existing == null || existing.kind() == LexiconEntry.Kind.PLACE) {
          latin.put(joined, entry);
          placePinyin.remove(joined);
        }
        if (typoTolerant && joined.length() >= 5) {
          fuzzyForms.putIfAbsent(joined, entry);
        }
      }
      return this;
    }

    /**
     * A country, by its English name: a place of its own, in no Chinese division, so that two
     * names in different countries (Malaysia, Malawi) are known to be in different places. A
     * word the lexicon already knows otherwise (China, a generic word here) is left as it is.
     *
     * @param code the ISO 3166 code, used as the place's division code
     * @param name the English name
     */
    public Builder country(String code, String name) {
      String joined = normaliser.apply(name).replace(" ", "");
      if (joined.length() < 4 || latin.containsKey(joined)) {
        return this;
      }
      LexiconEntry entry = new LexiconEntry(LexiconEntry.Kind.PLACE, joined, name, 0);
      latin.put(joined, entry);
      placeKeys.add(joined);
      placeCodes.computeIfAbsent(joined, k -> new java.util.TreeSet<>()).add(code);
      return this;
    }

    private Builder add(String form, LexiconEntry entry, boolean typoTolerant) {
      String norm = normaliser.apply(form);
      if (norm.isEmpty()) {
        return this;
      }
      if (isHanWord(norm)) {
        han.put(norm, entry);
        if (norm.length() >= 2) {
          pinyinForms.add(() -> {
            String py = String.join("", pinyin.syllables(norm));
            if (!latin.containsKey(py) || placePinyin.remove(py) && entry.kind() != LexiconEntry.Kind.LEGAL) {
              latin.put(py, entry);
            }
          });
        }
      } else {
        String joined = norm.replace(" ", "");
        latin.put(joined, entry);
        if (typoTolerant && joined.length() >= 5 && !norm.contains(" ")) {
          fuzzyForms.putIfAbsent(joined, entry);
        }
      }
      return this;
    }

    private void addIfAbsent(String form, LexiconEntry entry) {
      String norm = normaliser.apply(form);
      if (isHanWord(norm)) {
        han.putIfAbsent(norm, entry);
      } else {
        latin.putIfAbsent(norm.replace(" ", ""), entry);
      }
    }

    /** The lexicon; pinyin forms of Chinese words are added last, never over another form. */
    public Lexicon build() {
      pinyinForms.forEach(Runnable::run);
      return new Lexicon(this);
    }

    private static boolean isHanWord(String s) {
      return !s.isEmpty()
          && s.codePoints()
              .allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    private static String capitalise(String s) {
      return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
  }
}
