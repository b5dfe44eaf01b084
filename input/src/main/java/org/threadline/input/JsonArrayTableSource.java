package org.threadline.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Map;
import org.threadline.core.BadInputException;

/**
 * A JSON array of objects, one object per row, read with Jackson's streaming parser: only the
 * current object is ever in memory. The header is the keys of the first object, then any new key
 * in the order it first appears.
 */
final class JsonArrayTableSource extends LookaheadTableSource {
  private final TextFile text;
  private final JsonParser parser;
  private final JsonCells cells;
  private long row;
  private boolean ended;

  private JsonArrayTableSource(String fileName, InputOptions options, TextFile text,
      JsonParser parser, JsonCells cells) {
    super(fileName, options, text);
    this.text = text;
    this.parser = parser;
    this.cells = cells;
  }

  static JsonArrayTableSource open(String fileName, InputOptions options, TextFile text,
      Reader reader) {
    JsonFactory factory = new JsonFactory();
    JsonParser parser;
    try {
      parser = factory.createParser(reader);
    } catch (IOException e) {
      throw text.readError(-1, e);
    }
    JsonArrayTableSource source =
        new JsonArrayTableSource(fileName, options, text, parser, new JsonCells(factory));
    try {
      source.start();
    } catch (RuntimeException e) {
      source.close();
      throw e;
    }
    return source;
  }

  /** Checks the array opens and reads the first object, which names the columns. */
  private void start() {
    JsonToken token;
    try {
      token = parser.nextToken();
    } catch (IOException e) {
      throw failure(0, e);
    }
    if (token == null) {
      throw new BadInputException(fileName(), -1, null,
          "the file is empty: expected a JSON array of objects");
    }
    if (token != JsonToken.START_ARRAY) {
      throw new BadInputException(fileName(), 0, null, "the file holds " + JsonCells.describe(token)
          + ", not an array of objects ([{\"name\": ...}, ...])");
    }
    // Reading ahead one row names the columns before the caller asks for them.
    hasNext();
  }

  @Override
  public List<String> header() {
    return cells.header().names();
  }

  @Override
  TableRow readRow() {
    return readElement();
  }

  private TableRow readElement() {
    if (ended) {
      return null;
    }
    try {
      JsonToken token = parser.nextToken();
      if (token == JsonToken.END_ARRAY || token == null) {
        ended = true;
        return null;
      }
      row++;
      if (token != JsonToken.START_OBJECT) {
        parser.skipChildren();
        throw new MalformedRowException(row, null,
            "element " + row + " of the array is " + JsonCells.describe(token) + ", not an object");
      }
      Map<String, String> values = cells.readObject(parser);
      return new TableRow(fileName(), row, values);
    } catch (IOException e) {
      ended = true;
      throw failure(row, e);
    }
  }

  private BadInputException failure(long atRow, IOException e) {
    if (e instanceof JsonProcessingException) {
      JsonLocation at = ((JsonProcessingException) e).getLocation();
      String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
      return new BadInputException(fileName(), atRow, null,
          "not valid JSON" + where + ": " + JsonCells.problem((JsonProcessingException) e), e);
    }
    return text.readError(atRow, e);
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      // A file opened only for reading: nothing is lost if releasing it fails.
    }
  }
}
