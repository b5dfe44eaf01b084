package org.threadline.media.lexicon;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The cue phrases of every {@link CueFamily}, read from the files of {@code data/media/} (see
 * the README there for sources). Immutable.
 */
public final class CueLexicon {
  /** The version of the lexicon files, as data/media/README.md gives it. */
  public static final String VERSION = "media-lexicon-2026-11-25";

  private final Map<CueFamily, List<Cue>> cues;

  private CueLexicon(Map<CueFamily, List<Cue>> cues) {
    this.cues = cues;
  }

  /** The lexicon bundled with Threadline. */
  public static CueLexicon bundled() {
    Map<CueFamily, List<Cue>> all = new EnumMap<>(CueFamily.class);
    for (CueFamily f : CueFamily.values()) {
      all.put(f, parse(f, DataTable.read("media/" + f.file())));
    }
    return new CueLexicon(all);
  }

  /** The cues of one family, in file order. */
  public List<Cue> cues(CueFamily family) {
    return cues.get(family);
  }

  /** Every cue of every family. */
  public List<Cue> all() {
    List<Cue> out = new ArrayList<>();
    cues.values().forEach(out::addAll);
    return out;
  }

  public String version() {
    return VERSION;
  }

  private static List<Cue> parse(CueFamily family, List<Map<String, String>> rows) {
    List<Cue> out = new ArrayList<>(rows.size());
    for (Map<String, String> row : rows) {
      String language = row.get("language");
      String phrase = row.containsKey("phrase") ? row.get("phrase") : row.get("suffix");
      String id = language;
      for (var e : row.entrySet()) {
        String column = e.getKey();
        if (!column.equals("language") && !column.equals("phrase") && !column.equals("suffix")
            && !column.equals("weight")) {
          // The first other column says what the phrase signals (topic, indicator, position).
          id = e.getValue();
          break;
        }
      }
      String w = row.get("weight");
      double weight = w == null || w.isEmpty() ? 1.0 : Double.parseDouble(w);
      if (phrase == null || phrase.isBlank()) {
        throw new IllegalStateException("data/media/" + family.file() + ": a row without a phrase: " + row);
      }
      out.add(new Cue(family, id, language, phrase, weight));
    }
    return List.copyOf(out);
  }
}
