package org.threadline.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.threadline.trace.ingest.ChainRow;
import org.threadline.trace.ingest.ChainSource;
import org.threadline.trace.ingest.ChainTable;

/** A chain held in memory for tests: each table is comma-separated lines, a header first. */
final class MemorySource implements ChainSource {
  private final Map<String, List<String>> tables = new HashMap<>();

  MemorySource table(String name, String... lines) {
    tables.put(name, List.of(lines));
    return this;
  }

  @Override
  public String name() {
    return "memory";
  }

  @Override
  public ChainTable open(String table) {
    List<String> lines = tables.get(table);
    if (lines == null) {
      return null;
    }
    List<String> header = Arrays.asList(lines.get(0).split(",", -1));
    List<ChainRow> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String[] cells = lines.get(i).split(",", -1);
      Map<String, String> m = new LinkedHashMap<>();
      for (int c = 0; c < header.size(); c++) {
        m.put(header.get(c), c < cells.length ? cells[c] : "");
      }
      rows.add(new ChainRow(table + ".csv", i, m));
    }
    var it = rows.iterator();
    return new ChainTable() {
      @Override public String fileName() { return table + ".csv"; }
      @Override public List<String> header() { return header; }
      @Override public boolean hasNext() { return it.hasNext(); }
      @Override public ChainRow next() { return it.next(); }
      @Override public void close() {}
    };
  }
}
