package org.threadline.media.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {

  private static String sentenceAround(String text, String part) {
    int at = text.indexOf(part);
    Sentences.Span s = Sentences.of(text).around(at, at + part.length());
    return text.substring(s.start(), s.end());
  }

  @Test
  void doesNotSplitAfterLegalFormsAndInitials() {
    String text = "Hoshine Silicon Industry Co. Ltd. makes silicon. U.S. officials and J. Smith said so.";
    assertThat(sentenceAround(text, "makes")).isEqualTo("Hoshine Silicon Industry Co. Ltd. makes silicon.");
    assertThat(sentenceAround(text, "Smith")).isEqualTo("U.S. officials and J. Smith said so.");
  }

  @Test
  void splitsChineseOnFullStops() {
    String text = "报告指出，工人不得离开。该公司没有回应。";
    assertThat(sentenceAround(text, "不得离开")).isEqualTo("报告指出，工人不得离开。");
  }

  @Test
  void keepsClosingQuotesWithTheirSentence() {
    String text = "\"These claims are baseless.\" The company said so.";
    assertThat(sentenceAround(text, "baseless")).isEqualTo("\"These claims are baseless.\"");
  }

  @Test
  void detectsLanguages() {
    LanguageDetector d = new LanguageDetector();
    assertThat(d.detect("The workers said that they were not paid.")).isEqualTo("en");
    assertThat(d.detect("工人说他们没有拿到工资。")).isEqualTo("zh");
    assertThat(d.detect("Les travailleurs ont dit que le salaire est dans la poche")).isEqualTo("fr");
    assertThat(d.detect("12345")).isEqualTo("und");
  }
}
