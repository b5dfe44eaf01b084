package org.threadline.lists.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.threadline.core.lists.ListEntry;
import org.threadline.core.lists.ReferenceList;

class UflpaCsvRoundTripPropertiesTest {
  record Row(String name, List<String> aliases, String section, String date) {}

  @Provide
  Arbitrary<List<Row>> rows() {
    Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
        .withChars(',', '"', '(', ')', '.', '\'', '新', '疆', '\n').ofMinLength(1).ofMaxLength(10)
        .filter(w -> !w.isBlank() && !w.equalsIgnoreCase("and"));
    Arbitrary<String> name = word.list().ofMinSize(1).ofMaxSize(4).map(ws -> AliasSplitter.collapseSpaces(String.join(" ", ws)))
        .filter(n -> !n.isEmpty() && !SubsidiaryWording.includesSubsidiaries(n));
    Arbitrary<Row> row = Combinators.combine(name, name.list().ofMaxSize(3), Arbitraries.of("", "i", "ii", "v", "ii;v"),
        Arbitraries.integers().between(0, 2000)).as((n, a, s, d) ->
        new Row(n, a, s, java.time.LocalDate.of(2022, 6, 21).plusDays(d).toString()));
    return row.list().ofMinSize(1).ofMaxSize(8);
  }

  @Property(tries = 200)
  void everyNameAliasSectionAndDateSurvivesTheCsv(@ForAll("rows") List<Row> rows) throws IOException {
    StringWriter out = new StringWriter();
    try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT)) {
      p.printRecord("name", "aliases", "section", "effective_date", "addresses", "source", "notes");
      for (Row r : rows) {
        p.printRecord(r.name(), String.join("; ", r.aliases()), r.section(), r.date(), "", "test", "");
      }
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
