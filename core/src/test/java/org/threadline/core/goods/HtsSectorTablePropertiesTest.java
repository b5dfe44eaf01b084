package org.threadline.core.goods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.threadline.core.testing.Generators.lists;
import static org.threadline.core.testing.Generators.range;
import static org.threadline.core.testing.Generators.strings;

import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class HtsSectorTablePropertiesTest {
  private static final HtsSectorTable TABLE = HtsSectorTableTest.bundled();

  @Test
  void dotsAndSpacesDoNotChangeTheSector() {
    qt().forAll(strings(range('0', '9'), 2, 10), lists(SourceDSL.arbitrary().pick("", "", ".", " ", "-"), 0, 10))
        .checkAssert((digits, seps) -> {
          StringBuilder written = new StringBuilder();
          for (int i = 0; i < digits.length(); i++) {
            written.append(digits.charAt(i));
            if (i < seps.size()) {
              written.append(seps.get(i));
            }
          }
          assertThat(TABLE.sectorOf(written.toString())).isEqualTo(TABLE.sectorOf(digits));
        });
  }
}
