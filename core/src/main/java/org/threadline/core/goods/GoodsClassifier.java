package org.threadline.core.goods;

import java.util.List;
import org.threadline.core.model.HighRiskGood;
import org.threadline.core.model.Party;

/**
 * Says whether what a party supplies (its {@code product} and {@code hts} columns) is a good at
 * risk: a UFLPA high-priority sector, or a DOL TVPRA good from the party's country.
 */
public interface GoodsClassifier {

  /** The high-risk-good findings for the party; empty when it supplies nothing at risk. */
  List<HighRiskGood> classify(Party party);
}
