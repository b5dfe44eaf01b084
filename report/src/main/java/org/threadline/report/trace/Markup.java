package org.threadline.report.trace;

/** Escapes text for XHTML and SVG: the evidence pack is well-formed XML so the PDF renderer reads it. */
final class Markup {
  private Markup() {}

  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> {
          // XML 1.0 forbids most control characters; a stray one in a file must not break the pack.
          if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
            sb.append(' ');
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }
}
