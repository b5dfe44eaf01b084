package org.threadline.media;

import java.util.List;
import org.threadline.core.lists.ReferenceList;
import org.threadline.media.analysis.MediaAnalyser;
import org.threadline.lists.geo.BundledGeography;
import org.threadline.media.lexicon.CueLexicon;
import org.threadline.media.lexicon.GazetteerPlaceLexicon;
import org.threadline.media.lexicon.TablePlaceLexicon;

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
        .lists(lists)
        .build();
  }
}
