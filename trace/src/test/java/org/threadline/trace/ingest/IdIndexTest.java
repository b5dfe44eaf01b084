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
  void findsWhatWasPutAndNothingElseAcrossGrowth() {
    IdIndex index = new IdIndex(1);
    for (int i = 0; i < 10_000; i++) {
      assertThat(index.putIfAbsent("F" + i, i)).isEqualTo(-1);
    }
    assertThat(index.size()).isEqualTo(10_000);
    assertThat(index.get("F0")).isZero();
    assertThat(index.get("F9999")).isEqualTo(9999);
    assertThat(index.get("F10000")).isEqualTo(-1);
    assertThat(index.putIfAbsent("F42", 7)).isEqualTo(42);
    assertThat(index.get("F42")).isEqualTo(42);
  }

  @Property
  void agreesWithAHashMap(@ForAll List<String> ids) {
    IdIndex index = new IdIndex(4);
    Map<String, Integer> expected = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      Integer before = expected.putIfAbsent(ids.get(i), i);
      assertThat(index.putIfAbsent(ids.get(i), i)).isEqualTo(before == null ? -1 : before);
    }
    for (String id : ids) {
      assertThat(index.get(id)).isEqualTo(expected.get(id));
      assertThat(index.get(id + "\u0000")).isEqualTo(expected.getOrDefault(id + "\u0000", -1));
    }
    assertThat(index.size()).isEqualTo(expected.size());
  }
}
