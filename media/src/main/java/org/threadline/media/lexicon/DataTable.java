package org.threadline.media.lexicon;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.threadline.lists.bundled.BundledData;

/** Reads a bundled CSV file of {@code data/media/} into rows keyed by header. */
final class DataTable {
  private DataTable() {}

  /** The rows of {@code data/<path>}, each a map from column to (stripped) value. */
  static List<Map<String, String>> read(String path) {
    try (Reader r = BundledData.reader(path)) {
      return read(r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled data file data/" + path, e);
    }
  }

  static List<Map<String, String>> read(Reader r) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
        .setIgnoreEmptyLines(true).setTrim(true).get();
    List<Map<String, String>> rows = new ArrayList<>();
    for (CSVRecord rec : format.parse(r)) {
      rows.add(rec.toMap());
    }
    return rows;
  }
}
