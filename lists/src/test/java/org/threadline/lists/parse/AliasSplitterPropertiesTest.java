package org.threadline.lists.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.threadline.core.testing.Generators.anyText;
import static org.threadline.core.testing.Generators.lists;
import static org.threadline.core.testing.Generators.range;
import static org.threadline.core.testing.Generators.strings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class AliasSplitterPropertiesTest {
  private static final Gen<List<String>> NAMES = lists(
      lists(strings(range('a', 'z') + range('A', 'Z') + ".,()-&'合盛", 1, 12).assuming(w -> !w.equalsIgnoreCase("and")), 1, 5)
          .map(ws -> String.join(" ", ws)),
      1, 6);

  @Test
  void splittingASemicolonListGivesBackEveryName() {
    qt().forAll(NAMES).checkAssert(names -> assertThat(AliasSplitter.split(String.join("; ", names))).isEqualTo(names));
  }

  @Test
  void theSerialAndBeforeTheLastNameIsNotPartOfIt() {
    qt().forAll(NAMES).checkAssert(names -> {
      String cell = names.size() == 1 ? names.get(0)
          : String.join("; ", names.subList(0, names.size() - 1)) + "; and " + names.get(names.size() - 1);
      assertThat(AliasSplitter.split(cell)).isEqualTo(names);
    });
  }

  @Test
  void splittingNeverLosesText() {
    qt().forAll(anyText()).checkAssert(cell -> {
      List<String> parts = AliasSplitter.split(cell);
      String kept = withoutSeparators(String.join("", parts));
      // Only separators, spacing and the serial "and" of "; and C" may go.
      assertThat(withoutSeparators(cell).length() - kept.length()).isEqualTo(3 * countSerialAnds(cell));
      assertThat(parts).allSatisfy(p -> assertThat(p).isNotBlank().doesNotContain(";"));
    });
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
