package org.threadline.media.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.threadline.core.testing.Generators.lists;
import static org.threadline.core.testing.Generators.range;
import static org.threadline.core.testing.Generators.strings;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threadline.media.text.CharFolding;

class PhraseAutomatonPropertiesTest {

  @Test
  void findsExactlyWhatANaiveSearchFinds() {
    qt().withExamples(200).forAll(lists(strings("ab ", 1, 4), 1, 8), strings("ab nd", 0, 60))
        .checkAssert((phrases, text) -> {
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
        });
  }

  @Test
  void foldingIsIdempotent() {
    qt().withExamples(200).forAll(strings(range('a', 'z') + range('A', 'Z'), 0, 40)).checkAssert(s -> {
      String once = CharFolding.foldString(s);
      assertThat(CharFolding.foldString(once)).isEqualTo(once);
    });
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
