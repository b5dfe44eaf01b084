package org.threadline.core.geo;

import java.util.List;

/**
 * A run of a prepared text that names places or is a place-named phrase (a product, a natural
 * feature).
 *
 * @param start first prepared character
 * @param end prepared character after the last
 * @param text the prepared text the run is in
 * @param forms the place forms stored under the run's key (empty for a phrase)
 * @param phrase {@link AddressWord#PRODUCT} or {@link AddressWord#FEATURE} when the run is such a
 *     phrase, else null
 */
record PlaceMatch(int start, int end, PlaceText text, List<PlaceForm> forms, AddressWord phrase) {

  /** The original text of the run (made on demand: most runs are never shown). */
  String surface() {
    return text.surface(start, end);
  }
}
