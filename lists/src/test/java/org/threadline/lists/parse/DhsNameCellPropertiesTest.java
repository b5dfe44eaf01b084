package org.threadline.lists.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.threadline.core.testing.Generators.lists;
import static org.threadline.core.testing.Generators.range;
import static org.threadline.core.testing.Generators.strings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class DhsNameCellPropertiesTest {
  private static final List<String> WORDING = List.of("and", "its", "including", "with", "also", "known",
      "formerly", "aka", "which", "subsidiaries", "subsidiary", "namely", "previously", "fka");
  private static final Gen<String> NAMES = lists(
      strings(range('A', 'Z') + range('a', 'z'), 2, 9).assuming(w -> !WORDING.contains(w.toLowerCase())), 1, 4)
      .map(ws -> String.join(" ", ws) + " Co., Ltd.");
  private static final Gen<List<String>> ALIAS_LISTS = lists(NAMES, 1, 4);

  private static String serial(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join("; ", items.subList(0, items.size() - 1)) + "; and " + items.get(items.size() - 1);
  }

  @Test
  void alsoKnownAsGivesBackTheNameAndEveryAlias() {
    qt().forAll(NAMES, ALIAS_LISTS).checkAssert((name, aliases) -> {
      DhsNameCell c = DhsNameCell.parse(name + " (also known as " + serial(aliases) + ")");
      assertThat(c.name()).isEqualTo(name);
      assertThat(c.aliases()).isEqualTo(aliases);
      assertThat(c.includesSubsidiaries()).isFalse();
    });
  }

  @Test
  void countedAliasesWithSubsidiariesGiveBackEverything() {
    qt().forAll(NAMES, ALIAS_LISTS).checkAssert((name, aliases) -> {
      DhsNameCell c = DhsNameCell.parse(name + " (and " + aliases.size() + " aliases: " + serial(aliases)
          + "), including subsidiaries");
      assertThat(c.name()).isEqualTo(name);
      assertThat(c.aliases()).isEqualTo(aliases);
      assertThat(c.includesSubsidiaries()).isTrue();
    });
  }

  @Test
  void namedSubsidiariesAreGivenBackInOrder() {
    qt().forAll(NAMES, ALIAS_LISTS).checkAssert((name, subs) -> {
      DhsNameCell c = DhsNameCell.parse(name + " and its " + subs.size() + " subsidiaries, which include: " + serial(subs));
      assertThat(c.name()).isEqualTo(name);
      assertThat(c.includesSubsidiaries()).isTrue();
      assertThat(c.namedSubsidiaries()).isEqualTo(subs);
    });
  }
}
