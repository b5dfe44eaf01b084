package org.threadline.core.matching.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.threadline.core.testing.Generators.anyText;
import static org.threadline.core.testing.Generators.range;
import static org.threadline.core.testing.Generators.strings;

import org.junit.jupiter.api.Test;

class NameNormaliserPropertiesTest {
  private static final NameNormaliser NORMALISER = NameNormaliser.standard();

  @Test
  void normalisationIsIdempotent() {
    qt().forAll(anyText()).checkAssert(NameNormaliserPropertiesTest::isIdempotent);
  }

  @Test
  void normalisationIsIdempotentOnHanText() {
    qt().forAll(strings(range('\u4e00', '\u9fa5'), 0, 255)).checkAssert(NameNormaliserPropertiesTest::isIdempotent);
  }

  private static void isIdempotent(String name) {
    String once = NORMALISER.apply(name);
    assertThat(NORMALISER.apply(once)).isEqualTo(once);
  }
}
