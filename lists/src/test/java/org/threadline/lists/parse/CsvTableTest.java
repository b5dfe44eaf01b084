package org.threadline.lists.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.threadline.core.BadInputException;

class CsvTableTest {
  private static CsvTable read(String csv) {
    return CsvTable.read(new StringReader(csv), "t.csv");
  }

  @Test
  void foldsHeadersSoSpellingsOfAColumnAgree() {
    CsvTable t = read("\uFEFFEffective Date,WRO/Finding\n2021-06-24,WRO\n");
    assertThat(t.header()).containsExactly("Effective Date", "WRO/Finding");
    assertThat(t.rows().get(0).get("effective_date")).isEqualTo("2021-06-24");
    assertThat(t.rows().get(0).get("wro finding")).isEqualTo("WRO");
    assertThat(t.has("EFFECTIVE-DATE")).isTrue();
  }

  @Test
  void namesTheRowWithTooManyCells() {
    assertThatThrownBy(() -> read("a,b\n1,2\n1,2,3\n")).isInstanceOf(BadInputException.class)
        .hasMessage("t.csv, row 2: 3 values but the header has 2 columns (is a value with a comma"
            + " missing its quotes?)");
  }

  @Test
  void toleratesTrailingEmptyCellsAndShortRows() {
    CsvTable t = read("a,b\n1,2,,\n3\n");
    assertThat(t.rows()).hasSize(2);
    assertThat(t.rows().get(1).get("b")).isEmpty();
  }

  @Test
  void readsAQuotedValueAfterASpaceAndASemicolonSeparatedFile() {
    CsvTable t = read("id, name, aliases\nU-1, \"Acme Tiles, Ltd.\", Acme\n");
    assertThat(t.rows().get(0).get("name")).isEqualTo("Acme Tiles, Ltd.");
    assertThat(read("id;name\nU-1;Acme Tiles, Ltd.\n").rows().get(0).get("name"))
        .isEqualTo("Acme Tiles, Ltd.");
  }

  @Test
  void reportsAnUnclosedQuoteAndAnEmptyFile() {
    assertThatThrownBy(() -> read("a,b\n1,\"2\n")).isInstanceOf(BadInputException.class)
        .hasMessage("t.csv, row 1: unclosed quote: the quoted value that starts on line 2 never"
            + " ends");
    assertThatThrownBy(() -> read("")).isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("t.csv: the file is empty");
  }
}
