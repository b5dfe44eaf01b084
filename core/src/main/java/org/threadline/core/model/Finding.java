package org.threadline.core.model;

import java.util.List;

/**
 * One reason a party deserves attention. Every finding has a kind, a score in [0,1] that means
 * the same across kinds (>= 0.9 near-certain, >= 0.7 worth a look) and the explanation of that
 * score.
 */
public sealed interface Finding permits ListMatch, XinjiangNexus, HighRiskGood, AdverseMedia {
  FindingKind kind();

  double score();

  List<Explanation> explanation();
}
