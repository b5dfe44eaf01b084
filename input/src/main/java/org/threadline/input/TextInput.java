package org.threadline.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import org.threadline.core.BadInputException;

/**
 * A user's text read whole (a copy of a reference list, a saved web page), in any encoding a
 * supplier file may come in: the same detection as {@link TableReader} (byte-order mark, valid
 * UTF-8, an HTML page's declared charset, GB18030 or Big5 by their common characters), or the
 * encoding the options give.
 */
public final class TextInput {
  private TextInput() {}

  /**
   * The text of {@code file}, without a byte-order mark.
   *
   * @throws BadInputException when the file is missing, a folder, empty, a spreadsheet, or holds
   *     bytes that are not text in its encoding
   */
  public static String read(Path file, InputOptions options) {
    String name = file.toString();
    TableReader.checkReadable(file, name);
    try {
      return nonEmpty(Files.readAllBytes(file), name, options);
    } catch (IOException e) {
      throw new BadInputException(name, -1, null, "cannot read the file: " + e.getMessage(), e);
    }
  }

  /** The text of a stream read to its end (the caller closes it), as {@link #read(Path, InputOptions)}. */
  public static String read(InputStream in, String name, InputOptions options) {
    try {
      return nonEmpty(in.readAllBytes(), name, options);
    } catch (IOException e) {
      throw new BadInputException(name, -1, null, "cannot read the text: " + e.getMessage(), e);
    }
  }

  private static String nonEmpty(byte[] bytes, String name, InputOptions options) {
    if (bytes.length == 0) {
      throw new BadInputException(name, 0, null, "the file is empty");
    }
    return decode(bytes, name, options);
  }

  /**
   * The text of bytes the caller has read (a downloaded page, an article): "" for no bytes.
   *
   * @param name the file or URL the bytes came from, for messages
   */
  public static String decode(byte[] bytes, String name, InputOptions options) {
    if (bytes.length == 0) {
      return "";
    }
    if (InputFormat.looksLikeZip(bytes, bytes.length)
        || InputFormat.looksLikeOle2(bytes, bytes.length)) {
      throw new BadInputException(name, 0, null,
          "looks like a spreadsheet or zip archive, not text: save it as CSV or HTML");
    }
    EncodingDetector.Detected detected =
        EncodingDetector.choose(bytes, bytes.length, true, options, name);
    try {
      return detected.charset().newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, detected.bomLength(),
              bytes.length - detected.bomLength()))
          .toString();
    } catch (CharacterCodingException e) {
      throw new BadInputException(name, -1, null, "bytes that are not valid "
          + detected.charset().name() + " text; give the file's encoding (for example --encoding"
          + " GB18030, Big5 or UTF-8)", e);
    }
  }
}
