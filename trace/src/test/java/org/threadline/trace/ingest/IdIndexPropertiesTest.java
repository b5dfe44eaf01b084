package org.threadline.trace.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.threadline.core.testing.Generators.anyText;
import static org.threadline.core.testing.Generators.lists;
import static org.threadline.core.testing.Generators.strings;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdIndexPropertiesTest {
  @Test
  void findsWhatWasAddedAtItsPositionAndNothingElseAcrossGrowth() {
    IdIndex index = new IdIndex(1);
    for (int i = 0; i < 10_000; i++) {
      assertThat(index.add("F" + i)).isEqualTo(-1);
    }
    assertThat(index.size()).isEqualTo(10_000);
    assertThat(index.get("F0")).isZero();
    assertThat(index.get("F9999")).isEqualTo(9999);
    assertThat(index.get("F10000")).isEqualTo(-1);
    assertThat(index.add("F42")).isEqualTo(42);
    assertThat(index.size()).isEqualTo(10_000);
  }

  /** Lists of up to 255 ids; short ids from two letters make repeats common. */
  @Test
  void agreesWithAHashMap() {
    qt().forAll(lists(anyText().mix(strings("ab", 0, 2), 30), 0, 255)).checkAssert(IdIndexPropertiesTest::checkAgainstAHashMap);
  }

  private static void checkAgainstAHashMap(List<String> ids) {
    IdIndex index = new IdIndex(4);
    Map<String, Integer> expected = new HashMap<>();
    for (String id : ids) {
      Integer before = expected.putIfAbsent(id, expected.size());
      assertThat(index.add(id)).isEqualTo(before == null ? -1 : before);
    }
    for (String id : ids) {
      assertThat(index.get(id)).isEqualTo(expected.get(id));
      assertThat(index.get(id + "\u0000")).isEqualTo(expected.getOrDefault(id + "\u0000", -1));
    }
    assertThat(index.size()).isEqualTo(expected.size());
  }
}
