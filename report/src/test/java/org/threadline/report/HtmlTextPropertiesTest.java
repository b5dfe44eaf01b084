package org.threadline.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.threadline.core.testing.Generators.anyText;

import org.junit.jupiter.api.Test;

class HtmlTextPropertiesTest {

  @Test
  void leavesNoCharacterThatCouldOpenATagOrEndAnAttribute() {
    qt().forAll(anyText()).checkAssert(text -> assertThat(HtmlText.escape(text)).doesNotContain("<", ">", "\"", "'"));
  }

  @Test
  void unescapingGivesTheTextBackWhenItHasNoControlCharacters() {
    qt().forAll(anyText()).checkAssert(text -> {
      String printable = text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]", "");
      String back = HtmlText.escape(printable).replace("&lt;", "<").replace("&gt;", ">")
          .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");

      assertThat(back).isEqualTo(printable);
    });
  }
}
