package org.threadline.core.matching.normalise;

/**
 * One step of name normalisation. Steps are pure functions of their input, safe to share between
 * threads, and idempotent: applying a step twice gives the same text as applying it once.
 */
@FunctionalInterface
public interface TextStep {
  /** Returns the text after this step. */
  String apply(String text);
}
