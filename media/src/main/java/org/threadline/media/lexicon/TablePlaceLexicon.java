package org.threadline.media.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Place names read from a bundled table of {@code data/media/}: the Xinjiang places the analyser
 * knows before the full gazetteer is plugged in, and the world's countries (with their Chinese
 * names).
 */
public record TablePlaceLexicon(List<PlaceName> placeNames, String version) implements PlaceLexicon {
  public TablePlaceLexicon {
    placeNames = List.copyOf(placeNames);
  }

  /** Xinjiang's prefectures, XPCC cities and the counties most named in reporting. */
  public static TablePlaceLexicon xinjiang() {
    List<PlaceName> out = new ArrayList<>();
    for (Map<String, String> row : DataTable.read("media/xinjiang_places.csv")) {
      add(out, row.get("name"), row.get("aliases"), row.get("division_code"), "CN");
    }
    return new TablePlaceLexicon(out, "data/media/xinjiang_places.csv " + CueLexicon.VERSION);
  }

  /** Countries (and the EU) under their English and Chinese names. */
  public static TablePlaceLexicon countries() {
    List<PlaceName> out = new ArrayList<>();
    for (Map<String, String> row : DataTable.read("media/countries.csv")) {
      add(out, row.get("name"), row.get("aliases"), null, row.get("code"));
    }
    return new TablePlaceLexicon(out, "data/media/countries.csv " + CueLexicon.VERSION);
  }

  private static void add(List<PlaceName> out, String name, String aliases, String code, String country) {
    out.add(new PlaceName(name, name, code, country));
    if (aliases != null && !aliases.isBlank()) {
      for (String a : aliases.split(";")) {
        if (!a.isBlank()) {
          out.add(new PlaceName(a.strip(), name, code, country));
        }
      }
    }
  }
}
