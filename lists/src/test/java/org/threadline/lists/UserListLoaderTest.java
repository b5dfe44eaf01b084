package org.threadline.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadline.core.BadInputException;
import org.threadline.core.lists.ReferenceList;
import org.threadline.core.model.FindingKind;

class UserListLoaderTest {
  @TempDir Path dir;

  @Test
  void loadsAContractOneCsvNamedAfterItsFile() throws IOException {
    Path f = dir.resolve("watchlist.csv");
    Files.writeString(f, "\uFEFFid,name,aliases,country,notes\n"
        + "W-1,\"Acme Cotton Co., Ltd.\",Acme; ACME Textiles,CN,seen in audit 2025\n"
        + ",Second Supplier,,VN,\n");
    ReferenceList l = UserListLoader.load(f);
    assertThat(l.info().id()).isEqualTo("watchlist");
    assertThat(l.info().findingKind()).isEqualTo(FindingKind.ENTITY_LIST_MATCH);
    assertThat(l.info().origin()).isEqualTo("file");
    assertThat(l.entries().get(0).id()).isEqualTo("W-1");
    assertThat(l.entries().get(0).aliases()).containsExactly("Acme", "ACME Textiles");
    assertThat(l.entries().get(0).country()).isEqualTo("CN");
    assertThat(l.entries().get(1).id()).isEqualTo("watchlist-0002");
  }

  @Test
  void readsAListInEveryEncodingASupplierFileMayHave() throws IOException {
    String csv = "id,name,aliases,country\nW-1,合盛硅业股份有限公司,合盛,中国\n";
    for (String encoding : new String[] {"GB18030", "Big5", "UTF-16"}) {
      Path f = dir.resolve("watch-" + encoding + ".csv");
      Files.write(f, csv.replace("合盛硅业股份有限公司", encoding.equals("Big5")
          ? "合盛矽業股份有限公司" : "合盛硅业股份有限公司").getBytes(encoding));
      ReferenceList l = UserListLoader.load(f);
      assertThat(l.entries()).singleElement().satisfies(e -> {
        assertThat(e.name()).startsWith("合盛").endsWith("股份有限公司");
        assertThat(e.aliases()).containsExactly("合盛");
      });
    }
  }

  @Test
  void readsAListSavedAsAWorkbook() throws IOException {
    Path f = dir.resolve("watch.xlsx");
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
        var out = Files.newOutputStream(f)) {
      var sheet = wb.createSheet("list");
      String[][] rows = {{"ID", "Name", "Country"}, {"W-7", "Acme Cotton Co., Ltd.", "CN"}};
      for (int r = 0; r < rows.length; r++) {
        var row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      wb.write(out);
    }
    assertThat(UserListLoader.load(f).entries()).singleElement()
        .satisfies(e -> assertThat(e.id()).isEqualTo("W-7"));
  }

  @Test
  void loadsFollowTheMoneyJsonLines() throws IOException {
    Path f = dir.resolve("opensanctions.ftm.json");
    Files.writeString(f, "{\"id\":\"Q1\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Hoshine Silicon Industry Co., Ltd.\"]}}\n");
    ReferenceList l = UserListLoader.load(f);
    assertThat(l.info().id()).isEqualTo("opensanctions");
    assertThat(l.info().findingKind()).isEqualTo(FindingKind.ENTITY_LIST_MATCH);
    assertThat(l.entries()).singleElement().satisfies(e -> assertThat(e.id()).isEqualTo("Q1"));
  }

  @Test
  void refusesAUserListNamedLikeABundledList() throws IOException {
    Path f = dir.resolve("uflpa.csv");
    Files.writeString(f, "name\nAcme\n");
    assertThatThrownBy(() -> UserListLoader.load(f)).isInstanceOf(BadInputException.class)
        .hasMessageContaining("cannot be named like the bundled list 'uflpa'");
  }

  @Test
  void namesTheFileRowAndColumnOfAMissingName() throws IOException {
    Path f = dir.resolve("bad.csv");
    Files.writeString(f, "id,name\n1,A\n2,\n");
    assertThatThrownBy(() -> UserListLoader.load(f)).isInstanceOf(BadInputException.class)
        .hasMessageEndingWith("bad.csv, row 2, column 'name': the name is empty");
    Path noName = dir.resolve("noname.csv");
    Files.writeString(noName, "id,company\n1,A\n");
    assertThatThrownBy(() -> UserListLoader.load(noName)).isInstanceOf(BadInputException.class)
        .hasMessageContaining("missing column 'name'");
    assertThatThrownBy(() -> UserListLoader.load(dir.resolve("none.csv"))).isInstanceOf(BadInputException.class)
        .hasMessageContaining("no such file");
  }
}
