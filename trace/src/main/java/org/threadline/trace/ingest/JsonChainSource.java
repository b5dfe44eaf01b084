package org.threadline.trace.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.threadline.core.BadInputException;

/**
 * A supply chain stored as one JSON object whose keys are the table names, each an array of
 * objects: {@code {"parties": [{"id": "P-1", ...}], "flows": [...]}}. Numbers are read as their
 * text; an array cell (a flow's documents) is joined with {@code ;}.
 */
public final class JsonChainSource implements ChainSource {
  private final String fileName;
  private final JsonNode root;

  private JsonChainSource(String fileName, JsonNode root) {
    this.fileName = fileName;
    this.root = root;
  }

  /** Reads the file; a file that is not a JSON object is bad input. */
  public static JsonChainSource read(Path file) {
    String name = file.getFileName().toString();
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.newBufferedReader(file));
    } catch (JsonProcessingException e) {
      throw new BadInputException(name, e.getLocation() == null ? -1 : 0, null,
          "not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new BadInputException(name, -1, null, "cannot read the file: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new BadInputException(name, 0, null,
          "expected a JSON object with the keys parties, products, flows, transforms, shipments,"
              + " documents");
    }
    return new JsonChainSource(name, root);
  }

  @Override
  public String name() {
    return fileName;
  }

  @Override
  public ChainTable open(String table) {
    JsonNode array = root.get(table);
    if (array == null || array.isNull()) {
      return null;
    }
    String file = fileName + "[" + table + "]";
    if (!array.isArray()) {
      throw new BadInputException(file, 0, null, "expected an array of objects");
    }
    Set<String> header = new LinkedHashSet<>();
    for (JsonNode item : array) {
      item.fieldNames().forEachRemaining(header::add);
    }
    return new Table(file, List.copyOf(header), array.elements());
  }

  private static String text(JsonNode v) {
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isArray()) {
      List<String> parts = new ArrayList<>();
      v.forEach(e -> parts.add(e.asText()));
      return String.join(";", parts);
    }
    return v.isValueNode() ? v.asText() : v.toString();
  }

  private static final class Table implements ChainTable {
    private final String file;
    private final List<String> header;
    private final Iterator<JsonNode> items;
    private long row;

    Table(String file, List<String> header, Iterator<JsonNode> items) {
      this.file = file;
      this.header = header;
      this.items = items;
    }

    @Override
    public String fileName() {
      return file;
    }

    @Override
    public List<String> header() {
      return header;
    }

    @Override
    public boolean hasNext() {
      return items.hasNext();
    }

    @Override
    public ChainRow next() {
      if (!items.hasNext()) {
        throw new NoSuchElementException();
      }
      JsonNode item = items.next();
      row++;
      if (!item.isObject()) {
        throw new BadInputException(file, row, null, "expected an object");
      }
      Map<String, String> cells = new LinkedHashMap<>();
      item.fields().forEachRemaining(e -> cells.put(e.getKey(), text(e.getValue())));
      return new ChainRow(file, row, cells);
    }

    @Override
    public void close() {}
  }
}
