package org.threadline.core.matching.normalise;

import java.util.List;

/**
 * The chain of steps every name goes through before it is parsed: compatibility fold (full
 * width), case fold, Traditional to Simplified Chinese, punctuation to spaces, a space at each
 * change between Han and Latin script, and collapsed white space. The result is idempotent.
 */
public final class NameNormaliser implements TextStep {
  private final List<TextStep> steps;

  /** Builds a normaliser from the given steps, applied in order. */
  public NameNormaliser(List<TextStep> steps) {
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("a normaliser needs at least one step, got none");
    }
    this.steps = List.copyOf(steps);
  }

  /** The standard chain for company names. */
  public static NameNormaliser standard() {
    return new NameNormaliser(
        List.of(
            new CompatibilityFold(),
            new CaseFold(),
            new TraditionalToSimplified(),
            new PunctuationToSpace(),
            new ScriptBoundarySpacer(),
            new WhitespaceCollapse()));
  }

  @Override
  public String apply(String text) {
    String s = text == null ? "" : text;
    for (TextStep step : steps) {
      s = step.apply(s);
    }
    return s;
  }
}
