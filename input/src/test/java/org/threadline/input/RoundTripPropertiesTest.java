package org.threadline.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.threadline.core.testing.Generators.lists;
import static org.threadline.core.testing.Generators.range;
import static org.threadline.core.testing.Generators.strings;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Whatever a table holds, writing it as CSV, TSV or JSON Lines and reading it back gives it back. */
class RoundTripPropertiesTest {
  @TempDir static Path dir;

  /** A table: a header of distinct names, then rows of exactly that many values. */
  record Table(List<String> header, List<List<String>> rows) {
    /** The rows a reader gives back: all but the wholly blank ones, which readers drop. */
    List<List<String>> expectedRows() {
      return rows.stream()
          .filter(row -> row.stream().anyMatch(value -> !value.isBlank()))
          .collect(Collectors.toList());
    }
  }

  private static final Gen<Table> TABLES = tables();

  private static Gen<Table> tables() {
    Gen<String> fragment = Generate.oneOf(
        strings(range(' ', '~'), 0, 8),
        arbitrary().pick(",", "\"", "\"\"", "\n", "\r\n", "\r", "\t", ";", " ", "'", "\\"),
        strings(range('\u4e00', '\u9fa5'), 1, 6),
        arbitrary().pick("😀", "🏭", "𠀀", "é", "ß", "新疆", "Ürümqi", "\u3000"));
    Gen<String> value = lists(fragment, 0, 5).map(parts -> String.join("", parts));
    return integers().between(1, 4).flatMap(width -> {
      List<String> header = new ArrayList<>();
      for (int i = 1; i <= width; i++) {
        header.add("col" + i);
      }
      return lists(lists(value, width, width), 0, 8).map(rows -> new Table(header, rows));
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

  @Test
  void csvRoundTrips() {
    qt().withExamples(150).forAll(TABLES).checkAssert(table -> delimitedRoundTrips(table, "t.csv", ','));
  }

  @Test
  void tsvRoundTrips() {
    qt().withExamples(150).forAll(TABLES).checkAssert(table -> delimitedRoundTrips(table, "t.tsv", '\t'));
  }

  private static void delimitedRoundTrips(Table table, String name, char delimiter) {
    Path file = write(name, delimited(table, delimiter));
    assertThat(readBack(file, table)).isEqualTo(table.expectedRows());
  }

  private static Path write(String name, String text) {
    try {
      return new TestFiles(dir).write(name, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void jsonLinesRoundTrips() {
    qt().withExamples(150).forAll(TABLES).checkAssert(RoundTripPropertiesTest::jsonLinesRoundTrip);
  }

  private static void jsonLinesRoundTrip(Table table) {
    StringWriter text = new StringWriter();
    JsonFactory factory = new JsonFactory();
    for (List<String> row : table.rows()) {
      try (JsonGenerator out = factory.createGenerator(text)) {
        out.writeStartObject();
        for (int i = 0; i < row.size(); i++) {
          out.writeStringField(table.header().get(i), row.get(i));
        }
        out.writeEndObject();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      text.write('\n');
    }
    if (table.rows().isEmpty()) {
      return;
    }
    Path file = write("t.jsonl", text.toString());
    List<List<String>> expected = table.expectedRows();
    if (expected.isEmpty()) {
      assertThat(TestFiles.readAll(file, InputOptions.defaults())).isEmpty();
      return;
    }
    assertThat(readBack(file, table)).isEqualTo(expected);
  }
}
