package org.threadline.media.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhraseAutomatonTest {

  private static PhraseAutomaton<String> of(String... phrases) {
    PhraseAutomaton.Builder<String> b = PhraseAutomaton.builder();
    for (String p : phrases) {
      b.add(p, p);
    }
    return b.build();
  }

  @Test
  void findsOverlappingPhrasesWithOriginalOffsets() {
    var a = of("forced labour", "state-imposed forced labour", "labour transfer");
    String text = "It is State-Imposed  Forced Labour transfer.";
    assertThat(a.findAll(text)).extracting(m -> text.substring(m.start(), m.end()))
        .containsExactlyInAnyOrder("State-Imposed  Forced Labour", "Forced Labour", "Labour transfer");
  }

  @Test
  void requiresWordBoundariesForLatinButNotForHan() {
    var a = of("aral", "新疆");
    assertThat(a.findAll("Caral coral, Aral's port")).extracting(PhraseAutomaton.Match::start).containsExactly(13);
    assertThat(a.findAll("在新疆的工厂")).extracting(PhraseAutomaton.Match::start).containsExactly(1);
  }

  @Test
  void treatsAndAndAmpersandAsTheSame() {
    var a = of("Xinjiang Junggar Cotton and Linen Co., Ltd.");
    assertThat(a.findAll("by Xinjiang Junggar Cotton & Linen Co Ltd, a")).hasSize(1);
    assertThat(a.findAll("by XINJIANG JUNGGAR COTTON AND LINEN CO. LTD.")).hasSize(1);
    assertThat(a.findAll("Xinjiang Junggar Cotton Andes Linen Co Ltd")).isEmpty();
  }

  @Test
  void foldsFullWidthAndAccents() {
    var a = of("Urumqi", "CBP");
    assertThat(a.findAll("Ürümqi and ＣＢＰ")).hasSize(2);
  }
}
