package org.threadline.lists.parse;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The key under which two spellings of an entity name count as the same entry when list copies
 * are merged or compared: compatibility-folded, accents removed, lower case, punctuation and
 * spacing ignored. Deliberately simpler than the matcher's normalisation: it must never join two
 * different entities, so legal forms are kept.
 */
public final class NameKey {
  private NameKey() {}

  /** The key of a name; "" for null. */
  public static String of(String name) {
    if (name == null) {
      return "";
    }
    String n = Normalizer.normalize(name, Normalizer.Form.NFKD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT)
        .replace('&', ' ')
        .replaceAll("[^\\p{L}\\p{N}]+", " ");
    return n.strip();
  }
}
