package org.threadline.core.matching.normalise;

import java.text.Normalizer;

/**
 * Unicode NFKC: folds full-width Latin letters and digits to ASCII (Ｄａｑｏ becomes Daqo),
 * ideographic spaces to spaces, and compatibility ideographs to their unified forms, so that
 * names typed on a Chinese keyboard meet names typed on a Latin one.
 */
public final class CompatibilityFold implements TextStep {
  @Override
  public String apply(String text) {
    return Normalizer.isNormalized(text, Normalizer.Form.NFKC)
        ? text
        : Normalizer.normalize(text, Normalizer.Form.NFKC);
  }
}
