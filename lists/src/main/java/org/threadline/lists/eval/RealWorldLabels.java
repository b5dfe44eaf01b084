package org.threadline.lists.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.threadline.core.screening.eval.PartyLabel;
import org.threadline.lists.bundled.BundledData;

/**
 * The team's labels for real populations, bundled from {@code data/eval/realworld/}: which
 * parties are listed companies or their branches, which alarms are false and why, and which
 * parties are in Xinjiang when their province column does not say so.
 */
public final class RealWorldLabels {
  /** List labels, below {@code data/}. */
  public static final String LIST_LABELS = "eval/realworld/list_labels.csv";
  /** Xinjiang labels, below {@code data/}. */
  public static final String XINJIANG_LABELS = "eval/realworld/xinjiang_labels.csv";

  private RealWorldLabels() {}

  /** The list labels. */
  public static List<PartyLabel> listLabels() {
    return read(LIST_LABELS);
  }

  /** The Xinjiang labels (none when the file is not bundled). */
  public static List<PartyLabel> xinjiangLabels() {
    return BundledData.exists(XINJIANG_LABELS) ? read(XINJIANG_LABELS) : List.of();
  }

  private static List<PartyLabel> read(String path) {
    List<PartyLabel> out = new ArrayList<>();
    try (BufferedReader r = BundledData.reader(path)) {
      var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
          .setCommentMarker('#').setIgnoreSurroundingSpaces(true).get();
      for (CSVRecord rec : format.parse(r)) {
        String entries = rec.isMapped("entries") ? rec.get("entries") : "";
        out.add(new PartyLabel(rec.get("file"), rec.get("id"), rec.get("name"), rec.get("label"),
            entries.isBlank() ? List.of()
                : Arrays.stream(entries.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
            rec.isMapped("cause") ? rec.get("cause") : "", rec.get("reason")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled data/" + path, e);
    }
    return out;
  }
}
