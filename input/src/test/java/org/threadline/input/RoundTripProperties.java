package org.threadline.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Whatever a table holds, writing it as CSV, TSV or JSON Lines and reading it back gives it back. */
class RoundTripProperties {
  private static Path dir;

  @BeforeContainer
  static void makeDir() throws IOException {
    dir = Files.createTempDirectory("threadline-roundtrip");
  }

  @AfterContainer
  static void removeDir() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.delete(file);
      }
    }
    Files.delete(dir);
  }

  /** A table: a header of distinct names, then rows of exactly that many values. */
  record Table(List<String> header, List<List<String>> rows) {
    /** The rows a reader gives back: all but the wholly blank ones, which readers drop. */
    List<List<String>> expectedRows() {
      return rows.stream()
          .filter(row -> row.stream().anyMatch(value -> !value.isBlank()))
          .collect(Collectors.toList());
    }
  }

  @Provide
  Arbitrary<Table> tables() {
    Arbitrary<String> fragment = Arbitraries.oneOf(
        Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(8),
        Arbitraries.of(",", "\"", "\"\"", "\n", "\r\n", "\r", "\t", ";", " ", "'", "\\"),
        Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(1).ofMaxLength(6),
        Arbitraries.of("😀", "🏭", "𠀀", "é", "ß", "新疆", "Ürümqi", "\u3000"));
    Arbitrary<String> value = fragment.list().ofMaxSize(5).map(parts -> String.join("", parts));
    return Arbitraries.integers().between(1, 4).flatMap(width -> {
      List<String> header = new ArrayList<>();
      for (int i = 1; i <= width; i++) {
        header.add("col" + i);
      }
      Arbitrary<List<List<String>>> rows = value.list().ofSize(width).list().ofMaxSize(8);
      return Combinators.combine(Arbitraries.just(header), rows).as(Table::new);
    });
  }

  private static List<List<String>> readBack(Path file, Table table) {
    List<List<String>> rows = new ArrayList<>();
    try (TableSource source = TableReader.open(file, InputOptions.defaults())) {
      assertThat(source.header()).isEqualTo(table.header());
      while (source.hasNext()) {
        TableRow row = source.next();
        rows.add(table.header().stream().map(row::get).collect(Collectors.toList()));
      }
    }
    return rows;
  }

  private static String delimited(Table table, char delimiter) {
    StringBuilder text = new StringBuilder();
    List<List<String>> all = new ArrayList<>();
    all.add(table.header());
    all.addAll(table.rows());
    for (List<String> row : all) {
      text.append(row.stream()
          .map(value -> '"' + value.replace("\"", "\"\"") + '"')
          .collect(Collectors.joining(String.valueOf(delimiter))));
      text.append("\r\n");
    }
    return text.toString();
  }

  @Property(tries = 150)
  void csvRoundTrips(@ForAll("tables") Table table) throws IOException {
    Path file = new TestFiles(dir).write("t.csv", delimited(table, ','));
    assertThat(readBack(file, table)).isEqualTo(table.expectedRows());
  }

  @Property(tries = 150)
  void tsvRoundTrips(@ForAll("tables") Table table) throws IOException {
    Path file = new TestFiles(dir).write("t.tsv", delimited(table, '\t'));
    assertThat(readBack(file, table)).isEqualTo(table.expectedRows());
  }

  @Property(tries = 150)
  void jsonLinesRoundTrips(@ForAll("tables") Table table) throws IOException {
    StringWriter text = new StringWriter();
    JsonFactory factory = new JsonFactory();
    for (List<String> row : table.rows()) {
      try (JsonGenerator out = factory.createGenerator(text)) {
        out.writeStartObject();
        for (int i = 0; i < row.size(); i++) {
          out.writeStringField(table.header().get(i), row.get(i));
        }
        out.writeEndObject();
      }
      text.write('\n');
    }
    if (table.rows().isEmpty()) {
      return;
    }
    Path file = new TestFiles(dir).write("t.jsonl", text.toString());
    List<List<String>> expected = table.expectedRows();
    if (expected.isEmpty()) {
      assertThat(TestFiles.readAll(file, InputOptions.defaults())).isEmpty();
      return;
    }
    assertThat(readBack(file, table)).isEqualTo(expected);
  }
}
