package org.threadline.core.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The candidate index over a list of 3,000 company names written as lists write them (place,
 * trade name in pinyin, industry, legal form), many sharing a place, a trade name or an
 * industry: a listed name always has itself among its candidates, and a listed name with a
 * typing error in its trade name has the listed name among them whenever scoring the two names
 * reaches the default threshold (what scoring every name of the list would find, the index finds).
 */
class CandidateIndexPropertiesTest {
  private static final MatchingModel MODEL = BundledDictionaryFiles.model();
  private static final List<String> PLACES = List.of("Shanshan", "Hotan", "Aksu", "Kashgar", "Turpan",
      "Korla", "Shihezi", "Changji", "Zhuhai", "Jiangyin", "Wuxi", "Yiwu", "Shaoxing", "Ningbo",
      "Xiamen", "Qingdao", "Foshan", "Dongguan", "Wenzhou", "Suzhou");
  private static final List<String> SYLLABLES = List.of("hua", "tai", "xin", "sheng", "da", "yuan",
      "heng", "long", "xing", "an", "hong", "rui", "xiang", "feng", "fu", "bao", "jin", "ming",
      "guang", "hui", "ke", "tian", "zhong", "mei", "jia", "de", "hai", "li", "tong", "cheng");
  private static final List<String> INDUSTRIES = List.of("Textile", "Chemical", "New Energy",
      "Apparel", "Silicon Industry", "Trading", "Technology", "Food");
  private static final List<String> NAMES = names(3000);
  private static final List<ParsedName> PARSED = NAMES.stream().map(MODEL.parser()::parse).toList();
  private static final CandidateIndex INDEX = new CandidateIndex(PARSED);
  private static final TermWeights WEIGHTS = weights();

  private static TermWeights weights() {
    List<Set<String>> docs = new ArrayList<>();
    for (ParsedName p : PARSED) {
      Set<String> keys = new java.util.HashSet<>();
      p.terms().forEach(t -> keys.add(t.key()));
      docs.add(keys);
    }
    docs.addAll(MODEL.background());
    return new TermWeights(docs);
  }

  // The typing error's candidates include the listed name whenever the two names match.
  private static void foundIfItMatches(String query, int id) {
    ParsedName q = MODEL.parser().parse(query);
    double score = MODEL.scorer().compare(q, PARSED.get(id), false, WEIGHTS).score();
    if (score >= 0.7) {
      assertThat(INDEX.candidates(q, StructuredNameMatcher.DEFAULT_CANDIDATES))
          .as("%s for %s (%.3f)", query, NAMES.get(id), score).contains(id);
    }
  }

  private static List<String> names(int n) {
    Random random = new Random(20261125L);
    Set<String> out = new LinkedHashSet<>();
    while (out.size() < n) {
      String trade = SYLLABLES.get(random.nextInt(SYLLABLES.size()))
          + SYLLABLES.get(random.nextInt(SYLLABLES.size()));
      out.add(PLACES.get(random.nextInt(PLACES.size())) + " "
          + Character.toUpperCase(trade.charAt(0)) + trade.substring(1) + " "
          + INDUSTRIES.get(random.nextInt(INDUSTRIES.size())) + " Co., Ltd.");
    }
    return new ArrayList<>(out);
  }

  private static final Gen<Integer> LISTED = integers().between(0, NAMES.size() - 1);
  private static final Gen<Integer> POSITIONS = integers().between(0, 40);

  @Test
  void aListedNameHasItselfAmongItsCandidates() {
    qt().withExamples(500).forAll(LISTED).checkAssert(id ->
        assertThat(INDEX.candidates(MODEL.parser().parse(NAMES.get(id)), StructuredNameMatcher.DEFAULT_CANDIDATES))
            .contains(id));
  }

  @Test
  void aListedNameWithALetterOfItsTradeNameDroppedFindsTheListedNameWhenTheyMatch() {
    qt().withExamples(1000).forAll(LISTED, POSITIONS).checkAssert((id, at) -> {
      String[] words = NAMES.get(id).split(" ");
      String trade = words[1];
      if (trade.length() < 5) {
        return;
      }
      int i = 1 + at % (trade.length() - 1); // not the capital: the place reading stays the same
      words[1] = trade.substring(0, i) + trade.substring(i + 1);
      foundIfItMatches(String.join(" ", words), id);
    });
  }

  @Test
  void aListedNameWithALetterOfItsTradeNameChangedFindsTheListedNameWhenTheyMatch() {
    qt().withExamples(1000).forAll(LISTED, POSITIONS, POSITIONS).checkAssert((id, at, letter) -> {
      String[] words = NAMES.get(id).split(" ");
      String trade = words[1];
      if (trade.length() < 5) {
        return;
      }
      int i = 1 + at % (trade.length() - 1);
      char c = "aeioungh".charAt(letter % 8);
      words[1] = trade.substring(0, i) + c + trade.substring(i + 1);
      foundIfItMatches(String.join(" ", words), id);
    });
  }
}
