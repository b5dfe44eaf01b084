package org.threadline.lists.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DhsNameCellPropertiesTest {
  @Provide
  Arbitrary<String> names() {
    Arbitrary<String> word = Arbitraries.strings().withCharRange('A', 'Z').withCharRange('a', 'z')
        .ofMinLength(2).ofMaxLength(9)
        .filter(w -> !List.of("and", "its", "including", "with", "also", "known", "formerly", "aka", "which",
            "subsidiaries", "subsidiary", "namely", "previously", "fka").contains(w.toLowerCase()));
    return word.list().ofMinSize(1).ofMaxSize(4).map(ws -> String.join(" ", ws) + " Co., Ltd.");
  }

  @Provide
  Arbitrary<List<String>> aliasLists() {
    return names().list().ofMinSize(1).ofMaxSize(4);
  }

  private static String serial(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join("; ", items.subList(0, items.size() - 1)) + "; and " + items.get(items.size() - 1);
  }

  @Property
  void alsoKnownAsGivesBackTheNameAndEveryAlias(@ForAll("names") String name, @ForAll("aliasLists") List<String> aliases) {
    DhsNameCell c = DhsNameCell.parse(name + " (also known as " + serial(aliases) + ")");
    assertThat(c.name()).isEqualTo(name);
    assertThat(c.aliases()).isEqualTo(aliases);
    assertThat(c.includesSubsidiaries()).isFalse();
  }

  @Property
  void countedAliasesWithSubsidiariesGiveBackEverything(@ForAll("names") String name,
      @ForAll("aliasLists") List<String> aliases) {
    DhsNameCell c = DhsNameCell.parse(name + " (and " + aliases.size() + " aliases: " + serial(aliases)
        + "), including subsidiaries");
    assertThat(c.name()).isEqualTo(name);
    assertThat(c.aliases()).isEqualTo(aliases);
    assertThat(c.includesSubsidiaries()).isTrue();
  }

  @Property
  void namedSubsidiariesAreGivenBackInOrder(@ForAll("names") String name, @ForAll("aliasLists") List<String> subs) {
    DhsNameCell c = DhsNameCell.parse(name + " and its " + subs.size() + " subsidiaries, which include: " + serial(subs));
    assertThat(c.name()).isEqualTo(name);
    assertThat(c.includesSubsidiaries()).isTrue();
    assertThat(c.namedSubsidiaries()).isEqualTo(subs);
  }
}
