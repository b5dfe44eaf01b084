package org.threadline.lists.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ListDatesPropertiesTest {
  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 40_000).map(d -> LocalDate.of(1950, 1, 1).plusDays(d));
  }

  @Provide
  Arbitrary<String> patterns() {
    return Arbitraries.of("uuuu-MM-dd", "M/d/uuuu", "MM/dd/uuuu", "MMMM d, uuuu", "MMMM d uuuu", "d MMMM uuuu", "MMM d, uuuu");
  }

  @Property
  void everyWayTheListsWriteADateReadsAsTheSameDay(@ForAll("dates") LocalDate day, @ForAll("patterns") String pattern) {
    String written = DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).format(day);
    assertThat(ListDates.toIso(written)).isEqualTo(day.toString());
    assertThat(ListDates.toIso(written.toUpperCase(Locale.ROOT))).isEqualTo(day.toString());
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
