package org.threadline.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

  @Test
  void escapesTheFiveHtmlCharacters() {
    assertThat(HtmlText.escape("<a href=\"x\">Tom's & Co</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom&#39;s &amp; Co&lt;/a&gt;");
  }

  @Test
  void replacesControlCharactersAndKeepsChinese() {
    assertThat(HtmlText.escape("合盛\u0000硅业\u0085")).isEqualTo("合盛\uFFFD硅业\uFFFD");
    assertThat(HtmlText.escape(null)).isEmpty();
  }
}
