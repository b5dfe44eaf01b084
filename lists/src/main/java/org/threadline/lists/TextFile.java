package org.threadline.lists;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.threadline.core.BadInputException;

/** Reads a user's list file whole as UTF-8 text, with errors a user can act on. */
final class TextFile {
  private TextFile() {}

  /**
   * The text of the file, a leading byte-order mark removed.
   *
   * @throws BadInputException when the file is missing, unreadable, empty or not UTF-8
   */
  static String readUtf8(Path file) {
    String name = file.toString();
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) {
        throw new BadInputException(name, -1, null, "is a folder, not a file");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new BadInputException(name, -1, null, "no such file");
    } catch (IOException e) {
      throw new BadInputException(name, -1, null, "cannot read the file: " + e.getMessage(), e);
    }
    if (bytes.length == 0) {
      throw new BadInputException(name, 0, null, "the file is empty");
    }
    if (bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K') {
      throw new BadInputException(name, 0, null,
          "looks like a spreadsheet or zip archive: save the list as CSV (UTF-8) or as HTML");
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      String page = declaredPageCharset(bytes);
      if (page != null) {
        return new String(bytes, Charset.forName(page));
      }
      throw new BadInputException(name, -1, null, "is not UTF-8 text: save it as UTF-8");
    }
  }

  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

  /**
   * The character set an HTML page declares in a meta tag (a browser saves a page in the page's
   * own encoding), or null when the bytes are not such a page or the charset is unknown.
   */
  private static String declaredPageCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    if (!head.stripLeading().startsWith("<")) {
      return null;
    }
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return null;
    }
    try {
      return Charset.isSupported(m.group(1)) ? m.group(1) : null;
    } catch (IllegalCharsetNameException e) {
      return null;
    }
  }

  /** The file name without its folder and without its extensions ({@code a.ftm.json} gives {@code a}). */
  static String stem(Path file) {
    String n = file.getFileName().toString();
    for (String ext : new String[] {".ftm.jsonl", ".ftm.json", ".jsonl", ".json", ".csv", ".html", ".htm", ".txt"}) {
      if (n.toLowerCase(java.util.Locale.ROOT).endsWith(ext) && n.length() > ext.length()) {
        return n.substring(0, n.length() - ext.length());
      }
    }
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }
}
