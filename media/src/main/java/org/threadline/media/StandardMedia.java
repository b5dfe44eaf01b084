package org.threadline.media;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.threadline.core.geo.PlaceForm;
import org.threadline.core.geo.XinjiangGazetteer;
import org.threadline.core.lists.ListEntry;
import org.threadline.core.lists.ReferenceList;
import org.threadline.media.analysis.MediaAnalyser;
import org.threadline.lists.geo.BundledGeography;
import org.threadline.media.lexicon.CueLexicon;
import org.threadline.media.lexicon.GazetteerPlaceLexicon;
import org.threadline.media.lexicon.TablePlaceLexicon;
import org.threadline.media.text.CharFolding;

/**
 * The media analyser as Threadline ships it: the bundled cue lexicon, the Xinjiang places (the
 * media table's names first, then the rest of the Xinjiang gazetteer), the countries, and the
 * given lists. The one place that assembles it, for the CLI, the server
 * and the benchmarks.
 */
public final class StandardMedia {
  private StandardMedia() {}

  /** An analyser that finds the entries of {@code lists}. */
  public static MediaAnalyser analyser(List<ReferenceList> lists) {
    TablePlaceLexicon xinjiang = TablePlaceLexicon.xinjiang();
    return MediaAnalyser.builder(CueLexicon.bundled())
        .places(xinjiang)
        .places(GazetteerPlaceLexicon.of(BundledGeography.gazetteer(), BundledGeography.DATA_VERSION, xinjiang))
        .places(TablePlaceLexicon.countries())
        .namedAfterPlaces(BundledGeography.gazetteer().namedAfterPlaces())
        .lists(lists)
        .moreNames(xpccNames(BundledGeography.gazetteer()))
        .build();
  }

  /**
   * The gazetteer's names of the XPCC (新疆生产建设兵团, 中国新建集团, Bingtuan, ...) for any list
   * entry that is the XPCC under one of them, so that Chinese reporting names the listed entry.
   * Short Han forms (兵团, 新建集团) are left out: in running text they name other things too.
   */
  static Function<ListEntry, List<String>> xpccNames(XinjiangGazetteer gazetteer) {
    Set<String> folded = new HashSet<>();
    List<String> names = new ArrayList<>();
    for (PlaceForm f : gazetteer.forms()) {
      if (f.kind() != PlaceForm.Kind.XPCC) {
        continue;
      }
      folded.add(CharFolding.foldString(f.surface()));
      boolean han = CharFolding.isUnspacedScript(f.surface().charAt(0));
      if (f.surface().length() > (han ? 4 : 3)) {
        names.add(f.surface());
      }
    }
    return entry -> entry.names().stream().anyMatch(n -> folded.contains(CharFolding.foldString(n)))
        ? names : List.of();
  }
}
