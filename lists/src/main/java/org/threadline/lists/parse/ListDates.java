package org.threadline.lists.parse;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Reads the dates the lists write ({@code 2022-06-21}, {@code 6/21/2022}, {@code June 21, 2022},
 * {@code 21 June 2022}) as ISO 8601 dates.
 */
public final class ListDates {
  private static final List<DateTimeFormatter> FORMATS = List.of(
      DateTimeFormatter.ISO_LOCAL_DATE,
      DateTimeFormatter.ofPattern("M/d/uuuu", Locale.ROOT),
      DateTimeFormatter.ofPattern("M/d/uu", Locale.ROOT),
      DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("MMMM d uuuu", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("MMM. d, uuuu", Locale.ENGLISH));

  private ListDates() {}

  /**
   * The ISO date of the text, or null when the text is blank or in no known format.
   *
   * <p>Month names are matched whatever their case, and a trailing full stop or an ordinal suffix
   * ({@code June 21st, 2022}) is tolerated.
   */
  public static String toIso(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = AliasSplitter.collapseSpaces(text)
        .replaceAll("(\\d)(st|nd|rd|th)\\b", "$1")
        .replaceAll("\\.$", "");
    t = capitalise(t);
    for (DateTimeFormatter f : FORMATS) {
      try {
        return LocalDate.parse(t, f).toString();
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    return null;
  }

  private static String capitalise(String t) {
    StringBuilder sb = new StringBuilder(t.length());
    boolean start = true;
    for (char c : t.toCharArray()) {
      sb.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
      start = !Character.isLetter(c);
    }
    return sb.toString();
  }
}
