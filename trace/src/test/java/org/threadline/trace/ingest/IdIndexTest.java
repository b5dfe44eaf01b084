package org.threadline.trace.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class IdIndexTest {
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

  @Property
  void agreesWithAHashMap(@ForAll List<String> ids) {
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
