package org.threadline.report;

/**
 * Neutralises text against formula injection ("CSV injection") before it goes into a CSV or XLSX
 * cell. A spreadsheet treats a cell that starts with {@code = + - @} as a formula, and a leading
 * tab, carriage return or NUL can smuggle one in; a supplier name such as {@code
 * =HYPERLINK("http://...")} would otherwise run when a compliance analyst opens the report.
 * Following OWASP's guidance (CSV Injection; ASVS 5.0 requirement 1.2.10), such a cell is
 * prefixed with a single quote, which spreadsheets read as "this is text" and do not show.
 */
public final class SpreadsheetSafe {
  private SpreadsheetSafe() {}

  /**
   * The text with a leading {@code '} when its first character could start a formula; any other
   * text (and null) unchanged. Applying it twice changes nothing more: the quote is not itself a
   * formula character.
   */
  public static String neutralise(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    switch (text.charAt(0)) {
      case '=':
      case '+':
      case '-':
      case '@':
      case '\t':
      case '\r':
      case '\0':
        return "'" + text;
      default:
        return text;
    }
  }
}
