package org.threadline.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlReportWriterTest {
  private static final String HTML = Outputs.text(ScreenFormat.HTML, SampleResults.all());

  @Test
  void matchesTheGoldenFile() throws IOException {
    Golden.assertMatches("report.html", HTML);
  }

  @Test
  void isSelfContained() {
    assertThat(HTML).startsWith("<!DOCTYPE html>").contains("<style>")
        .doesNotContain("<link").doesNotContain("src=").doesNotContain("<script")
        .doesNotContain("url(");
  }

  @Test
  void escapesEveryTextFromTheInputAndTheLists() {
    assertThat(HTML).contains("Report: &lt;script&gt;alert(1)&lt;/script&gt; &amp;"
        + " &quot;forced&quot; labour");
    assertThat(HTML).contains("=HYPERLINK(&quot;http://x.test&quot;,&quot;click&quot;)");
  }

  @Test
  void countsRecordsByRisk() {
    assertThat(HTML).contains("<span class=\"badge critical\">critical</span></td>"
        + "<td class=\"n\">1</td>");
    assertThat(HTML).contains("<tr><th>All records screened</th><td class=\"n\">5</td></tr>");
  }

  @Test
  void showsFlaggedRecordsOnlyMostSevereFirst() {
    assertThat(HTML).contains("Flagged records (4)");
    assertThat(HTML).doesNotContain("Acme &quot;Best&quot;");
    assertThat(HTML.indexOf("合盛硅业股份有限公司")).isLessThan(HTML.indexOf("Aksu"));
    assertThat(HTML.indexOf("Aksu")).isLessThan(HTML.indexOf("Abidjan"));
  }

  @Test
  void showsEachFindingWithItsExplanation() {
    assertThat(HTML).contains(SampleResults.HOSHINE_DETAIL);
    assertThat(HTML).contains("USCC digits 3-8 654003 = Kuytun");
    assertThat(HTML).contains("subsidiary or branch of an entry listed with its subsidiaries");
  }

  @Test
  void namesTheListVersionsAndSaysHowToUpdateAnIncompleteList() {
    assertThat(HTML).contains("<td>uflpa</td><td>2025-01-15</td>");
    assertThat(HTML).contains("The bundled copy has 95 of the 144 entities DHS counted in 2025."
        + " Load the current list with: threadline lists update --list uflpa FILE");
    assertThat(HTML).contains("incomplete");
  }

  @Test
  void saysSoWhenNothingIsFlagged() {
    String html = Outputs.text(ScreenFormat.HTML, List.of(SampleResults.quotedName()));

    assertThat(html).contains("Flagged records (0)").contains("No record reached risk low");
  }
}
