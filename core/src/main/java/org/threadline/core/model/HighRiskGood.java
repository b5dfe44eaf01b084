package org.threadline.core.model;

import java.util.List;

/**
 * What the party supplies is a good at risk: a DOL TVPRA good from a listed country, or a good in
 * a UFLPA high-priority sector.
 *
 * @param source {@code dol_tvpra} or {@code uflpa_sectors}
 * @param sourceVersion the version of the table or list that produced this finding
 * @param good the good as the source names it (e.g. {@code Cotton}, {@code polysilicon})
 * @param sector the UFLPA high-priority sector, or null
 * @param country the country the source lists the good for, or null
 * @param forcedLabour for DOL goods: listed for forced labour (otherwise child labour only)
 * @param evidence the party's {@code product} or {@code hts} text that matched
 */
public record HighRiskGood(
    String source,
    String sourceVersion,
    String good,
    String sector,
    String country,
    boolean forcedLabour,
    String evidence,
    double score,
    List<Explanation> explanation)
    implements Finding {

  public HighRiskGood {
    explanation = List.copyOf(explanation);
  }

  @Override
  public FindingKind kind() {
    return FindingKind.HIGH_RISK_GOOD;
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.highRiskGood(this);
  }
}
