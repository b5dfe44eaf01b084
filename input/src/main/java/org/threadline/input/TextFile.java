package org.threadline.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import org.threadline.core.BadInputException;

/** A user's text file opened for decoding in one known encoding. */
final class TextFile {
  private final String fileName;
  private final Charset charset;

  TextFile(String fileName, Charset charset) {
    this.fileName = fileName;
    this.charset = charset;
  }

  Charset charset() {
    return charset;
  }

  /**
   * A reader over the file after its first {@code skipBytes} bytes (a byte-order mark) that fails
   * on bytes the charset cannot decode rather than replacing them, so that a wrong encoding is
   * reported instead of garbling names.
   */
  Reader open(Path file, int skipBytes) throws IOException {
    InputStream in = Files.newInputStream(file);
    try {
      in.skipNBytes(skipBytes);
    } catch (IOException e) {
      in.close();
      throw e;
    }
    return new BufferedReader(new InputStreamReader(in, charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
  }

  /** The user-facing error for a failure to read the row {@code row} of this file. */
  BadInputException readError(long row, Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof CharacterCodingException) {
        return new BadInputException(fileName, row, null, "bytes that are not valid "
            + charset.name() + " text; give the file's encoding (for example --encoding GB18030,"
            + " Big5 or UTF-8)", failure);
      }
    }
    return new BadInputException(fileName, row, null, "cannot read the file: " + failure.getMessage(),
        failure);
  }
}
