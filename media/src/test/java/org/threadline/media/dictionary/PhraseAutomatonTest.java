package org.threadline.media.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.threadline.media.text.CharFolding;

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

  @Property(tries = 200)
  void findsExactlyWhatANaiveSearchFinds(
      @ForAll @Size(min = 1, max = 8) List<@StringLength(min = 1, max = 4) @Chars({'a', 'b', ' '}) String> phrases,
      @ForAll @StringLength(max = 60) @Chars({'a', 'b', ' ', 'n', 'd'}) String text) {
    PhraseAutomaton.Builder<String> b = PhraseAutomaton.builder();
    List<String> folded = new ArrayList<>();
    for (String p : phrases) {
      if (b.add(p, p)) {
        folded.add(CharFolding.foldString(p));
      }
    }
    var automaton = b.build();
    int expected = naiveCount(CharFolding.foldString(text), folded);
    assertThat(automaton.findAll(text)).hasSize(expected);
  }

  @Property(tries = 200)
  void foldingIsIdempotent(@ForAll @AlphaChars @StringLength(max = 40) String s) {
    String once = CharFolding.foldString(s);
    assertThat(CharFolding.foldString(once)).isEqualTo(once);
  }

  /** Occurrences of each phrase on word boundaries of the folded text. */
  private static int naiveCount(String text, List<String> phrases) {
    int count = 0;
    for (String p : phrases) {
      for (int i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) {
        boolean left = i == 0 || text.charAt(i - 1) == ' ';
        int end = i + p.length();
        boolean right = end == text.length() || text.charAt(end) == ' ';
        if (left && right) {
          count++;
        }
      }
    }
    return count;
  }
}
