package org.threadline.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvResultWriterTest {

  private static List<CSVRecord> parse(String csv) throws IOException {
    return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(csv.substring(1))).getRecords();
  }

  @Test
  void matchesTheGoldenFile() throws IOException {
    Golden.assertMatches("results.csv", Outputs.text(ScreenFormat.CSV, SampleResults.all()));
  }

  @Test
  void startsWithAByteOrderMarkAndTheHeaderInContractOrder() {
    String csv = Outputs.text(ScreenFormat.CSV, SampleResults.all());

    assertThat(csv).startsWith("\uFEFFid,name,aliases,address,city,region,postal_code,country,"
        + "phone,registration_id,website,product,hts,buyer,notes,risk,presumption,finding_kind,"
        + "list,list_version,entry_id,entry_name,score,matched_name,signal,evidence,division,"
        + "explanation\r\n");
  }

  @Test
  void writesOneRowPerFindingAndOneForARecordWithout() throws IOException {
    List<CSVRecord> rows = parse(Outputs.text(ScreenFormat.CSV, SampleResults.all()));

    assertThat(rows).extracting(r -> r.get("id"))
        .containsExactly("S-17", "S-17", "S-17", "S-2", "S-2", "S-3", "S-3", "S-4", "5");
    assertThat(rows.get(7).get("finding_kind")).isEmpty();
    assertThat(rows.get(7).get("risk")).isEqualTo("none");
  }

  @Test
  void keepsQuotesCommasLineBreaksAndChineseIntact() throws IOException {
    List<CSVRecord> rows = parse(Outputs.text(ScreenFormat.CSV, SampleResults.all()));

    assertThat(rows.get(7).get("name")).isEqualTo("Acme \"Best\", Ltd.\nSecond line");
    assertThat(rows.get(0).get("name")).isEqualTo("合盛硅业股份有限公司");
    assertThat(rows.get(0).get("division")).isEmpty();
    assertThat(rows.get(1).get("division")).isEqualTo("654003 Kuytun");
  }

  @Test
  void neutralisesFormulasInEveryTextCell() throws IOException {
    List<CSVRecord> rows = parse(Outputs.text(ScreenFormat.CSV, SampleResults.all()));
    CSVRecord formula = rows.get(5);

    assertThat(formula.get("name")).isEqualTo("'=HYPERLINK(\"http://x.test\",\"click\")");
    assertThat(formula.get("address")).isEqualTo("'@home");
    assertThat(formula.get("phone")).isEqualTo("'+86 991 1234567");
    assertThat(formula.get("notes")).isEqualTo("'-1");
    assertThat(formula.get("entry_name")).isEqualTo("'=Evil Corp");
    assertThat(rows.get(7).get("buyer")).isEqualTo("'\tTeam C");
  }

  @Test
  void carriesTheListVersionAndARoundedScoreOnEveryListRow() throws IOException {
    List<CSVRecord> rows = parse(Outputs.text(ScreenFormat.CSV, SampleResults.all()));

    assertThat(rows.get(0).get("list_version")).isEqualTo("2025-01-15");
    assertThat(rows.get(0).get("score")).isEqualTo("0.944");
    assertThat(rows.get(3).get("list_version")).isEqualTo("2025-10-01");
    assertThat(rows.get(3).get("explanation"))
        .contains("list copy not verified against the official source");
  }
}
