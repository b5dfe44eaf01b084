package org.threadline.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetSafeTest {

  @Test
  void prefixesEveryFormulaStartWithAQuote() {
    assertThat(SpreadsheetSafe.neutralise("=SUM(A1)")).isEqualTo("'=SUM(A1)");
    assertThat(SpreadsheetSafe.neutralise("+86 991")).isEqualTo("'+86 991");
    assertThat(SpreadsheetSafe.neutralise("-1")).isEqualTo("'-1");
    assertThat(SpreadsheetSafe.neutralise("@home")).isEqualTo("'@home");
    assertThat(SpreadsheetSafe.neutralise("\t=1")).isEqualTo("'\t=1");
    assertThat(SpreadsheetSafe.neutralise("\r=1")).isEqualTo("'\r=1");
  }

  @Test
  void leavesOrdinaryTextAlone() {
    assertThat(SpreadsheetSafe.neutralise("合盛硅业")).isEqualTo("合盛硅业");
    assertThat(SpreadsheetSafe.neutralise("Acme = Best")).isEqualTo("Acme = Best");
    assertThat(SpreadsheetSafe.neutralise("")).isEmpty();
    assertThat(SpreadsheetSafe.neutralise(null)).isNull();
  }
}
