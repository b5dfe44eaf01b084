package org.threadline.lists;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.threadline.core.BadInputException;
import org.threadline.core.lists.ListEntry;
import org.threadline.core.lists.ListInfo;
import org.threadline.core.lists.ReferenceList;
import org.threadline.core.model.FindingKind;
import org.threadline.input.InputOptions;
import org.threadline.input.TableReader;
import org.threadline.input.TableSource;
import org.threadline.lists.parse.AliasSplitter;
import org.threadline.lists.parse.CsvTable;
import org.threadline.lists.parse.EntryIds;
import org.threadline.lists.parse.SubsidiaryWording;

/**
 * Loads a user's own list given with {@code --list FILE} (contract "Command line"): a CSV with
 * the columns {@code id, name, aliases, country, notes} (aliases separated by {@code ;}; only
 * {@code name} is required; TSV or XLSX too, in any encoding a supplier file may have), or
 * FollowTheMoney JSON Lines ({@code .jsonl}, {@code .ftm.json}, {@code .json}). The
 * list id is the file name without its extension; its matches are {@code entity_list_match}
 * findings. An entry keeps the id the file gives it, else gets {@code <list>-NNNN} by row.
 */
public final class UserListLoader {
  private UserListLoader() {}

  /** Loads the file. */
  public static ReferenceList load(Path file) {
    String listId = ListFileName.stem(file);
    if (ListStore.updatableIds().contains(listId)) {
      // Matches to a list called "uflpa" would carry the UFLPA presumption.
      throw new BadInputException(file.toString(), -1, null, "a user list cannot be named like the bundled list '"
          + listId + "': rename the file, or load a newer copy with 'threadline lists update --list " + listId + " FILE'");
    }
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    ListInfo info = infoOf(file, listId);
    if (n.endsWith(".jsonl") || n.endsWith(".json") || n.endsWith(".ndjson")
        || startsLikeJson(file)) {
      return FtmImporter.load(file, info);
    }
    // Read as a supplier file is: CSV, TSV or XLSX, in any encoding Threadline reads.
    try (TableSource source = TableReader.open(file, InputOptions.defaults())) {
      return parse(CsvTable.of(source), info);
    }
  }

  /** Parses a list table with the columns of contract "Command line" ({@code --list}). */
  static ReferenceList parse(CsvTable table, ListInfo info) {
    String fileName = table.fileName();
    table.require("name");
    List<ListEntry> entries = new ArrayList<>();
    for (CsvTable.Row row : table.rows()) {
      String name = AliasSplitter.collapseSpaces(row.get("name"));
      if (name.isEmpty()) {
        if (row.cells().values().stream().allMatch(String::isBlank)) {
          continue;
        }
        throw new BadInputException(fileName, row.row(), "name", "the name is empty");
      }
      String id = row.get("id");
      String notes = row.get("notes");
      Map<String, String> props = new LinkedHashMap<>();
      for (Map.Entry<String, String> c : row.cells().entrySet()) {
        if (!List.of("id", "name", "aliases", "country", "notes").contains(c.getKey()) && !c.getValue().isBlank()) {
          props.put(c.getKey(), c.getValue());
        }
      }
      entries.add(ListEntry.builder(info.id(),
              id.isEmpty() ? EntryIds.of(info.id(), entries.size() + 1) : id, name)
          .aliases(AliasSplitter.split(row.get("aliases", "alias")))
          .country(row.get("country").isEmpty() ? null : row.get("country"))
          .addresses(AliasSplitter.split(row.get("address", "addresses")))
          .includesSubsidiaries(SubsidiaryWording.includesSubsidiaries(name)
              || SubsidiaryWording.includesSubsidiaries(notes))
          .notes(notes.isEmpty() ? null : notes)
          .properties(props)
          .build());
    }
    if (entries.isEmpty()) {
      throw new BadInputException(fileName, 0, null, "the list has a header but no entries");
    }
    return new ReferenceList(info, entries);
  }

  /** Whether the file's first character (after a byte-order mark) opens a JSON object. */
  private static boolean startsLikeJson(Path file) {
    byte[] head = new byte[1024];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      // Missing or unreadable: the table reader says which, with the file's name.
      return false;
    }
    String text = new String(head, 0, n, StandardCharsets.ISO_8859_1).replace("\u00EF\u00BB\u00BF", "");
    return text.stripLeading().startsWith("{");
  }

  private static ListInfo infoOf(Path file, String listId) {
    String date;
    try {
      date = LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneOffset.UTC).toString();
    } catch (java.io.IOException e) {
      throw new BadInputException(file.toString(), -1, null,
          Files.exists(file) ? "cannot read the file: " + e.getMessage() : "no such file");
    }
    return ListInfo.builder(listId)
        .title("User list " + file.getFileName())
        .version(date)
        .source(file.getFileName().toString())
        .retrieved(date)
        .licence("the user's own list")
        .findingKind(FindingKind.ENTITY_LIST_MATCH)
        .origin("file")
        .build();
  }
}
