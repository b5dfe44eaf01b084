package org.threadline.core.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How common a trade name or an industry word is among real company names, and so how much it
 * tells when two names share it: a trade name borne by one company in a hundred thousand tells
 * far more than one borne by one in a few thousand (晨光, 天山, 中泰). Learnt from real registries
 * (see {@code data/dictionaries/name_frequency.tsv} and its README for the population and the
 * tool); immutable.
 *
 * <p>Information is in bits: {@code log2(N / (count + 0.5))} for a corpus of N names, so a
 * trade name never seen in 69,000 names gives about 17 bits and one seen a hundred times about
 * 9.4.
 */
public final class NameFrequency {
  private final long corpus;
  private final Map<String, Integer> tradeHan;
  private final Map<String, Integer> tradePinyin;
  private final Map<String, Integer> industry;
  private final long latinCorpus;
  private final Map<String, Integer> tradeLatin;
  private final Map<String, Integer> latinWords;
  private final double maxBits;

  private NameFrequency(long corpus, Map<String, Integer> tradeHan,
      Map<String, Integer> tradePinyin, Map<String, Integer> industry, long latinCorpus,
      Map<String, Integer> tradeLatin, Map<String, Integer> latinWords) {
    this.latinWords = Map.copyOf(latinWords);
    this.corpus = Math.max(1, corpus);
    this.latinCorpus = Math.max(1, latinCorpus);
    this.tradeLatin = Map.copyOf(tradeLatin);
    this.tradeHan = Map.copyOf(tradeHan);
    this.tradePinyin = Map.copyOf(tradePinyin);
    this.industry = Map.copyOf(industry);
    this.maxBits = log2(this.corpus / 0.5);
  }

  /**
   * Reads the table's rows: {@code corpus, N}, then {@code trade_han, 晨光, 11}, {@code
   * trade_pinyin, chenguang, 13}, {@code industry, chemical, 600}.
   */
  public static NameFrequency of(List<String[]> rows) {
    long corpus = 0;
    long latinCorpus = 0;
    Map<String, Integer> latin = new HashMap<>();
    Map<String, Integer> words = new HashMap<>();
    Map<String, Integer> han = new HashMap<>();
    Map<String, Integer> pinyin = new HashMap<>();
    Map<String, Integer> industry = new HashMap<>();
    for (String[] row : rows) {
      String kind = row[0].strip();
      if (kind.equals("corpus")) {
        corpus = Long.parseLong(row[1].strip());
        continue;
      }
      if (kind.equals("corpus_latin")) {
        latinCorpus = Long.parseLong(row[1].strip());
        continue;
      }
      if (row.length < 3) {
        throw new IllegalArgumentException("name frequency row needs kind, text, count: "
            + String.join(" ", row));
      }
      int count = Integer.parseInt(row[2].strip());
      switch (kind) {
        case "trade_han" -> han.put(row[1].strip(), count);
        case "trade_pinyin" -> pinyin.put(row[1].strip(), count);
        case "industry" -> industry.put(row[1].strip(), count);
        case "trade_latin" -> latin.put(row[1].strip(), count);
        case "latin_word" -> words.put(row[1].strip(), count);
        default -> throw new IllegalArgumentException("unknown name frequency kind " + kind);
      }
    }
    if (corpus <= 0) {
      throw new IllegalArgumentException("name frequency table has no corpus row");
    }
    return new NameFrequency(corpus, han, pinyin, industry, latinCorpus, latin, words);
  }

  /** A table that knows nothing: every name as rare as an unseen one. */
  public static NameFrequency none() {
    return new NameFrequency(100_000, Map.of(), Map.of(), Map.of(), 100_000, Map.of(), Map.of());
  }

  /** Names in the corpus the counts come from. */
  public long corpus() {
    return corpus;
  }

  /** Names whose trade name is written with these characters. */
  public int tradeHanCount(String han) {
    return tradeHan.getOrDefault(han, 0);
  }

  /** Names whose trade name reads this way in pinyin (joined, no tones), whatever its characters. */
  public int tradePinyinCount(String pinyin) {
    return tradePinyin.getOrDefault(pinyin, 0);
  }

  /** Names written in Latin script in the corpus. */
  public long latinCorpus() {
    return latinCorpus;
  }

  /** Latin-script names whose trade name is spelled this way (joined, lower case). */
  public int tradeLatinCount(String key) {
    return tradeLatin.getOrDefault(key, 0);
  }

  /** Latin-script names with this word anywhere in them. */
  public int latinWordCount(String word) {
    return latinWords.getOrDefault(word, 0);
  }

  /** Bits of a Latin trade name seen {@code count} times among the Latin names. */
  public double latinBits(int count) {
    return Math.max(0.0, log2(latinCorpus / (count + 0.5)));
  }

  /** Names with this industry (its lexicon key). */
  public int industryCount(String key) {
    return industry.getOrDefault(key, 0);
  }

  /** Bits of a thing seen {@code count} times in the corpus. */
  public double bits(int count) {
    return Math.max(0.0, Math.min(maxBits, log2(corpus / (count + 0.5))));
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2.0);
  }
}
