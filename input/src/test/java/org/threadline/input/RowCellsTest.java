package org.threadline.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RowCellsTest {
  private final RowCells.Header header = new RowCells.Header(List.of("id", "name", "city"));

  @Test
  void readsLikeTheLinkedMapItReplacesInHeaderOrder() {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("id", "P1");
    expected.put("name", "Acme");
    expected.put("city", "");
    RowCells cells = header.row(new String[] {"P1", "Acme", ""});
    assertThat(cells).isEqualTo(expected);
    assertThat(expected).isEqualTo(cells);
    assertThat(cells.hashCode()).isEqualTo(expected.hashCode());
    assertThat(cells.keySet()).containsExactly("id", "name", "city");
    assertThat(cells.values()).containsExactly("P1", "Acme", "");
    assertThat(cells.get("name")).isEqualTo("Acme");
    assertThat(cells.get("country")).isNull();
    assertThat(cells.getOrDefault("country", "-")).isEqualTo("-");
    assertThat(cells.containsKey("city")).isTrue();
    assertThat(cells.toString()).isEqualTo(expected.toString());
  }

  @Test
  void cannotBeChangedAndTableRowKeepsItAsItIs() {
    RowCells cells = header.row(new String[] {"P1", "Acme", "Paris"});
    assertThatThrownBy(() -> cells.put("id", "P2"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> cells.entrySet().iterator().next().setValue("x"))
        .isInstanceOf(UnsupportedOperationException.class);
    TableRow row = new TableRow("parties.csv", 1, cells);
    assertThat(row.cells()).isSameAs(cells);
    assertThat(row.get("city")).isEqualTo("Paris");
    assertThat(row.get("country")).isEmpty();
  }
}
