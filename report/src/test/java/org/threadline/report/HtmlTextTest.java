package org.threadline.report;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
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

  @Property
  void leavesNoCharacterThatCouldOpenATagOrEndAnAttribute(@ForAll String text) {
    assertThat(HtmlText.escape(text)).doesNotContain("<", ">", "\"", "'");
  }

  @Property
  void unescapingGivesTheTextBackWhenItHasNoControlCharacters(@ForAll String text) {
    String printable = text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]", "");
    String back = HtmlText.escape(printable).replace("&lt;", "<").replace("&gt;", ">")
        .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");

    assertThat(back).isEqualTo(printable);
  }
}
