package org.threadline.core.screening;

import java.util.Comparator;
import java.util.List;
import org.threadline.core.model.AdverseMedia;
import org.threadline.core.model.Finding;
import org.threadline.core.model.HighRiskGood;
import org.threadline.core.model.ListMatch;
import org.threadline.core.model.Risk;
import org.threadline.core.model.XinjiangNexus;

/**
 * Turns findings into a risk level and says whether the UFLPA presumption applies.
 *
 * <p>The presumption applies to a near-certain ({@code score >= 0.9}) match to the UFLPA Entity
 * List, subsidiaries of entries listed with them included, and to a near-certain Xinjiang nexus.
 * Those are {@code critical}. A match worth a look to those, or a near-certain match to a CBP
 * WRO/Finding, a sanctions list or a user's own list, is {@code high}. Weaker list matches, a good
 * DOL lists for forced labour from the party's country, and adverse media are {@code medium}; a
 * good in a UFLPA high-priority sector or listed only for child labour is {@code low}.
 */
public final class RiskRules {
  /** The list id whose matches carry the UFLPA presumption. */
  public static final String UFLPA = "uflpa";

  public static final double NEAR_CERTAIN = 0.9;
  public static final double WORTH_A_LOOK = 0.7;

  private RiskRules() {}

  /** The risk level one finding sets on its own. */
  public static Risk riskOf(Finding f) {
    return f.accept(RISK);
  }

  private static final Finding.Visitor<Risk> RISK = new Finding.Visitor<>() {
    @Override
    public Risk listMatch(ListMatch m) {
      boolean strong = m.score() >= NEAR_CERTAIN;
      if (UFLPA.equals(m.list())) {
        return strong ? Risk.CRITICAL : m.score() >= WORTH_A_LOOK ? Risk.HIGH : Risk.MEDIUM;
      }
      return strong ? Risk.HIGH : Risk.MEDIUM;
    }

    @Override
    public Risk xinjiangNexus(XinjiangNexus n) {
      return n.score() >= NEAR_CERTAIN ? Risk.CRITICAL
          : n.score() >= WORTH_A_LOOK ? Risk.HIGH
          : Risk.MEDIUM;
    }

    @Override
    public Risk highRiskGood(HighRiskGood g) {
      // A good DOL lists for forced labour from the party's own country is a concrete risk; a
      // high-priority sector or a child-labour listing is context that deserves a low flag.
      return g.forcedLabour() && g.country() != null ? Risk.MEDIUM : Risk.LOW;
    }

    @Override
    public Risk adverseMedia(AdverseMedia a) {
      return a.score() >= NEAR_CERTAIN && a.relevance() >= NEAR_CERTAIN
          && "allegation".equals(a.stance()) ? Risk.HIGH : Risk.MEDIUM;
    }
  };

  /** True when this finding alone makes the UFLPA rebuttable presumption apply. */
  public static boolean triggersPresumption(Finding f) {
    return f.accept(PRESUMPTION);
  }

  private static final Finding.Visitor<Boolean> PRESUMPTION = new Finding.Visitor<>() {
    @Override
    public Boolean listMatch(ListMatch m) {
      return UFLPA.equals(m.list()) && m.score() >= NEAR_CERTAIN;
    }

    @Override
    public Boolean xinjiangNexus(XinjiangNexus n) {
      return n.score() >= NEAR_CERTAIN;
    }

    @Override
    public Boolean highRiskGood(HighRiskGood g) {
      return false;
    }

    @Override
    public Boolean adverseMedia(AdverseMedia a) {
      return false;
    }
  };

  /** The worst level over all findings ({@code none} for no findings). */
  public static Risk overall(List<? extends Finding> findings) {
    Risk risk = Risk.NONE;
    for (Finding f : findings) {
      risk = Risk.worst(risk, riskOf(f));
    }
    return risk;
  }

  /** True when any finding triggers the presumption. */
  public static boolean presumption(List<? extends Finding> findings) {
    for (Finding f : findings) {
      if (triggersPresumption(f)) {
        return true;
      }
    }
    return false;
  }

  /** Orders findings most severe first, then by score, highest first. */
  public static final Comparator<Finding> MOST_SEVERE_FIRST =
      Comparator.<Finding, Integer>comparing(f -> riskOf(f).ordinal())
          .thenComparing(Comparator.comparingDouble(Finding::score).reversed());
}
