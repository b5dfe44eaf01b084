package org.threadline.lists.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class ListDatesPropertiesTest {
  @Test
  void everyWayTheListsWriteADateReadsAsTheSameDay() {
    qt().forAll(integers().between(0, 40_000).map(d -> LocalDate.of(1950, 1, 1).plusDays(d)),
        SourceDSL.arbitrary().pick("uuuu-MM-dd", "M/d/uuuu", "MM/dd/uuuu", "MMMM d, uuuu", "MMMM d uuuu",
            "d MMMM uuuu", "MMM d, uuuu"))
        .checkAssert((day, pattern) -> {
          String written = DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).format(day);
          assertThat(ListDates.toIso(written)).isEqualTo(day.toString());
          assertThat(ListDates.toIso(written.toUpperCase(Locale.ROOT))).isEqualTo(day.toString());
        });
  }

  @Test
  void readsOrdinalsAndRefusesNonDates() {
    assertThat(ListDates.toIso("June 21st, 2022")).isEqualTo("2022-06-21");
    assertThat(ListDates.toIso(" 6/9/2023 ")).isEqualTo("2023-06-09");
    assertThat(ListDates.toIso("soon")).isNull();
    assertThat(ListDates.toIso("2023-02-30")).isNull();
    assertThat(ListDates.toIso("")).isNull();
  }
}
