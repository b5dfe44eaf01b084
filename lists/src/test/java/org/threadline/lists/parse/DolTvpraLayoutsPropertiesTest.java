package org.threadline.lists.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.threadline.core.lists.TvpraGood;

class DolTvpraLayoutsPropertiesTest {
  @Provide
  Arbitrary<List<TvpraGood>> goodLists() {
    Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(8)
        .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1));
    Arbitrary<TvpraGood> good = Combinators.combine(word, word, Arbitraries.of(0, 1, 2))
        .as((c, g, t) -> new TvpraGood(c, g, t != 1, t != 0));
    return good.list().ofMinSize(1).ofMaxSize(15).map(DolTvpraLayoutsPropertiesTest::unique);
  }

  private static List<TvpraGood> unique(List<TvpraGood> goods) {
    Map<String, TvpraGood> byKey = new LinkedHashMap<>();
    for (TvpraGood g : goods) {
      byKey.putIfAbsent((g.country() + "|" + g.good()).toLowerCase(), g);
    }
    return new ArrayList<>(byKey.values());
  }

  @Property(tries = 200)
  void everyLayoutOfTheSameListReadsTheSame(@ForAll("goodLists") List<TvpraGood> goods) {
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
