package org.threadline.report;

import org.threadline.core.model.Risk;
import org.threadline.core.model.ScreeningResult;

/** How many results a run had, by risk level, and how many carry the UFLPA presumption. */
final class RiskCounts {
  private final long[] byRisk = new long[Risk.values().length];
  private long records;
  private long presumption;

  void add(ScreeningResult result) {
    records++;
    byRisk[result.risk().ordinal()]++;
    if (result.presumption()) {
      presumption++;
    }
  }

  long records() {
    return records;
  }

  long presumption() {
    return presumption;
  }

  long count(Risk risk) {
    return byRisk[risk.ordinal()];
  }
}
