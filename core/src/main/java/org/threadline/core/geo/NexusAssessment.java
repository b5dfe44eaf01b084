package org.threadline.core.geo;

import java.util.List;
import org.threadline.core.model.XinjiangNexus;

/**
 * Everything the detector concluded about one party: the findings it reports, the signals it
 * saw and set aside (with why), and where in China the address is.
 *
 * @param findings the Xinjiang signals, strongest first
 * @param dismissed signals seen and cancelled (a street named after a Xinjiang place, a product
 *     word, a same-name place abroad, a country column that says elsewhere)
 * @param place the province and prefecture of the address, when it is in China; else null
 */
public record NexusAssessment(List<XinjiangNexus> findings, List<Dismissal> dismissed, ChinaPlace place) {

  public NexusAssessment {
    findings = List.copyOf(findings);
    dismissed = List.copyOf(dismissed);
  }

  /**
   * A signal seen and set aside.
   *
   * @param signal {@code address, registration_id, postal_code, phone, name}
   * @param evidence the text that looked like a signal
   * @param reason why it does not count
   */
  public record Dismissal(String signal, String evidence, String reason) {}
}
