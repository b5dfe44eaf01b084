package org.threadline.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an aliases cell: a JSON array of strings ({@code ["A", "B"]}, as JSON input gives it), or
 * names separated by {@code ;} (also the full-width {@code ；}) or line breaks.
 */
final class AliasList {
  private static final JsonFactory JSON = new JsonFactory();
  private static final Pattern SEPARATOR = Pattern.compile("[;；\\r\\n]+");

  private AliasList() {}

  /** The distinct, trimmed, non-blank aliases in {@code cell}, without {@code name} itself. */
  static List<String> parse(String cell, String name) {
    if (cell == null || cell.isBlank()) {
      return List.of();
    }
    List<String> parts = cell.strip().startsWith("[") ? jsonArray(cell) : null;
    if (parts == null) {
      parts = List.of(SEPARATOR.split(cell));
    }
    Set<String> aliases = new LinkedHashSet<>();
    String self = name == null ? null : name.strip();
    for (String part : parts) {
      String alias = part.strip();
      if (!alias.isEmpty() && !alias.equals(self)) {
        aliases.add(alias);
      }
    }
    return new ArrayList<>(aliases);
  }

  /** The elements of a JSON array of scalars, or {@code null} if the text is not one. */
  private static List<String> jsonArray(String text) {
    try (JsonParser parser = JSON.createParser(text)) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        return null;
      }
      List<String> elements = new ArrayList<>();
      JsonToken token;
      while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
        if (token == null || token.isStructStart()) {
          return null;
        }
        if (token != JsonToken.VALUE_NULL) {
          elements.add(parser.getText());
        }
      }
      return parser.nextToken() == null ? elements : null;
    } catch (IOException e) {
      return null;
    }
  }
}
