package org.threadline.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns JSON objects into table cells and keeps the columns seen so far. Scalars become their
 * text ({@code null} becomes {@code ""}); an array or object becomes its compact JSON text, so that
 * an {@code aliases} array keeps its elements apart.
 */
final class JsonCells {
  /**
   * Most distinct keys accepted, as many as an Excel sheet has columns: objects whose keys are
   * data (an id per key) would otherwise grow the header without bound.
   */
  static final int MAX_COLUMNS = 16_384;

  private final JsonFactory factory;
  private final HeaderNames header = new HeaderNames();
  private final Map<String, String> columnOfKey = new HashMap<>();

  JsonCells(JsonFactory factory) {
    this.factory = factory;
  }

  HeaderNames header() {
    return header;
  }

  /** Reads the object that starts at the parser's current token ({@code START_OBJECT}). */
  Map<String, String> readObject(JsonParser parser) throws IOException {
    Map<String, String> values = new HashMap<>();
    JsonToken token;
    while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      parser.nextToken();
      String column = columnOfKey.get(key);
      if (column == null) {
        if (columnOfKey.size() >= MAX_COLUMNS) {
          throw new IOException("more than " + MAX_COLUMNS + " distinct keys: each object should"
              + " have the same few keys (name, address, ...)");
        }
        column = header.add(key);
        columnOfKey.put(key, column);
      }
      values.put(column, valueText(parser));
    }
    if (token != JsonToken.END_OBJECT) {
      throw new IOException("unexpected end of input inside an object");
    }
    Map<String, String> cells = new LinkedHashMap<>();
    for (String column : header.names()) {
      cells.put(column, values.getOrDefault(column, ""));
    }
    return cells;
  }

  private String valueText(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    switch (token) {
      case VALUE_NULL:
        return "";
      case START_ARRAY:
      case START_OBJECT:
        StringWriter json = new StringWriter();
        try (JsonGenerator out = factory.createGenerator(json)) {
          out.copyCurrentStructure(parser);
        }
        return json.toString();
      default:
        return parser.getText();
    }
  }

  /** Jackson's account of a syntax error, without the parser's notes on where its input came from. */
  static String problem(JsonProcessingException e) {
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    int cut = message.indexOf(" (start marker at");
    if (cut < 0) {
      cut = message.indexOf('\n');
    }
    return cut < 0 ? message : message.substring(0, cut);
  }

  /** How a JSON value that should have been an object is described to a user. */
  static String describe(JsonToken token) {
    if (token == null) {
      return "nothing";
    }
    switch (token) {
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return token.asString() == null ? token.name() : token.asString();
    }
  }
}
