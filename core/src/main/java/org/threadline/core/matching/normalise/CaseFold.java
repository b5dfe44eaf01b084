package org.threadline.core.matching.normalise;

import java.util.Locale;

/**
 * Folds case with the root locale (never the user's: a Turkish locale would turn I into a
 * dotless ı and break matching of English names).
 */
public final class CaseFold implements TextStep {
  @Override
  public String apply(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
