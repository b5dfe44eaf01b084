package org.threadline.lists;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.threadline.core.lists.ListInfo;
import org.threadline.core.model.FindingKind;
import org.threadline.lists.bundled.BundledData;

/**
 * The bundled lists and their provenance, as {@code data/lists/lists.json} declares them: for each
 * list id the file, its format and what its {@link ListInfo} says (title, version, source,
 * retrieval date, licence, completeness, verification, notice). Provenance is data, so a new copy
 * of a list is a data change.
 */
public final class ListCatalog {
  /** The bundled metadata file, below {@code data/}. */
  public static final String METADATA = "lists/lists.json";

  /**
   * One bundled list.
   *
   * @param file its path below {@code data/}
   * @param format its layout
   * @param info its provenance, origin {@code bundled}
   */
  public record Entry(String file, ListFormat format, ListInfo info) {}

  private final Map<String, Entry> entries;

  private ListCatalog(Map<String, Entry> entries) {
    this.entries = entries;
  }

  /** The catalog of the bundled lists. */
  public static ListCatalog bundled() {
    try (InputStream in = BundledData.open(METADATA)) {
      return of(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled data/" + METADATA, e);
    }
  }

  static ListCatalog of(JsonNode root) {
    Map<String, Entry> entries = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = root.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getKey().startsWith("_")) {
        continue;
      }
      JsonNode n = e.getValue();
      ListFormat format = ListFormat.ofCode(text(n, "format"));
      if (format == null) {
        throw new IllegalStateException("data/" + METADATA + ": list " + e.getKey()
            + " has an unknown format '" + text(n, "format") + "'");
      }
      ListInfo info = ListInfo.builder(e.getKey())
          .title(text(n, "title"))
          .version(text(n, "version"))
          .source(text(n, "source"))
          .retrieved(text(n, "retrieved"))
          .licence(text(n, "licence"))
          .findingKind(kindOf(text(n, "findingKind")))
          .complete(n.path("complete").asBoolean(true))
          .verified(n.path("verified").asBoolean(true))
          .notice(n.hasNonNull("notice") ? n.get("notice").asText() : null)
          .origin("bundled")
          .build();
      entries.put(e.getKey(), new Entry(text(n, "file"), format, info));
    }
    return new ListCatalog(Map.copyOf(entries));
  }

  /** The bundled list with this id, or null. */
  public Entry get(String listId) {
    return entries.get(listId);
  }

  /** True when a list with this id is bundled. */
  public boolean has(String listId) {
    return entries.containsKey(listId);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      throw new IllegalStateException("data/" + METADATA + " lacks '" + field + "' for a list");
    }
    return v.asText();
  }

  static FindingKind kindOf(String code) {
    for (FindingKind k : FindingKind.values()) {
      if (k.code().equals(code)) {
        return k;
      }
    }
    throw new IllegalStateException("data/" + METADATA + ": unknown finding kind '" + code + "'");
  }
}
