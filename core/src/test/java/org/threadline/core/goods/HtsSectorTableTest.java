package org.threadline.core.goods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtsSectorTableTest {
  /** The bundled table, read the simple way: the note is the last column, quoted when it has commas. */
  static HtsSectorTable bundled() {
    try {
      List<HtsSector> rows = new ArrayList<>();
      List<String> lines = Files.readAllLines(Path.of("../data/goods/uflpa_sectors_hts.csv"));
      for (String line : lines.subList(1, lines.size())) {
        String[] f = line.split(",", 4);
        rows.add(new HtsSector(f[0], f[1], f[2], f[3].replaceAll("^\"|\"$", "")));
      }
      return new HtsSectorTable(rows, "test");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static final HtsSectorTable TABLE = bundled();

  private static String sectorOf(String hts) {
    return TABLE.sectorOf(hts).map(HtsSector::sector).orElse(null);
  }

  @Test
  void findsTheSectorOfEveryDomainTableHeading() {
    assertThat(sectorOf("6109.10.0012")).isEqualTo("apparel");
    assertThat(sectorOf("6302.21")).isEqualTo("apparel");
    assertThat(sectorOf("5205.11.1000")).isEqualTo("cotton and cotton products");
    assertThat(sectorOf("5204.11")).isNull();
    assertThat(sectorOf("2804.61.0000")).isEqualTo("silica-based products");
    assertThat(sectorOf("8541.43.0010")).isEqualTo("silica-based products");
    assertThat(sectorOf("8541.41")).isNull();
    assertThat(sectorOf("2002.90")).isEqualTo("tomatoes and downstream products");
    assertThat(sectorOf("7604.10")).isEqualTo("aluminum");
    assertThat(sectorOf("3904.10.0000")).isEqualTo("PVC");
    assertThat(sectorOf("3904.30")).isNull();
    assertThat(sectorOf("0306.17")).isEqualTo("seafood");
    assertThat(sectorOf("7318.15")).isEqualTo("steel");
    assertThat(sectorOf("7408.11")).isEqualTo("copper");
    assertThat(sectorOf("8507.60.0020")).isEqualTo("lithium");
    assertThat(sectorOf("2815.12")).isEqualTo("caustic soda");
    assertThat(sectorOf("0813.40")).isEqualTo("red dates");
  }

  @Test
  void prefersTheLongestPrefix() {
    assertThat(sectorOf("7202.21.1000")).isEqualTo("silica-based products");
    assertThat(sectorOf("7202.11")).isEqualTo("steel");
  }

  @Test
  void readsNothingFromTextThatIsNotACode() {
    assertThat(sectorOf("n/a")).isNull();
    assertThat(sectorOf("")).isNull();
    assertThat(sectorOf(null)).isNull();
    assertThat(sectorOf("6")).isNull();
  }

  @Test
  void refusesAPrefixThatIsNotDigits() {
    assertThatThrownBy(() -> new HtsSector("x", "2022", "52.05", "n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("52.05");
  }
}
