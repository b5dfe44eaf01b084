package org.threadline.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableReaderTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return new TestFiles(dir).write(name, text);
  }

  @Test
  void readsCsvRowsKeyedByTheFilesOwnHeaderInFileOrder() throws IOException {
    Path file = write("s.csv", "Supplier Name,City,Notes\n\"Acme, Ltd\",Urumqi,\"two\nlines\"\nBeta,,x\n");
    try (TableSource source = TableReader.open(file, InputOptions.defaults())) {
      assertThat(source.header()).containsExactly("Supplier Name", "City", "Notes");
      TableRow first = source.next();
      assertThat(first.row()).isEqualTo(1);
      assertThat(first.cells()).containsExactly(
          java.util.Map.entry("Supplier Name", "Acme, Ltd"),
          java.util.Map.entry("City", "Urumqi"),
          java.util.Map.entry("Notes", "two\nlines"));
      assertThat(source.next().row()).isEqualTo(2);
      assertThat(source.hasNext()).isFalse();
    }
  }

  @Test
  void readsTsvAndSemicolonSeparatedFiles() throws IOException {
    assertThat(TestFiles.readAll(write("s.tsv", "name\tcity\nA, B\tKashgar\n"), InputOptions.defaults()))
        .singleElement().satisfies(r -> assertThat(r.get("name")).isEqualTo("A, B"));
    assertThat(TestFiles.readAll(write("s.csv", "name;city\nA, B;Kashgar\n"), InputOptions.defaults()))
        .singleElement().satisfies(r -> assertThat(r.get("city")).isEqualTo("Kashgar"));
    assertThat(TestFiles.readAll(write("s.txt", "name\tcity\nA\tKashgar\n"), InputOptions.defaults()))
        .singleElement().satisfies(r -> assertThat(r.get("city")).isEqualTo("Kashgar"));
  }

  @Test
  void readsJsonArrayOfObjectsKeepingArraysAsJsonText() throws IOException {
    Path file = write("s.json", "[{\"name\": \"Acme\", \"aliases\": [\"A\", \"B;C\"], \"n\": 12.50},"
        + " {\"name\": \"Beta\", \"extra\": null, \"late\": true}]");
    try (TableSource source = TableReader.open(file, InputOptions.defaults())) {
      assertThat(source.header()).containsExactly("name", "aliases", "n");
      TableRow first = source.next();
      assertThat(first.get("aliases")).isEqualTo("[\"A\",\"B;C\"]");
      assertThat(first.get("n")).isEqualTo("12.50");
      TableRow second = source.next();
      assertThat(second.row()).isEqualTo(2);
      assertThat(second.get("late")).isEqualTo("true");
      assertThat(source.header()).containsExactly("name", "aliases", "n", "extra", "late");
    }
  }

  @Test
  void readsJsonLinesSkippingBlankLines() throws IOException {
    for (String name : List.of("s.jsonl", "s.ndjson", "s.json")) {
      Path file = write(name, "{\"name\": \"Acme\"}\n\n{\"name\": \"Beta\", \"city\": \"Hotan\"}\n");
      List<TableRow> rows = TestFiles.readAll(file, InputOptions.defaults());
      assertThat(rows).extracting(TableRow::row).containsExactly(1L, 2L);
      assertThat(rows.get(1).get("city")).isEqualTo("Hotan");
    }
  }

  @Test
  void headerOnlyGivesAnEmptySource() throws IOException {
    try (TableSource source = TableReader.open(write("s.csv", "name,address\n"),
        InputOptions.defaults())) {
      assertThat(source.header()).containsExactly("name", "address");
      assertThat(source.hasNext()).isFalse();
    }
    assertThat(TestFiles.readAll(write("e.json", "[]"), InputOptions.defaults())).isEmpty();
  }

  @Test
  void blankAndRepeatedHeaderCellsGetDistinctNames() throws IOException {
    try (TableSource source = TableReader.open(write("s.csv", "name,,notes,notes\na,b,c,d\n"),
        InputOptions.defaults())) {
      assertThat(source.header()).containsExactly("name", "column 2", "notes", "notes (2)");
      assertThat(source.next().get("notes (2)")).isEqualTo("d");
    }
  }

  @Test
  void shortRowsAreFilledAndTrailingEmptyValuesAccepted() throws IOException {
    List<TableRow> rows = TestFiles.readAll(write("s.csv", "name,city\nA\nB,Aksu,,\n"), InputOptions.defaults());
    assertThat(rows).extracting(r -> r.get("city")).containsExactly("", "Aksu");
  }

  @Test
  void leadingBlankRowsAndTrailingBlankHeaderCellsAreDropped() throws IOException {
    try (TableSource source = TableReader.open(write("s.csv", ",,,\nname,city,,\nA,Aksu,,\n"),
        InputOptions.defaults())) {
      assertThat(source.header()).containsExactly("name", "city");
      assertThat(source.next().cells()).containsOnlyKeys("name", "city");
    }
  }

  @Test
  void saysHowMuchOfTheFileItHasRead() throws IOException {
    StringBuilder text = new StringBuilder("name,city\n");
    for (int i = 0; i < 20_000; i++) {
      text.append("Supplier ").append(i).append(",Aksu\n");
    }
    try (TableSource source = TableReader.open(write("big.csv", text.toString()),
        InputOptions.defaults())) {
      source.next();
      assertThat(source.fractionRead()).isBetween(0.0, 0.9);
      source.forEachRemaining(row -> { });
      assertThat(source.fractionRead()).isEqualTo(1.0);
    }
  }
}
