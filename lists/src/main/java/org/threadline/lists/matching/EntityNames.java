package org.threadline.lists.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.threadline.core.lists.ListEntry;
import org.threadline.core.matching.KnownName;
import org.threadline.lists.bundled.BundledData;

/**
 * Threadline's table of names that listed companies are known by and their lists do not give
 * ({@code data/lists/entity_names.csv}): registered Chinese names, former names. An entry is
 * found by its list id and its primary name, so the names follow the entry into a newer copy of
 * the list that keeps its name.
 */
public final class EntityNames {
  /** The table, below {@code data/}. */
  public static final String FILE = "lists/entity_names.csv";

  private final Map<String, List<KnownName>> byEntry;

  private EntityNames(Map<String, List<KnownName>> byEntry) {
    this.byEntry = Map.copyOf(byEntry);
  }

  private static final class Holder {
    static final EntityNames BUNDLED = read();
  }

  /** The bundled table, read once. */
  public static EntityNames bundled() {
    return Holder.BUNDLED;
  }

  /** No names at all: the lists' own names only. */
  public static EntityNames none() {
    return new EntityNames(Map.of());
  }

  /** The names the table gives for an entry, maybe none. */
  public List<KnownName> of(ListEntry entry) {
    return byEntry.getOrDefault(key(entry.listId(), entry.name()), List.of());
  }

  /** Number of names in the table. */
  public int size() {
    return byEntry.values().stream().mapToInt(List::size).sum();
  }

  private static String key(String list, String entryName) {
    return list + "\u0000" + entryName.strip();
  }

  private static EntityNames read() {
    Map<String, List<KnownName>> byEntry = new HashMap<>();
    try (BufferedReader r = BundledData.reader(FILE)) {
      var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
          .setCommentMarker('#').get();
      for (CSVRecord rec : format.parse(r)) {
        byEntry.computeIfAbsent(key(rec.get("list"), rec.get("entry_name")), k -> new ArrayList<>())
            .add(new KnownName(rec.get("name").strip(), rec.get("kind").strip(),
                rec.get("source").strip()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled data/" + FILE, e);
    }
    return new EntityNames(byEntry);
  }
}
