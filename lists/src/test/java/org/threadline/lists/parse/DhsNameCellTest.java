package org.threadline.lists.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DhsNameCellTest {
  @Test
  void keepsAPlainNameAsWritten() {
    DhsNameCell c = DhsNameCell.parse("  Xinjiang Zhongtai Chemical Co.,  Ltd. ");
    assertThat(c.name()).isEqualTo("Xinjiang Zhongtai Chemical Co., Ltd.");
    assertThat(c.aliases()).isEmpty();
    assertThat(c.includesSubsidiaries()).isFalse();
  }

  @Test
  void keepsParenthesesThatAreNotAliases() {
    DhsNameCell c = DhsNameCell.parse("Kashgar Construction Engineering (Group) Co., Ltd.");
    assertThat(c.name()).isEqualTo("Kashgar Construction Engineering (Group) Co., Ltd.");
    assertThat(c.aliases()).isEmpty();
  }

  @Test
  void readsAliasesThatThemselvesHoldParentheses() {
    DhsNameCell c = DhsNameCell.parse(
        "Hoshine Silicon Industry Co., Ltd. (also known as Hoshine Silicon Industry (Shanshan) Co., Ltd.; and Hesheng)");
    assertThat(c.name()).isEqualTo("Hoshine Silicon Industry Co., Ltd.");
    assertThat(c.aliases()).containsExactly("Hoshine Silicon Industry (Shanshan) Co., Ltd.", "Hesheng");
  }

  @Test
  void readsOneAliasWording() {
    DhsNameCell c = DhsNameCell.parse("Henan Yumian Logistics Co., Ltd. (and one alias: 841 Cotton Transfer Warehouse)");
    assertThat(c.name()).isEqualTo("Henan Yumian Logistics Co., Ltd.");
    assertThat(c.aliases()).containsExactly("841 Cotton Transfer Warehouse");
  }

  @Test
  void readsSubsidiariesWordingWithoutNamingAny() {
    DhsNameCell c = DhsNameCell.parse("Huafu Fashion Co., Ltd. and subsidiaries");
    assertThat(c.name()).isEqualTo("Huafu Fashion Co., Ltd.");
    assertThat(c.includesSubsidiaries()).isTrue();
    assertThat(c.relation()).isEqualTo("and subsidiaries");
    assertThat(c.namedSubsidiaries()).isEmpty();
  }
}
