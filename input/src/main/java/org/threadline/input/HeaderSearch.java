package org.threadline.input;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Finds the header of a table below the title rows an export puts above it ("Supplier list",
 * "As of 30 June 2025", a blank row): the first of the table's first rows that the reader's
 * header test accepts ({@link InputOptions#isHeader()}). When none of them is accepted, the first
 * non-blank row is the header, as in a table without titles, and the reader's own errors follow.
 */
final class HeaderSearch {
  /** How many non-blank rows are looked at for the header. */
  static final int MAX_ROWS = 12;

  private HeaderSearch() {}

  /**
   * Where the header of a delimited text is.
   *
   * @param titleRows how many non-blank rows come before it
   * @param delimiter the field delimiter its line uses
   */
  record Found(int titleRows, char delimiter) {}

  /**
   * Finds the header among the first lines of {@code sample}, the start of a delimited text. Each
   * line is split with the delimiter it uses most, since a title line may use none.
   *
   * @param firstLineDelimiter the delimiter of the first line, kept when its line is the header
   *     or when no line is
   */
  static Found inText(String sample, char firstLineDelimiter, Predicate<List<String>> isHeader) {
    Found none = new Found(0, firstLineDelimiter);
    int titles = 0;
    int start = 0;
    for (int looked = 0; looked < MAX_ROWS && start < sample.length(); ) {
      int end = lineEnd(sample, start);
      if (end < 0) {
        // The sample ends inside this line: it cannot be judged whole.
        return none;
      }
      String line = sample.substring(start, end);
      start = skipLineBreak(sample, end);
      char delimiter = looked == 0 ? firstLineDelimiter : InputFormat.delimiter(line);
      List<String> cells = cells(line, delimiter);
      boolean quoted = line.indexOf('"') >= 0;
      if (!quoted && cells.stream().allMatch(String::isBlank)) {
        continue;
      }
      if (!cells.isEmpty() && isHeader.test(cells)) {
        return looked == 0 ? none : new Found(titles, delimiter);
      }
      if (quoted) {
        // A quoted value may span lines: rows can no longer be counted by lines.
        return none;
      }
      looked++;
      titles++;
    }
    return none;
  }

  /** The cells of one line split at {@code delimiter}; none when it is not one whole record. */
  private static List<String> cells(String line, char delimiter) {
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter)
        .setIgnoreSurroundingSpaces(true).get();
    try (CSVParser parser = CSVParser.builder().setReader(new StringReader(line))
        .setFormat(format).get()) {
      List<CSVRecord> records = parser.getRecords();
      return records.size() == 1 ? records.get(0).toList() : List.of();
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }

  /** The index of the line break ending the line at {@code start}; -1 when there is none. */
  private static int lineEnd(String s, int start) {
    for (int i = start; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r') {
        return i;
      }
    }
    return -1;
  }

  private static int skipLineBreak(String s, int end) {
    return end + (s.charAt(end) == '\r' && end + 1 < s.length() && s.charAt(end + 1) == '\n'
        ? 2 : 1);
  }
}
