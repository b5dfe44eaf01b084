package org.threadline.core.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.threadline.core.matching.normalise.NameNormaliser;

/**
 * Everything the matcher needs that does not depend on the list: the normaliser, the pinyin
 * reader, the lexicon, the parser, the scorer and the background corpus. Built once from {@link
 * MatchingData} (it takes about a second: the pinyin and Traditional tables are filled then) and
 * shared by every matcher; immutable and thread-safe.
 */
public final class MatchingModel {
  private final NameParser parser;
  private final NameScorer scorer;
  private final List<Set<String>> background;
  private final String version;

  private MatchingModel(
      NameParser parser, NameScorer scorer, List<Set<String>> background, String version) {
    this.parser = parser;
    this.scorer = scorer;
    this.background = List.copyOf(background);
    this.version = version;
  }

  /** Builds the model from dictionary rows. */
  public static MatchingModel build(MatchingData data) {
    NameNormaliser normaliser = NameNormaliser.standard();
    Map<String, List<String>> readings = new HashMap<>();
    for (String[] row : data.adminPlaces()) {
      if (row[0].length() >= 2) {
        addReading(readings, normaliser.apply(row[0]), row[1]);
      }
    }
    for (String[] row : data.readings()) {
      addReading(readings, normaliser.apply(row[0]), row[1]);
    }
    HanPinyin pinyin = new HanPinyin(readings);
    PinyinSyllables syllables = new PinyinSyllables(pinyin.syllableInventory());
    Lexicon.Builder lex = Lexicon.builder(normaliser, pinyin);
    for (String[] row : data.legalForms()) {
      lex.legalForm(row[0], row[1]);
    }
    for (String[] row : data.stopWords()) {
      lex.stopWord(row[0]);
    }
    List<String> industries = new ArrayList<>();
    List<String> broadIndustries = new ArrayList<>();
    for (String[] row : data.translatedWords()) {
      String role = row[2].trim().toLowerCase(java.util.Locale.ROOT);
      if (role.equals("business")) {
        broadIndustries.add(split(row[0]).isEmpty() ? null : split(row[0]).get(0));
        role = "industry";
      }
      LexiconEntry.Kind kind = LexiconEntry.Kind.valueOf(role.toUpperCase(java.util.Locale.ROOT));
      lex.translatedWord(split(row[0]), split(row[1]), kind);
      if (kind == LexiconEntry.Kind.INDUSTRY) {
        industries.add(split(row[1]).get(0));
      }
    }
    for (String[] row : data.brands()) {
      lex.translatedWord(split(row[0]), split(row[1]), LexiconEntry.Kind.WORD);
    }
    Map<String, Integer> rankOf = new HashMap<>();
    Map<String, List<String>> codesOf = new HashMap<>();
    for (String[] row : data.adminPlaces()) {
      rankOf.putIfAbsent(row[0], rank(row));
      if (row.length > 4 && !row[4].isBlank()) {
        codesOf.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[4].trim());
      }
    }
    for (String[] row : data.exonyms()) {
      lex.place(List.of(row[0]), null, split(row[1]), rankOf.getOrDefault(row[0], 2), true,
          codesOf.getOrDefault(row[0], List.of()));
    }
    List<String> placeKeys = new ArrayList<>();
    for (String[] row : data.adminPlaces()) {
      List<String> syl = Arrays.asList(row[1].trim().split("\\s+"));
      List<String> names = row.length > 2 && !row[2].isBlank() ? List.of(row[0], row[2]) : List.of(row[0]);
      int rank = rank(row);
      lex.place(names, syl, List.of(), rank, rank <= 1,
          row.length > 4 && !row[4].isBlank() ? List.of(row[4].trim()) : List.of());
      placeKeys.add(String.join("", syl));
    }
    // Countries by their English names (from the JDK's locale data), after China's own places.
    for (String code : java.util.Locale.getISOCountries()) {
      if (!CHINESE_REGIONS.contains(code)) {
        lex.country(code, countryName(code));
      }
    }
    Lexicon lexicon = lex.build();
    java.util.Set<String> broadKeys = new java.util.HashSet<>();
    for (String zh : broadIndustries) {
      LexiconEntry e = zh == null ? null : lexicon.han(normaliser.apply(zh));
      if (e != null) {
        broadKeys.add(e.key());
      }
    }
    Map<String, String> abbreviations = new HashMap<>();
    for (String[] row : data.abbreviations()) {
      abbreviations.put(normaliser.apply(row[0]), normaliser.apply(row[1]));
    }
    NameParser parser = new NameParser(normaliser, lexicon, pinyin, syllables, abbreviations);
    return new MatchingModel(
        parser,
        new NameScorer(lexicon, data.nameFrequencies().isEmpty() ? NameFrequency.none()
            : NameFrequency.of(data.nameFrequencies()), MatchWeights.of(data.matchWeights()),
            broadKeys, Set.copyOf(data.englishWords())),
        background(placeKeys, industries), data.version());
  }

  // Ordinary company names: each admin place with two common industry words. They teach the
  // weights that places are many and rare, industry words few and common.
  private static List<Set<String>> background(List<String> places, List<String> industries) {
    List<Set<String>> docs = new ArrayList<>(places.size());
    int n = industries.size();
    for (int i = 0; i < places.size() && n > 0; i++) {
      Set<String> doc = new LinkedHashSet<>();
      doc.add(places.get(i));
      doc.add(industries.get(i % n));
      doc.add(industries.get((i * 7 + 3) % n));
      docs.add(doc);
    }
    return docs;
  }

  // China, Hong Kong, Macao and Taiwan are places of the division table, with their codes.
  private static final Set<String> CHINESE_REGIONS = Set.of("CN", "HK", "MO", "TW");

  // The English short name: "Myanmar (Burma)" and "Congo - Kinshasa" as their first part.
  private static String countryName(String code) {
    String name = new java.util.Locale("", code).getDisplayCountry(java.util.Locale.ENGLISH);
    int cut = name.indexOf(" (");
    name = cut > 0 ? name.substring(0, cut) : name;
    cut = name.indexOf(" - ");
    return cut > 0 ? name.substring(0, cut) : name;
  }

  private static int rank(String[] row) {
    return row.length > 3 && !row[3].isBlank() ? Math.min(2, Integer.parseInt(row[3].trim())) : 2;
  }

  private static void addReading(Map<String, List<String>> readings, String word, String pinyin) {
    List<String> syl = Arrays.asList(pinyin.trim().split("\\s+"));
    if (word.length() == syl.size() && word.codePoints().count() == word.length()) {
      readings.put(word, syl);
    }
  }

  private static List<String> split(String cell) {
    List<String> out = new ArrayList<>();
    for (String s : cell.split("\\|")) {
      if (!s.isBlank()) {
        out.add(s.trim());
      }
    }
    return out;
  }

  /** The parser. */
  public NameParser parser() {
    return parser;
  }

  // A screen matches each record against every list in turn: names parsed lately are kept, a
  // slot each by their hash, so that a record is parsed once, not once per list, whichever
  // thread (platform or virtual) screens it. A slot holds one name; a newer one replaces it.
  private static final int RECENT = 4096;
  private final AtomicReferenceArray<ParsedName> recent = new AtomicReferenceArray<>(RECENT);

  /** Parses a name, reusing a recent parse of the same name. */
  public ParsedName parseRecent(String name) {
    int slot = (name.hashCode() * 0x9E3779B9 >>> 20) & (RECENT - 1);
    ParsedName hit = recent.get(slot);
    if (hit != null && hit.original().equals(name)) {
      return hit;
    }
    ParsedName p = parser.parse(name);
    recent.set(slot, p);
    return p;
  }

  /** The scorer. */
  public NameScorer scorer() {
    return scorer;
  }

  /** The background corpus: term keys of ordinary company names. */
  public List<Set<String>> background() {
    return background;
  }

  /** The version of the dictionaries. */
  public String version() {
    return version;
  }
}
