package org.threadline.media.lexicon;

import java.util.List;

/**
 * A source of place names for the analyser: the Xinjiang gazetteer, the country names. Each place
 * appears under every name it is known by.
 */
public interface PlaceLexicon {

  /** Every name of every place. */
  List<PlaceName> placeNames();

  /** The version of the data behind the names, for the provenance of every result. */
  String version();
}
