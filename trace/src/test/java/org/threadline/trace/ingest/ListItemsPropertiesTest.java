package org.threadline.trace.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.threadline.core.testing.Generators.anyText;

import java.util.List;
import org.junit.jupiter.api.Test;

class ListItemsPropertiesTest {
  @Test
  void splitsOnSemicolonsBarsAndCommasAndDropsBlanks() {
    assertThat(ChainReader.listItems(" invoice ; packing_list|bill_of_lading,, ;"))
        .containsExactly("invoice", "packing_list", "bill_of_lading");
    assertThat(ChainReader.listItems("   ")).isEmpty();
  }

  @Test
  void agreesWithARegularExpressionSplit() {
    qt().forAll(anyText()).checkAssert(text -> {
      List<String> expected = java.util.Arrays.stream(text.split("[;|,]", -1))
          .map(String::strip).filter(s -> !s.isEmpty()).toList();
      assertThat(ChainReader.listItems(text)).isEqualTo(expected);
    });
  }
}
