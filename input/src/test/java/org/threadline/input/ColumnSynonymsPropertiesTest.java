package org.threadline.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.threadline.core.testing.Generators.anyText;
import static org.threadline.core.testing.Generators.strings;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ColumnSynonymsPropertiesTest {
  /** Text made of what headers hold: case, digits, separators, full width, marks, a BOM. */
  private static final String HEADER_CHARS = "aAzZ09_-./:() \t\u00A0\u3000\uFEFF\u0301\u00DF\u0130ＡＢ１①㎏¼新疆İ#";

  @Test
  void normalisationIsIdempotent() {
    qt().withExamples(2000).forAll(anyText()).checkAssert(ColumnSynonymsPropertiesTest::isIdempotent);
  }

  @Test
  void normalisationIsIdempotentOnHeaderLikeText() {
    qt().withExamples(2000).forAll(strings(HEADER_CHARS, 0, 12)).checkAssert(ColumnSynonymsPropertiesTest::isIdempotent);
  }

  private static void isIdempotent(String header) {
    String once = ColumnSynonyms.normalise(header);
    assertThat(ColumnSynonyms.normalise(once)).isEqualTo(once);
  }

  /** Every column, each synonym: fewer cases than tries, so all of them. */
  @Test
  void everySynonymMatchesWhateverItsCaseAndSeparators() {
    for (String column : ColumnSynonyms.COLUMNS) {
      for (String synonym : ColumnSynonyms.synonymsOf(column)) {
        String shouted = "  " + synonym.toUpperCase(Locale.ROOT).replace(' ', '_') + " ";
        assertThat(ColumnSynonyms.columnFor(shouted)).as(shouted).contains(column);
      }
    }
  }
}
