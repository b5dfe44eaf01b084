package org.threadline.trace;

import java.util.Locale;
import org.threadline.core.model.AdverseMedia;
import org.threadline.core.model.Finding;
import org.threadline.core.model.HighRiskGood;
import org.threadline.core.model.ListMatch;
import org.threadline.core.model.XinjiangNexus;
import org.threadline.trace.model.ChainParty;

/** One sentence per screening finding, naming the party, for reasons and the evidence pack. */
public final class FindingSummary {
  private FindingSummary() {}

  /** What the finding says about the party, with the list or table version behind it. */
  public static String describe(ChainParty party, Finding f) {
    String who = party.label();
    return f.accept(new Finding.Visitor<>() {
      @Override
      public String listMatch(ListMatch m) {
        return who + " matches " + m.list() + " entry '" + m.entryName() + "' (" + m.entryId()
            + (m.section() == null ? "" : ", section " + m.section()) + "; list version "
            + m.listVersion() + "), score " + format2(m.score());
      }

      @Override
      public String xinjiangNexus(XinjiangNexus n) {
        return who + ": Xinjiang nexus by " + n.signal() + " '" + n.evidence() + "'"
            + (n.divisionName() == null ? "" : " (" + n.divisionName()
                + (n.divisionCode() == null ? "" : ", " + n.divisionCode()) + ")")
            + ", score " + format2(n.score());
      }

      @Override
      public String highRiskGood(HighRiskGood g) {
        return g.evidence() + " from " + who + ": " + ("dol_tvpra".equals(g.source())
            ? "DOL lists " + g.good() + " from " + g.country() + " for "
                + (g.forcedLabour() ? "forced labour" : "child labour")
            : "UFLPA high-priority sector " + g.sector()) + " (" + g.source() + " "
            + g.sourceVersion() + ")";
      }

      @Override
      public String adverseMedia(AdverseMedia a) {
        return who + " is named in '" + a.title() + "' (" + a.stance() + "), score "
            + format2(a.score());
      }
    });
  }

  private static String format2(double x) {
    return String.format(Locale.ROOT, "%.2f", x);
  }
}
