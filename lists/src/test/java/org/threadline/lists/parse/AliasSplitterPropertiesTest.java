package org.threadline.lists.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class AliasSplitterPropertiesTest {
  @Provide
  Arbitrary<List<String>> names() {
    Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
        .withChars('.', ',', '(', ')', '-', '&', '\'', '合', '盛').ofMinLength(1).ofMaxLength(12)
        .filter(w -> !w.equalsIgnoreCase("and"));
    Arbitrary<String> name = word.list().ofMinSize(1).ofMaxSize(5).map(ws -> String.join(" ", ws));
    return name.list().ofMinSize(1).ofMaxSize(6);
  }

  @Property
  void splittingASemicolonListGivesBackEveryName(@ForAll("names") List<String> names) {
    assertThat(AliasSplitter.split(String.join("; ", names))).isEqualTo(names);
  }

  @Property
  void theSerialAndBeforeTheLastNameIsNotPartOfIt(@ForAll("names") List<String> names) {
    String cell = names.size() == 1 ? names.get(0)
        : String.join("; ", names.subList(0, names.size() - 1)) + "; and " + names.get(names.size() - 1);
    assertThat(AliasSplitter.split(cell)).isEqualTo(names);
  }

  @Property
  void splittingNeverLosesText(@ForAll String cell) {
    List<String> parts = AliasSplitter.split(cell);
    String kept = withoutSeparators(String.join("", parts));
    // Only separators, spacing and the serial "and" of "; and C" may go.
    assertThat(withoutSeparators(cell).length() - kept.length()).isEqualTo(3 * countSerialAnds(cell));
    assertThat(parts).allSatisfy(p -> assertThat(p).isNotBlank().doesNotContain(";"));
  }

  private static String withoutSeparators(String s) {
    return s.replaceAll("[\\p{javaWhitespace}\\u00A0\\u2007\\u202F;]", "");
  }

  private static int countSerialAnds(String cell) {
    int n = 0;
    String[] parts = cell.split(";");
    for (int i = 1; i < parts.length; i++) {
      if (AliasSplitter.collapseSpaces(parts[i]).matches("(?is)and\\s.*")) {
        n++;
      }
    }
    return n;
  }

  @Test
  void blankCellsGiveNoNames() {
    assertThat(AliasSplitter.split(null)).isEmpty();
    assertThat(AliasSplitter.split(" ; ;")).isEmpty();
  }
}
