package org.threadline.lists.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.threadline.core.BadInputException;
import org.threadline.core.lists.ListEntry;
import org.threadline.core.lists.ListInfo;
import org.threadline.core.lists.ReferenceList;
import org.threadline.core.model.FindingKind;

class DhsUflpaPageParserTest {
  static final ListInfo INFO = ListInfo.builder("uflpa")
      .title("UFLPA")
      .version("v")
      .source("page.html")
      .retrieved("2026-11-25")
      .licence("public domain")
      .findingKind(FindingKind.ENTITY_LIST_MATCH)
      .origin("user")
      .build();

  static String fixture() {
    return org.threadline.lists.DhsPageFixture.html();
  }

  private static ListEntry named(ReferenceList list, String name) {
    return list.entries().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void readsEveryEntityOfEveryTableOnceWithSectionAndDate() throws IOException {
    ReferenceList list = DhsUflpaPageParser.parse(fixture(), "page.html", INFO);
    // 4 + 6 + 4 rows, 8 named Ninestar subsidiaries, 1 Chenguang subsidiary, Zijin Zinc twice.
    assertThat(list.entries()).hasSize(4 + 6 + 4 + 8 + 1 - 1);
    assertThat(list.entries().get(0).id()).isEqualTo("uflpa-0001");
    ListEntry baoding = named(list, "Baoding LYSZD Trade and Business Co., Ltd.");
    assertThat(baoding.section()).isEqualTo("i");
    assertThat(baoding.effectiveDate()).isEqualTo("2022-06-21");
    assertThat(named(list, "Camel Group Co., Ltd.").section()).isEqualTo("ii");
    assertThat(named(list, "Zijin Mining Group").section()).isEqualTo("v");
  }

  @Test
  void readsTheSectionFromTheStatuteWordingWhenNoHeadingNamesIt() {
    String page = fixture().replaceAll("<p><em>UFLPA Section 2\\(d\\)\\(2\\)\\(B\\)\\((i|ii|v)\\)</em></p>", "");
    assertThat(page).doesNotContain("2(d)(2)(B)");
    ReferenceList list = DhsUflpaPageParser.parse(page, "page.html", INFO);
    assertThat(named(list, "Baoding LYSZD Trade and Business Co., Ltd.").section()).isEqualTo("i");
    assertThat(named(list, "Camel Group Co., Ltd.").section()).isEqualTo("ii");
    assertThat(named(list, "Zijin Mining Group").section()).isEqualTo("v");
    assertThat(named(list, "Xinjiang Zijin Zinc Industry").section()).isEqualTo("ii;v");
  }

  @Test
  void mergesAnEntityListedInTwoSections() throws IOException {
    ReferenceList list = DhsUflpaPageParser.parse(fixture(), "page.html", INFO);
    assertThat(list.entries()).filteredOn(e -> e.name().equals("Xinjiang Zijin Zinc Industry")).hasSize(1);
    assertThat(named(list, "Xinjiang Zijin Zinc Industry").section()).isEqualTo("ii;v");
  }

  @Test
  void takesAliasesFromEveryWording() throws IOException {
    ReferenceList list = DhsUflpaPageParser.parse(fixture(), "page.html", INFO);
    assertThat(named(list, "Hetian Haolin Hair Accessories Co., Ltd.").aliases())
        .containsExactly("Hotan Haolin Hair Accessories", "Hollin Hair Accessories");
    assertThat(named(list, "Dongguan Oasis Shoes Co., Ltd.").aliases()).containsExactly(
        "Dongguan Oasis Shoe Industry Co., Ltd.", "Dongguan Luzhou Shoes Co., Ltd.", "Dongguan Lvzhou Shoes Co., Ltd.");
    assertThat(named(list, "Changhong Meiling Co., Ltd.").aliases()).containsExactly("Hefei Meiling Co., Ltd.");
    assertThat(named(list, "Xinjiang Production and Construction Corps").aliases()).containsExactly("XPCC", "Bingtuan");
  }

  @Test
  void marksSubsidiariesAndListsNamedOnesAsEntries() throws IOException {
    ReferenceList list = DhsUflpaPageParser.parse(fixture(), "page.html", INFO);
    assertThat(named(list, "Hoshine Silicon Industry (Shanshan) Co., Ltd.").includesSubsidiaries()).isTrue();
    assertThat(named(list, "Xinjiang Production and Construction Corps").includesSubsidiaries()).isTrue();
    ListEntry ninestar = named(list, "Ninestar Corporation");
    assertThat(ninestar.includesSubsidiaries()).isTrue();
    ListEntry pantum = named(list, "Zhuhai Pantum Electronics Co., Ltd.");
    assertThat(pantum.section()).isEqualTo("ii");
    assertThat(pantum.effectiveDate()).isEqualTo("2023-06-12");
    assertThat(pantum.notes()).contains("Ninestar Corporation");
    assertThat(named(list, "Zhuhai Ninestar Management Co., Ltd.")).isNotNull();
    assertThat(named(list, "Zhuhai G&G Digital Technology Co., Ltd.")).isNotNull();
    assertThat(named(list, "Chenguang Biotech Group Co., Ltd.").includesSubsidiaries()).isFalse();
    assertThat(named(list, "Chenguang Biotechnology Group Yanqi Co. Ltd.").section()).isEqualTo("v");
  }

  @Test
  void readsTablesWhoseHeaderRowIsMadeOfPlainCells() {
    String plain = fixture().replace("<thead><tr><th scope=\"col\">Name of Entity</th><th scope=\"col\">Effective Date</th></tr></thead>",
        "<tr><td><strong>Name of Entity</strong></td><td><strong>Effective Date</strong></td></tr>");
    assertThat(plain).doesNotContain("<th scope=\"col\">Name of Entity");
    ReferenceList list = DhsUflpaPageParser.parse(plain, "page.html", INFO);
    assertThat(list.entries()).hasSize(22).noneMatch(e -> e.name().equals("Name of Entity"));
  }

  @Test
  void readsSubsidiariesGivenAsAListAndDatesSpanningRows() {
    String page = fixture()
        .replace("<tr><td>Xinjiang Zhongtai Chemical Co., Ltd.</td><td>June 12, 2023</td></tr>",
            "<tr><td>Xinjiang Zhongtai Chemical Co., Ltd.</td><td rowspan=\"2\">June 12, 2023</td></tr>"
                + "<tr><td>Example Spanned Row Co., Ltd. and its two subsidiaries, which include:"
                + "<ul><li>Example Sub One Co., Ltd.</li><li>Example Sub Two Co., Ltd.</li></ul></td></tr>");
    ReferenceList list = DhsUflpaPageParser.parse(page, "page.html", INFO);
    ListEntry spanned = named(list, "Example Spanned Row Co., Ltd.");
    assertThat(spanned.effectiveDate()).isEqualTo("2023-06-12");
    assertThat(spanned.includesSubsidiaries()).isTrue();
    assertThat(named(list, "Example Sub One Co., Ltd.").section()).isEqualTo("ii");
    assertThat(named(list, "Example Sub Two Co., Ltd.").effectiveDate()).isEqualTo("2023-06-12");
    assertThat(named(list, "Camel Group Co., Ltd.").effectiveDate()).isEqualTo("2023-08-02");
  }

  @Test
  void ignoresTablesWithoutAnEntityColumn() throws IOException {
    ReferenceList list = DhsUflpaPageParser.parse(fixture(), "page.html", INFO);
    assertThat(list.entries()).noneMatch(e -> e.name().contains("UFLPA Strategy"));
  }

  @Test
  void refusesAPageWhereItFindsAlmostNothing() throws IOException {
    String html = fixture();
    String almostEmpty = html.substring(0, html.indexOf("<tr><td>Hetian Haolin"))
        + "</tbody></table></div></div></main></body></html>";
    assertThatThrownBy(() -> DhsUflpaPageParser.parse(almostEmpty, "page.html", INFO))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("page.html")
        .hasMessageContaining("found 1 entities")
        .hasMessageContaining("layout may have changed");
  }

  @Test
  void refusesAChangedLayoutWithoutTables() throws IOException {
    String divs = fixture().replace("<table", "<div").replace("</table>", "</div>")
        .replace("<tr", "<div").replace("</tr>", "</div>").replace("<td", "<span").replace("</td>", "</span>")
        .replace("<th", "<span").replace("</th>", "</span>");
    assertThatThrownBy(() -> DhsUflpaPageParser.parse(divs, "saved.html", INFO))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("found 0 entities in 0 tables");
  }
}
