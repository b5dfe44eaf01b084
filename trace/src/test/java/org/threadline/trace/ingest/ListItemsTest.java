package org.threadline.trace.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ListItemsTest {
  @Test
  void splitsOnSemicolonsBarsAndCommasAndDropsBlanks() {
    assertThat(ChainReader.listItems(" invoice ; packing_list|bill_of_lading,, ;"))
        .containsExactly("invoice", "packing_list", "bill_of_lading");
    assertThat(ChainReader.listItems("   ")).isEmpty();
  }

  @Property
  void agreesWithARegularExpressionSplit(@ForAll String text) {
    List<String> expected = java.util.Arrays.stream(text.split("[;|,]", -1))
        .map(String::strip).filter(s -> !s.isEmpty()).toList();
    assertThat(ChainReader.listItems(text)).isEqualTo(expected);
  }
}
