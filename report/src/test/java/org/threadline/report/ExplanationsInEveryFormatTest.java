package org.threadline.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExplanationsInEveryFormatTest {

  private static String readable(ScreenFormat format) throws IOException {
    byte[] bytes = Outputs.bytes(format, SampleResults.all());
    if (format != ScreenFormat.XLSX) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
    StringBuilder text = new StringBuilder();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      for (Row row : workbook.getSheetAt(0)) {
        for (Cell cell : row) {
          text.append(cell).append('\n');
        }
      }
    }
    return text.toString();
  }

  @ParameterizedTest
  @EnumSource(ScreenFormat.class)
  void everyFormatCarriesTheExplanationOfEveryKindOfFinding(ScreenFormat format)
      throws IOException {
    String text = readable(format);

    assertThat(text).contains(SampleResults.HOSHINE_DETAIL)
        .contains("USCC digits 3-8 654003 = Kuytun")
        .contains("HTS 2804.61 is in the UFLPA polysilicon sector")
        .contains("branch qualifier (Aksu) Branch")
        .contains("DOL good Cotton, China, forced labour");
    if (format == ScreenFormat.HTML) {
      assertThat(text).contains("article names &#39;Evil Corp&#39; &lt; 3 times");
    } else {
      assertThat(text).contains("article names 'Evil Corp' < 3 times");
    }
  }
}
