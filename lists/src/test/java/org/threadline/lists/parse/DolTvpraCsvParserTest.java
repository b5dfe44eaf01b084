package org.threadline.lists.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.threadline.core.BadInputException;
import org.threadline.core.lists.ListInfo;
import org.threadline.core.lists.TvpraGood;
import org.threadline.core.lists.TvpraList;
import org.threadline.core.model.FindingKind;

class DolTvpraCsvParserTest {
  static final ListInfo INFO = ListInfo.builder("dol_tvpra")
      .title("DOL")
      .version("v")
      .source("f.csv")
      .retrieved("2026-11-25")
      .licence("public domain")
      .findingKind(FindingKind.HIGH_RISK_GOOD)
      .origin("user")
      .build();

  private static TvpraList parse(String csv) {
    return DolTvpraCsvParser.parse(new StringReader(csv), "dol.csv", INFO);
  }

  @Test
  void readsThe2016LayoutWithXMarks() {
    TvpraList l = parse("Country,Good,Child Labor,Forced Labor\nAfghanistan,Bricks,X,X\nAfghanistan,Carpets,X,\nChina,Cotton,X ,X\n");
    assertThat(l.goods()).containsExactly(new TvpraGood("Afghanistan", "Bricks", true, true),
        new TvpraGood("Afghanistan", "Carpets", true, false), new TvpraGood("China", "Cotton", true, true));
  }

  @Test
  void readsTheNewerLayoutWithYesNoAndSpacedHeader() {
    TvpraList l = parse("Country, Good, Child Labor, Forced Labor\nChina, Polysilicon, No, Yes\nIndia, Mica, Yes, No\n");
    assertThat(l.goods()).containsExactly(new TvpraGood("China", "Polysilicon", false, true),
        new TvpraGood("India", "Mica", true, false));
  }

  @Test
  void readsOneRowPerExploitationTypeAndMergesThem() {
    TvpraList l = parse("Country/Area,Good,Exploitation Type\n"
        + "China,Gloves,Forced Labor\nBurma,Bricks,Child Labor\nBurma,Bricks,Forced Labor\n"
        + "Bangladesh,Fish,Forced Child Labor\nChina,Hair Products,\"Child Labor, Forced Labor\"\n");
    assertThat(l.goods()).containsExactly(new TvpraGood("China", "Gloves", false, true),
        new TvpraGood("Burma", "Bricks", true, true), new TvpraGood("Bangladesh", "Fish", true, true),
        new TvpraGood("China", "Hair Products", true, true));
  }

  @Test
  void readsTheBetterTradeToolRangesLeavingOutRemovedGoods() {
    TvpraList l = parse("Country,Country_ISOCode,Region,Sector,Good,All_Exploitations,CL,FL,FCL\n"
        + "China,CN,Asia,Manufacturing,Polysilicon,Forced Labor,,2022-,\n"
        + "Uzbekistan,UZ,Asia,Agriculture,Cotton,Child Labor; Forced Labor,2009-2022,2009-2022,\n"
        + "Burma,MM,Asia,Agriculture,Rice,Forced Child Labor,,,2009-\n");
    assertThat(l.goods()).containsExactly(new TvpraGood("China", "Polysilicon", false, true),
        new TvpraGood("Burma", "Rice", true, true));
  }

  @Test
  void namesTheCellOfAnUnknownMark() {
    assertThatThrownBy(() -> parse("Country,Good,Child Labor,Forced Labor\nChina,Cotton,maybe,X\n"))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("dol.csv, row 1, column 'Child Labor': 'maybe' is not a mark");
  }

  @Test
  void refusesAHeaderWithoutLabourTypes() {
    assertThatThrownBy(() -> parse("Country,Good\nChina,Cotton\n"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("cannot tell the labour type");
  }
}
