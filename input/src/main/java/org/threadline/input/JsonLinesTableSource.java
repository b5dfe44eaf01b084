package org.threadline.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Map;
import org.threadline.core.BadInputException;

/**
 * JSON Lines: one object per line. A line that is not an object is one bad row, and reading can go
 * on from the next line. The header grows as new keys appear, as for a JSON array.
 */
final class JsonLinesTableSource extends LookaheadTableSource {
  private final TextFile text;
  private final RecordLengthGuard guard;
  private final BufferedReader lines;
  private final JsonFactory factory = new JsonFactory();
  private final JsonCells cells = new JsonCells(factory);
  private long row;
  private long line;

  private JsonLinesTableSource(String fileName, InputOptions options, TextFile text, Reader reader) {
    super(fileName, options, text);
    this.text = text;
    this.guard = new RecordLengthGuard(reader, DelimitedTableSource.MAX_RECORD_CHARS);
    this.lines = new BufferedReader(guard);
  }

  static JsonLinesTableSource open(String fileName, InputOptions options, TextFile text,
      Reader reader) {
    JsonLinesTableSource source = new JsonLinesTableSource(fileName, options, text, reader);
    try {
      // Reading ahead one row names the columns before the caller asks for them.
      boolean any = source.hasNext();
      if (!any && source.row == 0) {
        throw new BadInputException(fileName, -1, null,
            "the file is empty: expected one JSON object per line");
      }
    } catch (RuntimeException e) {
      source.close();
      throw e;
    }
    return source;
  }

  @Override
  public List<String> header() {
    return cells.header().names();
  }

  @Override
  TableRow readRow() {
    String text;
    do {
      text = nextLine();
      if (text == null) {
        return null;
      }
    } while (text.isBlank());
    row++;
    try (JsonParser parser = factory.createParser(text)) {
      JsonToken token = parser.nextToken();
      if (token != JsonToken.START_OBJECT) {
        throw new MalformedRowException(row, null,
            "line " + line + " is " + JsonCells.describe(token) + ", not a JSON object");
      }
      Map<String, String> values = cells.readObject(parser);
      JsonToken after = parser.nextToken();
      if (after != null) {
        throw new MalformedRowException(row, null,
            "line " + line + " has more after its object (one object per line)");
      }
      return new TableRow(fileName(), row, values);
    } catch (JsonProcessingException e) {
      throw new MalformedRowException(row, null, "line " + line + " is not a complete JSON object"
          + " (expected an array of objects, or one object per line): " + JsonCells.problem(e));
    } catch (IOException e) {
      throw new MalformedRowException(row, null, "line " + line + ": " + e.getMessage());
    }
  }

  private String nextLine() {
    try {
      String text = lines.readLine();
      guard.recordEnded();
      if (text != null) {
        line++;
        if (line == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
          text = text.substring(1);
        }
      }
      return text;
    } catch (IOException e) {
      throw this.text.readError(row + 1, e);
    }
  }

  @Override
  public void close() {
    try {
      lines.close();
    } catch (IOException e) {
      // A file opened only for reading: nothing is lost if releasing it fails.
    }
  }
}
