package org.threadline.report;

import java.util.ArrayList;
import java.util.List;
import org.threadline.core.model.AdverseMedia;
import org.threadline.core.model.Explanation;
import org.threadline.core.model.Finding;
import org.threadline.core.model.HighRiskGood;
import org.threadline.core.model.ListMatch;
import org.threadline.core.model.XinjiangNexus;

/**
 * A finding in words, for the outputs people read (CSV and XLSX cells, the HTML report): what it
 * points at, the facts about the match that the columns do not show, and each explanation line.
 */
public final class FindingText {
  private FindingText() {}

  /** A one-line title: {@code uflpa-0012 Hoshine Silicon Industry Co., Ltd. (uflpa 2025-01-15)}. */
  public static String headline(Finding f) {
    return f.accept(new Finding.Visitor<>() {
      @Override
      public String listMatch(ListMatch m) {
        return m.entryName() + " [" + m.entryId() + ", " + m.list() + " " + m.listVersion() + "]";
      }

      @Override
      public String xinjiangNexus(XinjiangNexus n) {
        String where = n.divisionName() == null ? "Xinjiang" : n.divisionName();
        return where + (n.divisionCode() == null ? "" : " (" + n.divisionCode() + ")")
            + " by " + n.signal().replace('_', ' ') + ": " + n.evidence();
      }

      @Override
      public String highRiskGood(HighRiskGood g) {
        return good(g) + " [" + g.source() + " " + g.sourceVersion() + "]: " + g.evidence();
      }

      @Override
      public String adverseMedia(AdverseMedia a) {
        return a.title() + " [" + a.articleId() + "]";
      }
    });
  }

  /** The good with its country, as the source lists it: {@code Cotton (China)}. */
  public static String good(HighRiskGood g) {
    return g.country() == null ? g.good() : g.good() + " (" + g.country() + ")";
  }

  /** The facts a reader needs besides the explanation lines (may be empty). */
  public static List<String> notes(Finding f) {
    return f.accept(NOTES);
  }

  private static final Finding.Visitor<List<String>> NOTES = new Finding.Visitor<>() {
    @Override
    public List<String> listMatch(ListMatch m) {
      List<String> notes = new ArrayList<>();
      if (m.section() != null) {
        notes.add("list section " + m.section());
      }
      if (m.entryMatchedName() != null && !m.entryMatchedName().equals(m.entryName())) {
        notes.add("matched the entry's name " + m.entryMatchedName());
      }
      if (m.subsidiary()) {
        notes.add("subsidiary or branch of an entry listed with its subsidiaries");
      }
      if (m.listUnverified()) {
        notes.add("list copy not verified against the official source");
      }
      return notes;
    }

    @Override
    public List<String> xinjiangNexus(XinjiangNexus n) {
      return new ArrayList<>();
    }

    @Override
    public List<String> highRiskGood(HighRiskGood g) {
      List<String> notes = new ArrayList<>();
      if (g.sector() != null) {
        notes.add("UFLPA high-priority sector " + g.sector());
      }
      if ("dol_tvpra".equals(g.source())) {
        notes.add(g.forcedLabour() ? "listed for forced labour" : "listed for child labour only");
      }
      return notes;
    }

    @Override
    public List<String> adverseMedia(AdverseMedia a) {
      List<String> notes = new ArrayList<>();
      notes.add(a.stance() + ", forced-labour relevance " + Scores.text(a.relevance()));
      return notes;
    }
  };

  /** One explanation line: {@code trade_name 0.94: trade name 合盛 ~ Hoshine}. */
  public static String line(Explanation e) {
    return e.feature() + " " + Scores.text(e.score()) + ": " + e.detail();
  }

  /** The notes and the explanation lines of a finding, joined by {@code "; "}, for one cell. */
  public static String explanation(Finding f) {
    List<String> parts = notes(f);
    for (Explanation e : f.explanation()) {
      parts.add(line(e));
    }
    return String.join("; ", parts);
  }
}
