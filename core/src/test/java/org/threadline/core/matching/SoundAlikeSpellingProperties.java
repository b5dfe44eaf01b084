package org.threadline.core.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The optimised {@link SoundAlikeSpelling} (pieces as ranges, tables grown a row at a time,
 * states and distances pruned below the floor) gives exactly what the straightforward
 * {@link ReferenceSpelling} gives whenever that reaches the floor, and stays below the floor
 * otherwise.
 */
class SoundAlikeSpellingProperties {
  private static final List<String> SYLLABLES = List.of("da", "quan", "he", "sheng", "hao", "lin",
      "zhong", "tai", "jing", "ao", "xin", "jiang", "hua", "fu", "tian", "shan", "mei", "rui",
      "feng", "bao", "long", "chang", "an", "yi", "wu", "ge", "ke", "qi", "tong", "e");
  private static final double[] FLOORS = {0.0, 0.3, 0.5714285714285714, 0.8};

  private final SoundAlikeSpelling fast = new SoundAlikeSpelling();
  private final ReferenceSpelling reference = new ReferenceSpelling();

  @Provide
  Arbitrary<String> spellings() {
    // letters weighted towards those romanisations use, so that pieces often align
    return Arbitraries.strings().withChars("aeiouhngszhcqjxdtkgbplmrwy").ofMinLength(1).ofMaxLength(14);
  }

  @Provide
  Arbitrary<List<String>> syllables() {
    return Arbitraries.of(SYLLABLES).list().ofMinSize(1).ofMaxSize(4);
  }

  @Provide
  Arbitrary<Integer> floors() {
    return Arbitraries.integers().between(0, FLOORS.length - 1);
  }

  @Property(tries = 3000)
  void romanisationAgainstPinyinAgreesWithTheReference(@ForAll("spellings") String spelling,
      @ForAll("syllables") List<String> pinyin, @ForAll("floors") int f) {
    agree(spelling, null, String.join("", pinyin), pinyin, FLOORS[f]);
    agree(String.join("", pinyin), pinyin, spelling, null, FLOORS[f]);
  }

  @Property(tries = 2000)
  void pinyinAgainstPinyinAgreesWithTheReference(@ForAll("syllables") List<String> a,
      @ForAll("syllables") List<String> b, @ForAll("floors") int f) {
    agree(String.join("", a), a, String.join("", b), b, FLOORS[f]);
  }

  @Property(tries = 2000)
  void spellingAgainstSpellingAgreesWithTheReference(@ForAll("spellings") String a,
      @ForAll("spellings") String b, @ForAll("floors") int f) {
    agree(a, null, b, null, FLOORS[f]);
  }

  @Property(tries = 2000)
  void aPieceAgainstASyllableAgreesWithTheReference(@ForAll("spellings") String piece,
      @ForAll("syllables") List<String> syllable) {
    String s = syllable.get(0);
    assertThat(SoundAlikeSpelling.syllableSimilarity(piece, s))
        .isEqualTo(ReferenceSpelling.syllableSimilarity(piece, s));
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
