package org.threadline.lists.parse;

import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.threadline.core.BadInputException;
import org.threadline.core.lists.ListInfo;
import org.threadline.core.lists.TvpraGood;
import org.threadline.core.lists.TvpraList;

/**
 * Reads the US Department of Labor's List of Goods Produced by Child Labor or Forced Labor
 * (TVPRA) as a CSV, in the layouts DOL has published:
 *
 * <ul>
 *   <li>marks per labour type, as in the 2016 edition: {@code Country, Good, Child Labor, Forced
 *       Labor} with {@code X} (or {@code Yes}/{@code No}, {@code Y}/{@code N}, {@code 1}/{@code
 *       0}) for listed;
 *   <li>one row per good and labour type, as the DOL web table exports it: {@code Country/Area,
 *       Good, Exploitation Type} with {@code Child Labor}, {@code Forced Labor} or {@code Forced
 *       Child Labor} (several types may share a cell, separated by commas);
 *   <li>the Better Trade Tool table: {@code Country, Good, All_Exploitations} and the date-range
 *       columns {@code CL}, {@code FL}, {@code FCL} ({@code 2009-} listed, {@code 2009-2018}
 *       removed in 2018).
 * </ul>
 *
 * <p>Forced child labour counts as both. Rows for the same country and good are merged.
 */
public final class DolTvpraCsvParser {
  private static final Pattern CLOSED_RANGE = Pattern.compile("\\d{4}\\s*[-\u2013]\\s*\\d{4}");

  private DolTvpraCsvParser() {}

  /** Reads the list; {@code info} is the provenance the returned list carries. */
  public static TvpraList parse(Reader reader, String fileName, ListInfo info) {
    CsvTable table = CsvTable.read(reader, fileName);
    table.require("country", "country/area", "country area", "country or area");
    table.require("good", "goods", "product");
    Layout layout = layoutOf(table);
    Map<String, TvpraGood> goods = new LinkedHashMap<>();
    for (CsvTable.Row row : table.rows()) {
      String country = AliasSplitter.collapseSpaces(
          row.get("country", "country/area", "country area", "country or area"));
      String good = AliasSplitter.collapseSpaces(row.get("good", "goods", "product"));
      if (country.isEmpty() && good.isEmpty()) {
        continue;
      }
      if (country.isEmpty() || good.isEmpty()) {
        throw new BadInputException(fileName, row.row(), country.isEmpty() ? "Country" : "Good",
            "the cell is empty");
      }
      boolean[] types = layout.types(row);
      if (!types[0] && !types[1]) {
        continue;
      }
      String key = (country + "\u0000" + good).toLowerCase(Locale.ROOT);
      TvpraGood before = goods.get(key);
      goods.put(key, before == null
          ? new TvpraGood(country, good, types[0], types[1])
          : new TvpraGood(before.country(), before.good(),
              before.childLabour() || types[0], before.forcedLabour() || types[1]));
    }
    if (goods.isEmpty()) {
      throw new BadInputException(fileName, 0, null, "the file lists no goods");
    }
    return new TvpraList(info, new ArrayList<>(goods.values()));
  }

  /** How a layout says which labour types a row lists: {child labour, forced labour}. */
  private interface Layout {
    boolean[] types(CsvTable.Row row);
  }

  private static Layout layoutOf(CsvTable table) {
    String file = table.fileName();
    if (table.has("child labor", "child labour") && table.has("forced labor", "forced labour")) {
      return row -> new boolean[] {
          mark(row, "Child Labor", row.get("child labor", "child labour")),
          mark(row, "Forced Labor", row.get("forced labor", "forced labour"))
      };
    }
    if (table.has("cl", "fl", "fcl")) {
      return row -> {
        boolean fcl = listedSince(row.get("fcl"));
        return new boolean[] {listedSince(row.get("cl")) || fcl, listedSince(row.get("fl")) || fcl};
      };
    }
    if (table.has("exploitation type", "exploitation types", "all exploitations", "type of exploitation")) {
      return row -> exploitation(row,
          row.get("exploitation type", "exploitation types", "all exploitations", "type of exploitation"));
    }
    throw new BadInputException(file, 0, null, "cannot tell the labour type: expected the columns"
        + " 'Child Labor' and 'Forced Labor', or 'Exploitation Type', or 'CL'/'FL'/'FCL'"
        + " (the header is: " + String.join(", ", table.header()) + ")");
  }

  private static boolean mark(CsvTable.Row row, String column, String cell) {
    String v = cell.strip().toLowerCase(Locale.ROOT);
    switch (v) {
      case "x": case "yes": case "y": case "true": case "1": case "\u2713": case "\u2714":
        return true;
      case "": case "no": case "n": case "false": case "0": case "-": case "\u2013":
        return false;
      default:
        throw new BadInputException(row.fileName(), row.row(), column,
            "'" + cell + "' is not a mark (write X or Yes for listed, leave empty or No)");
    }
  }

  private static boolean[] exploitation(CsvTable.Row row, String cell) {
    boolean child = false;
    boolean forced = false;
    for (String part : cell.split("[,;/|]|\\band\\b")) {
      String p = part.strip().toLowerCase(Locale.ROOT).replace("labour", "labor");
      if (p.isEmpty()) {
        continue;
      }
      if (p.equals("forced child labor") || p.equals("fcl")) {
        child = true;
        forced = true;
      } else if (p.equals("child labor") || p.equals("cl")) {
        child = true;
      } else if (p.equals("forced labor") || p.equals("fl")) {
        forced = true;
      } else {
        throw new BadInputException(row.fileName(), row.row(), "Exploitation Type",
            "'" + cell + "' is not an exploitation type (Child Labor, Forced Labor, Forced Child Labor)");
      }
    }
    return new boolean[] {child, forced};
  }

  /** A Better Trade Tool range: listed when given and not closed ({@code 2009-2018} was removed). */
  private static boolean listedSince(String range) {
    String r = range.strip();
    return !r.isEmpty() && !CLOSED_RANGE.matcher(r).find() && !r.equalsIgnoreCase("no");
  }
}
