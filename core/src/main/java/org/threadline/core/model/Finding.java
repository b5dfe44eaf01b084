package org.threadline.core.model;

import java.util.List;

/**
 * One reason a party deserves attention. Every finding has a kind, a score in [0,1] that means
 * the same across kinds (>= 0.9 near-certain, >= 0.7 worth a look) and the explanation of that
 * score.
 *
 * <p>Code that does something different for each kind of finding implements a {@link Visitor}
 * rather than testing {@code instanceof}: a new kind adds a method to the visitor, and every
 * place that dispatches on findings then fails to compile until it handles the new kind. (Java
 * 17 has sealed interfaces but not yet pattern matching in {@code switch}, which would do the
 * same.)
 */
public sealed interface Finding permits ListMatch, XinjiangNexus, HighRiskGood, AdverseMedia {
  FindingKind kind();

  double score();

  List<Explanation> explanation();

  /** Calls the method of {@code visitor} for this kind of finding and returns its result. */
  <R> R accept(Visitor<R> visitor);

  /**
   * What is done with a finding, one method per kind.
   *
   * @param <R> what it gives
   */
  interface Visitor<R> {
    R listMatch(ListMatch match);

    R xinjiangNexus(XinjiangNexus nexus);

    R highRiskGood(HighRiskGood good);

    R adverseMedia(AdverseMedia media);
  }
}
