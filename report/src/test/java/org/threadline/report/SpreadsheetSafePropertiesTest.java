package org.threadline.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.threadline.core.testing.Generators.anyText;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class SpreadsheetSafePropertiesTest {
  /** Any text, and often one that starts with a character a spreadsheet reads as a formula. */
  private static final Gen<String> CELLS = anyText().mix(
      SourceDSL.arbitrary().pick("=", "+", "-", "@", "\t", "\r", "\0", "'", "'=").zip(anyText(), String::concat), 30);

  @Test
  void neverLeavesAFormulaCharacterFirst() {
    qt().forAll(CELLS).checkAssert(text -> {
      String safe = SpreadsheetSafe.neutralise(text);

      assertThat(safe.isEmpty() || "=+-@\t\r\0".indexOf(safe.charAt(0)) < 0).isTrue();
    });
  }

  @Test
  void isIdempotentAndOnlyEverAddsOneQuote() {
    qt().forAll(CELLS).checkAssert(text -> {
      String safe = SpreadsheetSafe.neutralise(text);

      assertThat(SpreadsheetSafe.neutralise(safe)).isEqualTo(safe);
      assertThat(safe.equals(text) || safe.equals("'" + text)).isTrue();
    });
  }
}
