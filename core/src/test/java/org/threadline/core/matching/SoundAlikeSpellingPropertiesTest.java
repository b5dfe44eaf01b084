package org.threadline.core.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.threadline.core.testing.Generators.lists;
import static org.threadline.core.testing.Generators.strings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The optimised {@link SoundAlikeSpelling} (pieces as ranges, tables grown a row at a time,
 * states and distances pruned below the floor) gives exactly what the straightforward
 * {@link ReferenceSpelling} gives whenever that reaches the floor, and stays below the floor
 * otherwise.
 */
class SoundAlikeSpellingPropertiesTest {
  private static final List<String> SYLLABLES = List.of("da", "quan", "he", "sheng", "hao", "lin",
      "zhong", "tai", "jing", "ao", "xin", "jiang", "hua", "fu", "tian", "shan", "mei", "rui",
      "feng", "bao", "long", "chang", "an", "yi", "wu", "ge", "ke", "qi", "tong", "e");
  private static final double[] FLOORS = {0.0, 0.3, 0.5714285714285714, 0.8};

  private final SoundAlikeSpelling fast = new SoundAlikeSpelling();
  private final ReferenceSpelling reference = new ReferenceSpelling();

  // letters weighted towards those romanisations use, so that pieces often align
  private static final Gen<String> SPELLINGS = strings("aeiouhngszhcqjxdtkgbplmrwy", 1, 14);
  private static final Gen<List<String>> PINYIN = lists(SourceDSL.arbitrary().pick(SYLLABLES), 1, 4);
  private static final Gen<Integer> FLOOR = integers().between(0, FLOORS.length - 1);

  @Test
  void romanisationAgainstPinyinAgreesWithTheReference() {
    qt().withExamples(3000).forAll(SPELLINGS, PINYIN, FLOOR).checkAssert((spelling, pinyin, f) -> {
      agree(spelling, null, String.join("", pinyin), pinyin, FLOORS[f]);
      agree(String.join("", pinyin), pinyin, spelling, null, FLOORS[f]);
    });
  }

  @Test
  void pinyinAgainstPinyinAgreesWithTheReference() {
    qt().withExamples(2000).forAll(PINYIN, PINYIN, FLOOR)
        .checkAssert((a, b, f) -> agree(String.join("", a), a, String.join("", b), b, FLOORS[f]));
  }

  @Test
  void spellingAgainstSpellingAgreesWithTheReference() {
    qt().withExamples(2000).forAll(SPELLINGS, SPELLINGS, FLOOR).checkAssert((a, b, f) -> agree(a, null, b, null, FLOORS[f]));
  }

  @Test
  void aPieceAgainstASyllableAgreesWithTheReference() {
    qt().withExamples(2000).forAll(SPELLINGS, PINYIN).checkAssert((piece, syllable) -> {
      String s = syllable.get(0);
      assertThat(SoundAlikeSpelling.syllableSimilarity(piece, s))
          .isEqualTo(ReferenceSpelling.syllableSimilarity(piece, s));
    });
  }

  private void agree(String a, List<String> aSyl, String b, List<String> bSyl, double floor) {
    double expected = reference.similarity(a, aSyl, b, bSyl, 0.0);
    double got = fast.similarity(a, aSyl, b, bSyl, floor);
    if (expected >= floor) {
      assertThat(got).as("%s %s ~ %s %s at floor %s", a, aSyl, b, bSyl, floor).isEqualTo(expected);
    } else {
      assertThat(got).as("%s %s ~ %s %s at floor %s", a, aSyl, b, bSyl, floor).isLessThan(floor);
    }
  }
}
