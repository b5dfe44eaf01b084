package org.threadline.core.model;

import java.util.List;

/**
 * A signal that the party is located in, or registered in, Xinjiang (XPCC included).
 *
 * @param signal one of {@code address, registration_id, postal_code, phone, name}
 * @param evidence the text of the party's record that carries the signal
 * @param divisionCode the GB/T 2260 code of the most precise division found ({@code 65},
 *     {@code 6540}, {@code 654003}, ...), or null
 * @param divisionName the division's English name, or null
 * @param score in [0,1]
 * @param explanation why, including anything that lowered the score (a road named after a
 *     Xinjiang place in another city, a country column that says elsewhere, ...)
 */
public record XinjiangNexus(
    String signal,
    String evidence,
    String divisionCode,
    String divisionName,
    double score,
    List<Explanation> explanation)
    implements Finding {

  public XinjiangNexus {
    explanation = List.copyOf(explanation);
  }

  @Override
  public FindingKind kind() {
    return FindingKind.XINJIANG_NEXUS;
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.xinjiangNexus(this);
  }
}
