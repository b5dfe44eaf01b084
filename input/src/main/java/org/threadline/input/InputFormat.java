package org.threadline.input;

import java.util.Locale;

/** The layouts a user's table can come in, told from the file name and the first bytes. */
enum InputFormat {
  CSV,
  TSV,
  XLSX,
  JSON,
  JSONL;

  private static final byte[] ZIP_MAGIC = {0x50, 0x4B, 0x03, 0x04};
  private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

  /** Whether the bytes start like a zip archive, as every XLSX file does. */
  static boolean looksLikeZip(byte[] prefix, int length) {
    return startsWith(prefix, length, ZIP_MAGIC);
  }

  /** Whether the bytes start like an OLE2 compound file: an XLS, or an encrypted XLSX. */
  static boolean looksLikeOle2(byte[] prefix, int length) {
    return startsWith(prefix, length, OLE2_MAGIC);
  }

  /**
   * The format of a file whose name ends with {@code extension} (lower case, no dot) and whose
   * text starts with {@code text}; a spreadsheet is told by {@link #looksLikeZip} before this.
   */
  static InputFormat ofText(String extension, CharSequence text) {
    switch (extension) {
      case "tsv":
      case "tab":
        return TSV;
      case "jsonl":
      case "ndjson":
        return JSONL;
      case "json":
        return firstNonBlank(text) == '[' ? JSON : JSONL;
      case "csv":
        return delimiter(text) == '\t' ? TSV : CSV;
      default:
        char first = firstNonBlank(text);
        if (first == '[') {
          return JSON;
        }
        if (first == '{') {
          return JSONL;
        }
        return delimiter(text) == '\t' ? TSV : CSV;
    }
  }

  /** The extension of a file name, lower case, without the dot; "" when it has none. */
  static String extension(String fileName) {
    int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
    int dot = fileName.lastIndexOf('.');
    return dot > slash ? fileName.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
  }

  /**
   * The field delimiter of a delimited text: whichever of tab, comma and semicolon occurs most
   * often, outside quotes, in its first line (the header). Semicolons are what Excel writes in
   * locales where the comma is the decimal separator.
   */
  static char delimiter(CharSequence text) {
    int tabs = 0;
    int commas = 0;
    int semicolons = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted && c == '\t') {
        tabs++;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == ';') {
        semicolons++;
      }
    }
    if (tabs > commas && tabs >= semicolons) {
      return '\t';
    }
    return semicolons > commas ? ';' : ',';
  }

  private static char firstNonBlank(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '\uFEFF') {
        return c;
      }
    }
    return 0;
  }

  private static boolean startsWith(byte[] prefix, int length, byte[] magic) {
    if (length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (prefix[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
