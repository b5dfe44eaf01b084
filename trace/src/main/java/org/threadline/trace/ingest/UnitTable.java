package org.threadline.trace.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.threadline.lists.bundled.BundledData;
import org.threadline.trace.model.Unit;

/**
 * The units of quantity a supply-chain file may use, from the bundled {@code data/trace/units.csv}
 * (unit, dimension, factor to the dimension's base unit, synonyms).
 */
public final class UnitTable {
  /** The bundled table's path below {@code data/}. */
  public static final String BUNDLED = "trace/units.csv";

  private final Map<String, Unit> byName;
  private final Map<String, Unit> baseByDimension;

  private UnitTable(Map<String, Unit> byName) {
    this.byName = byName;
    Map<String, Unit> base = new HashMap<>();
    for (Unit u : byName.values()) {
      if (u.toBase() == 1.0) {
        base.putIfAbsent(u.dimension(), u);
      }
    }
    this.baseByDimension = Map.copyOf(base);
  }

  /**
   * The base unit of a unit's dimension (kg for t, pcs for dozen): the unit a product's
   * quantities are held in when its file does not say.
   */
  public Unit base(Unit unit) {
    return baseByDimension.getOrDefault(unit.dimension(), unit);
  }

  /** The bundled table. */
  public static UnitTable bundled() {
    return of(BundledData.lines(BUNDLED));
  }

  /**
   * A table from the lines of a units file: a header, then {@code unit,dimension,to_base,synonyms}.
   *
   * @throws IllegalArgumentException naming the line when a line is malformed
   */
  public static UnitTable of(List<String> lines) {
    Map<String, Unit> m = new HashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] cols = line.split(",", -1);
      if (cols.length < 3) {
        throw new IllegalArgumentException("units table line " + (i + 1) + ": expected unit,dimension,to_base");
      }
      Unit u = new Unit(cols[0].strip(), cols[1].strip(), Double.parseDouble(cols[2].strip()));
      m.put(key(u.code()), u);
      if (cols.length > 3) {
        for (String syn : cols[3].split(";")) {
          if (!syn.isBlank()) {
            m.put(key(syn), u);
          }
        }
      }
    }
    return new UnitTable(Map.copyOf(m));
  }

  /** The unit a cell names ({@code KG}, {@code kgs}, {@code Kilograms} alike), or null. */
  public Unit find(String text) {
    return text == null ? null : byName.get(key(text));
  }

  private static String key(String s) {
    String k = s.strip().toLowerCase(Locale.ROOT);
    if (k.endsWith(".")) {
      k = k.substring(0, k.length() - 1);
    }
    return k.replace('²', '2').replace('³', '3');
  }
}
