package org.threadline.lists.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.threadline.core.testing.Generators.lists;
import static org.threadline.core.testing.Generators.range;
import static org.threadline.core.testing.Generators.strings;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import org.threadline.core.lists.TvpraGood;

class DolTvpraLayoutsPropertiesTest {
  private static final Gen<List<TvpraGood>> GOOD_LISTS = goodLists();

  private static Gen<List<TvpraGood>> goodLists() {
    Gen<String> word = strings(range('a', 'z'), 3, 8).map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1));
    Gen<TvpraGood> good = word.zip(word, SourceDSL.arbitrary().pick(0, 1, 2),
        (c, g, t) -> new TvpraGood(c, g, t != 1, t != 0));
    return lists(good, 1, 15).map(goods -> unique(goods));
  }

  private static List<TvpraGood> unique(List<TvpraGood> goods) {
    Map<String, TvpraGood> byKey = new LinkedHashMap<>();
    for (TvpraGood g : goods) {
      byKey.putIfAbsent((g.country() + "|" + g.good()).toLowerCase(), g);
    }
    return new ArrayList<>(byKey.values());
  }

  @Test
  void everyLayoutOfTheSameListReadsTheSame() {
    qt().withExamples(200).forAll(GOOD_LISTS).checkAssert(DolTvpraLayoutsPropertiesTest::everyLayoutReadsTheSame);
  }

  private static void everyLayoutReadsTheSame(List<TvpraGood> goods) {
    StringBuilder marks = new StringBuilder("Country,Good,Child Labor,Forced Labor\n");
    StringBuilder yesNo = new StringBuilder("Country, Good, Child Labor, Forced Labor\n");
    StringBuilder types = new StringBuilder("Country/Area,Good,Exploitation Type\n");
    for (TvpraGood g : goods) {
      marks.append(g.country()).append(',').append(g.good()).append(',')
          .append(g.childLabour() ? "X" : "").append(',').append(g.forcedLabour() ? "X" : "").append('\n');
      yesNo.append(g.country()).append(", ").append(g.good()).append(", ")
          .append(g.childLabour() ? "Yes" : "No").append(", ").append(g.forcedLabour() ? "Yes" : "No").append('\n');
      if (g.childLabour()) {
        types.append(g.country()).append(',').append(g.good()).append(",Child Labor\n");
      }
      if (g.forcedLabour()) {
        types.append(g.country()).append(',').append(g.good()).append(",Forced Labor\n");
      }
    }
    for (StringBuilder csv : List.of(marks, yesNo, types)) {
      assertThat(DolTvpraCsvParser.parse(new StringReader(csv.toString()), "dol.csv", DolTvpraCsvParserTest.INFO).goods())
          .isEqualTo(goods);
    }
  }
}
