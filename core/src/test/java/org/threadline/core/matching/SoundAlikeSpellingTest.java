package org.threadline.core.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SoundAlikeSpellingTest {
  private final SoundAlikeSpelling spelling = new SoundAlikeSpelling();

  @Test
  void brandRomanisationsThatDriftFromPinyinStayClose() {
    assertThat(spelling.similarity("daqo", null, "daquan", List.of("da", "quan"))).isGreaterThan(0.7);
    assertThat(spelling.similarity("hoshine", null, "hesheng", List.of("he", "sheng"))).isGreaterThan(0.7);
    assertThat(spelling.similarity("hollin", null, "haolin", List.of("hao", "lin"))).isGreaterThan(0.8);
  }

  @Test
  void aDifferentInitialIsADifferentName() {
    assertThat(spelling.similarity("daqo", null, "dahua", List.of("da", "hua"))).isLessThan(0.6);
  }

  @Test
  void aDifferentSyllableIsADifferentName() {
    assertThat(spelling.similarity("zhongtai", List.of("zhong", "tai"), "zhongtian", List.of("zhong", "tian")))
        .isLessThan(0.8);
  }

  @Test
  void typingErrorsStayClose() {
    assertThat(spelling.similarity("esquel", null, "esqeul", null)).isGreaterThan(0.8);
  }

  @Test
  void acronymOfSyllablesCounts() {
    assertThat(spelling.similarity("ja", null, "jingao", List.of("jing", "ao"))).isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void aPieceEndingInsideTheLeadingConsonantsStillCountsAtAFloor() {
    // b|w against bao|yi aligns to 0.5975; the bound once took "bw" as the first initial and
    // cut the alignment off below a 0.57 floor (found by SoundAlikeSpellingProperties).
    assertThat(spelling.similarity("bw", null, "baoyi", List.of("bao", "yi"), 0.5714))
        .isEqualTo(spelling.similarity("bw", null, "baoyi", List.of("bao", "yi"), 0.0))
        .isGreaterThan(0.59);
  }
}
