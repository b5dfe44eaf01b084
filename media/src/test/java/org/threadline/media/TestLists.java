package org.threadline.media;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.threadline.core.lists.ListEntry;
import org.threadline.core.lists.ListInfo;
import org.threadline.core.lists.ReferenceList;
import org.threadline.core.model.FindingKind;

/** The bundled UFLPA list, parsed in test code from the repository's data folder. */
public final class TestLists {
  private TestLists() {}

  public static ReferenceList uflpa() {
    Path csv = Path.of("../data/lists/uflpa_entity_list.csv");
    List<ListEntry> entries = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      int n = 0;
      for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
        n++;
        List<String> aliases = rec.get("aliases").isBlank() ? List.of()
            : Arrays.stream(rec.get("aliases").split(";")).map(String::strip).toList();
        entries.add(new ListEntry("uflpa", String.format("uflpa-%04d", n), rec.get("name"), aliases,
            rec.get("section").isBlank() ? null : rec.get("section"), "CN", List.of(),
            rec.get("effective_date"), false, null, null));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ListInfo info = new ListInfo("uflpa", "UFLPA Entity List", "test-copy", "data/lists", "2026",
        "public domain", FindingKind.ENTITY_LIST_MATCH, false, false, null, "bundled");
    return new ReferenceList(info, entries);
  }
}
