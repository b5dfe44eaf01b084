package org.threadline.lists.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.threadline.core.BadInputException;
import org.threadline.core.lists.ListEntry;
import org.threadline.core.lists.ListInfo;
import org.threadline.core.lists.ReferenceList;
import org.threadline.core.model.FindingKind;

class CbpWroCsvParserTest {
  static final ListInfo INFO = ListInfo.builder("cbp_wro")
      .title("CBP")
      .version("v")
      .source("f.csv")
      .retrieved("2026-11-25")
      .licence("public domain")
      .findingKind(FindingKind.WRO_MATCH)
      .origin("user")
      .build();

  private static ReferenceList parse(String csv) {
    return CbpWroCsvParser.parse(new StringReader(csv), "wro.csv", INFO);
  }

  @Test
  void readsTheBundledHeader() {
    ReferenceList l = parse("Entity,Country,Industry,Effective Date,WRO/Finding\n"
        + "\"Manzhouli Wood Products Factory, a/k/a Manzhouli Linye Company\",China,Agriculture and Prepared Products,9/9/1992,WRO\n");
    ListEntry e = l.entries().get(0);
    assertThat(e.id()).isEqualTo("cbp_wro-0001");
    assertThat(e.name()).isEqualTo("Manzhouli Wood Products Factory");
    assertThat(e.aliases()).containsExactly("Manzhouli Linye Company");
    assertThat(e.effectiveDate()).isEqualTo("1992-09-09");
    assertThat(e.properties()).containsEntry("action", "WRO");
  }

  @Test
  void readsCbpsOwnHeaderWithSpacesAndLeavesOutOrdersNoLongerInForce() {
    String csv = "Calendar Year, Country, Country Code, Entity, Industry, Status, WRO/Finding, Effective Date, Press Release, Remarks\n"
        + "2021, China, CN, \"Hoshine Silicon Industry Co., Ltd.\", Industrial and Manufacturing Materials, Active, WRO, 06/24/2021, https://www.cbp.gov/newsroom/national-media-release/x, \"including subsidiaries\"\n"
        + "2021, Malaysia, MY, Top Glove Corporation Bhd, \"Pharmaceuticals, Health and Chemicals\", Inactive, WRO, 07/15/2021, , modified and revoked\n"
        + "2020, Malaysia, MY, \"Supermax Corporation Berhad, a/k/a Supermax\", \"Pharmaceuticals, Health and Chemicals\", Active, Finding, 2021-10-21, ,\n";
    ReferenceList l = parse(csv);
    assertThat(l.entries()).extracting(ListEntry::name)
        .containsExactly("Hoshine Silicon Industry Co., Ltd.", "Supermax Corporation Berhad");
    ListEntry hoshine = l.entries().get(0);
    assertThat(hoshine.country()).isEqualTo("China");
    assertThat(hoshine.effectiveDate()).isEqualTo("2021-06-24");
    assertThat(hoshine.includesSubsidiaries()).isTrue();
    assertThat(hoshine.properties()).containsEntry("status", "Active").containsEntry("country_code", "CN");
    assertThat(l.entries().get(1).aliases()).containsExactly("Supermax");
    assertThat(CbpWroCsvParser.isCbpLayout(CsvTable.read(new StringReader(csv), "x"))).isTrue();
  }

  @Test
  void namesTheRowAndColumnOfABadDate() {
    assertThatThrownBy(() -> parse("Entity,Country,Industry,Effective Date,WRO/Finding\nA Co.,China,All,soon,WRO\n"))
        .isInstanceOf(BadInputException.class)
        .hasMessage("wro.csv, row 1, column 'Effective Date': 'soon' is not a date (write 6/24/2021 or 2021-06-24)");
  }

  @Test
  void refusesAFileWithoutAnEntityColumn() {
    assertThatThrownBy(() -> parse("Company,Country\nA,B\n"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("missing column 'entity'");
  }

  @Test
  void marksOrdersOnGoodsRatherThanCompanies() {
    ReferenceList l = parse("Entity,Country,Industry,Effective Date,WRO/Finding\n"
        + "All Turkmenistan Cotton or products produced in whole or in part with Turkmenistan cotton.,Turkmenistan,Agriculture,5/18/2018,WRO\n");
    assertThat(l.entries().get(0).properties()).containsEntry("describes_goods", "true");
  }
}
