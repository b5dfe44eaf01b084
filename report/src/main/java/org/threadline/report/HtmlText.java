package org.threadline.report;

/**
 * Text made safe for HTML element content and quoted attribute values: the five characters
 * with a meaning in HTML become references, and control characters that HTML forbids become
 * U+FFFD, so a supplier name or article title can never open a tag or a script.
 */
public final class HtmlText {
  private HtmlText() {}

  /** The escaped text; {@code ""} for null. */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement = replacement(c);
      if (replacement != null && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (replacement != null) {
          out.append(replacement);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }

  private static String replacement(char c) {
    switch (c) {
      case '&':
        return "&amp;";
      case '<':
        return "&lt;";
      case '>':
        return "&gt;";
      case '"':
        return "&quot;";
      case '\'':
        return "&#39;";
      default:
        boolean control = (c < 0x20 && c != '\n' && c != '\r' && c != '\t')
            || (c >= 0x7f && c <= 0x9f);
        return control ? "\uFFFD" : null;
    }
  }
}
