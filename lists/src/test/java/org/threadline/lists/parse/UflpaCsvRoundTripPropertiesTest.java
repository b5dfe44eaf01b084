package org.threadline.lists.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.threadline.core.testing.Generators.lists;
import static org.threadline.core.testing.Generators.range;
import static org.threadline.core.testing.Generators.strings;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import org.threadline.core.lists.ListEntry;
import org.threadline.core.lists.ReferenceList;

class UflpaCsvRoundTripPropertiesTest {
  record Row(String name, List<String> aliases, String section, String date) {}

  private static final Gen<List<Row>> ROWS = rows();

  private static Gen<List<Row>> rows() {
    Gen<String> word = strings(range('a', 'z') + range('A', 'Z') + ",\"().'新疆\n", 1, 10)
        .assuming(w -> !w.isBlank() && !w.equalsIgnoreCase("and"));
    Gen<String> name = lists(word, 1, 4).map(ws -> AliasSplitter.collapseSpaces(String.join(" ", ws)))
        .assuming(n -> !n.isEmpty() && !SubsidiaryWording.includesSubsidiaries(n));
    Gen<Row> row = name.zip(lists(name, 0, 3), SourceDSL.arbitrary().pick("", "i", "ii", "v", "ii;v"),
        integers().between(0, 2000), (n, a, s, d) ->
        new Row(n, a, s, java.time.LocalDate.of(2022, 6, 21).plusDays(d).toString()));
    return lists(row, 1, 8);
  }

  @Test
  void everyNameAliasSectionAndDateSurvivesTheCsv() {
    qt().withExamples(200).forAll(ROWS).checkAssert(UflpaCsvRoundTripPropertiesTest::survivesTheCsv);
  }

  private static void survivesTheCsv(List<Row> rows) {
    StringWriter out = new StringWriter();
    try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT)) {
      p.printRecord("name", "aliases", "section", "effective_date", "addresses", "source", "notes");
      for (Row r : rows) {
        p.printRecord(r.name(), String.join("; ", r.aliases()), r.section(), r.date(), "", "test", "");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ReferenceList list = UflpaCsvParser.parse(new StringReader(out.toString()), "u.csv", DhsUflpaPageParserTest.INFO);
    assertThat(list.entries()).hasSize(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      ListEntry e = list.entries().get(i);
      Row r = rows.get(i);
      assertThat(e.id()).isEqualTo(EntryIds.of("uflpa", i + 1));
      assertThat(e.name()).isEqualTo(r.name());
      assertThat(e.aliases()).isEqualTo(r.aliases());
      assertThat(e.section()).isEqualTo(r.section().isEmpty() ? null : r.section());
      assertThat(e.effectiveDate()).isEqualTo(r.date());
    }
  }
}
