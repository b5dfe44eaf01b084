package org.threadline.report.trace;

import org.threadline.report.HtmlText;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.threadline.core.lists.ListInfo;
import org.threadline.core.model.Finding;
import org.threadline.core.model.Risk;
import org.threadline.trace.FindingSummary;
import org.threadline.trace.MassBalanceEntry;
import org.threadline.trace.PartyTrace;
import org.threadline.trace.Reason;
import org.threadline.trace.ShipmentTrace;
import org.threadline.trace.TracePath;
import org.threadline.trace.TraceResult;
import org.threadline.trace.evidence.ChecklistItem;
import org.threadline.trace.model.Shipment;
import org.threadline.trace.model.SupplyChain;

/**
 * The evidence pack as one self-contained XHTML page: no script, no external file, the chain's
 * picture inline as SVG. The same page, paginated, is the PDF ({@link TracePdf}). Sections: the
 * lists used, the shipments with their verdicts, the picture, each shipment's reasons with their
 * paths and its document checklist, each party's screening findings, and the mass balance.
 */
public final class TraceHtml {
  /** Parties listed in full; a larger chain lists those with findings first, up to this many. */
  static final int MAX_PARTY_ROWS = 400;
  /** Shipments detailed in full; a larger chain shows the worst first, up to this many. */
  static final int MAX_SHIPMENT_SECTIONS = 100;
  /** Checklist rows per shipment. */
  static final int MAX_CHECKLIST_ROWS = ShipmentTrace.MAX_ITEMS;

  /** The font family the PDF renderer registers for Chinese, Japanese and Korean text. */
  static final String CJK_FAMILY = "Threadline CJK";

  private TraceHtml() {}

  /** Writes the page to {@code out} (which stays open). */
  public static void write(TraceResult result, OutputStream out) throws IOException {
    out.write(page(result, false).getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** The page as text; {@code forPdf} adds the page size and running footer of the PDF. */
  static String page(TraceResult result, boolean forPdf) {
    SupplyChain chain = result.chain();
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n"
        + "<meta charset=\"UTF-8\"/>\n<title>Supply-chain evidence pack</title>\n<style>\n")
        .append(css(forPdf)).append("</style>\n</head>\n<body>\n");
    h.append("<h1>Supply-chain evidence pack</h1>\n<p class=\"meta\">Chain: ")
        .append(HtmlText.escape(chain.source())).append(" · ").append(chain.parties().size())
        .append(" parties, ").append(chain.flows().size()).append(" flows, ")
        .append(chain.shipments().size()).append(" shipments</p>\n");
    lists(h, result.lists());
    shipmentsSummary(h, result);
    h.append("<h2>The chain</h2>\n");
    int drawn = ChainPicture.drawnCount(result);
    if (drawn < chain.parties().size()) {
      h.append("<p class=\"note\">The picture shows ").append(drawn).append(" of ")
          .append(chain.parties().size()).append(" parties: those on the reasons' paths and the"
              + " shipments' own parties.</p>\n");
    }
    h.append("<div class=\"picture\">").append(ChainPicture.svg(result)).append("</div>\n");
    shipmentSections(h, result);
    parties(h, result);
    massBalance(h, result);
    h.append("<h2>How to read this pack</h2>\n<p class=\"note\">A verdict is <b>critical</b> when"
        + " the UFLPA rebuttable presumption applies: a party on the UFLPA Entity List or in"
        + " Xinjiang (XPCC included) on a path that feeds the shipment. <b>High</b>: a CBP"
        + " WRO/Finding entity on a path, or untraced volume or a mass-balance gap in a UFLPA"
        + " high-priority sector. <b>Medium</b>: untraced volume elsewhere, a DOL-listed good from"
        + " a listed country, adverse media, commingling, or missing documents. <b>Low</b>: traced"
        + " to origin, documented, nothing found. Risk travels only along the product lines that"
        + " feed a shipment. Traced share: the share of the shipped quantity whose inputs reach a"
        + " raw-material producer through disclosed flows, using the transforms' yields; goods are"
        + " assumed mixed in proportion at every party.</p>\n");
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  private static String css(boolean forPdf) {
    String page = forPdf
        ? "@page { size: A4 landscape; margin: 14mm 12mm 16mm 12mm;"
            + " @bottom-center { content: \"Threadline evidence pack · page \" counter(page)"
            + " \" of \" counter(pages); font-size: 8pt; color: #666666; } }\n"
            + "h2 { page-break-after: avoid; } tr { page-break-inside: avoid; }\n"
            + ".shipment { page-break-before: always; }\n"
        : "";
    return page
        + "body { font-family: 'DejaVu Sans', sans-serif, '" + CJK_FAMILY + "'; font-size: 10pt;"
        + " color: #1a1a1a; margin: 1.5em; }\n"
        + "h1 { font-size: 18pt; margin-bottom: 0.2em; } h2 { font-size: 13pt; margin-top: 1.4em;"
        + " border-bottom: 1px solid #cccccc; } h3 { font-size: 11pt; }\n"
        + "table { border-collapse: collapse; width: 100%; margin: 0.4em 0 1em 0; }\n"
        + "th, td { border: 1px solid #d0d0d0; padding: 3px 5px; text-align: left;"
        + " vertical-align: top; font-size: 9pt; }\n th { background: #f0f0f0; }\n"
        + ".meta, .note { color: #555555; font-size: 9pt; }\n"
        + ".badge { padding: 1px 6px; border-radius: 3px; font-weight: bold; }\n"
        + ".critical { background: #f5b7b1; color: #7b241c; } .high { background: #fad7a0;"
        + " color: #7e5109; } .medium { background: #fcf3cf; color: #7d6608; }"
        + " .low, .none { background: #d5f5e3; color: #145a32; }\n"
        + ".present { color: #145a32; } .missing { color: #a93226; font-weight: bold; }\n"
        + ".path { font-size: 8.5pt; } .picture { overflow-x: auto; }\n";
  }

  private static void lists(StringBuilder h, List<ListInfo> lists) {
    h.append("<h2>Lists and data used</h2>\n<table>\n<tr><th>list</th><th>version</th>"
        + "<th>source</th><th>notice</th></tr>\n");
    for (ListInfo l : lists) {
      h.append("<tr><td>").append(HtmlText.escape(l.id())).append(" — ")
          .append(HtmlText.escape(l.title())).append("</td><td>").append(HtmlText.escape(l.version()))
          .append("</td><td>").append(HtmlText.escape(l.source())).append("</td><td>")
          .append(HtmlText.escape(l.notice())).append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private static void shipmentsSummary(StringBuilder h, TraceResult result) {
    SupplyChain chain = result.chain();
    h.append("<h2>Shipments</h2>\n<table>\n<tr><th>shipment</th><th>product</th><th>importer</th>"
        + "<th>exporter</th><th>verdict</th><th>presumption</th><th>traced to origin</th>"
        + "<th>documents complete</th></tr>\n");
    for (ShipmentTrace s : result.shipments()) {
      Shipment sh = s.shipment();
      h.append("<tr><td>").append(HtmlText.escape(sh.id())).append("</td><td>")
          .append(HtmlText.escape(chain.product(sh.product()).name())).append("</td><td>")
          .append(HtmlText.escape(chain.party(sh.importer()).id())).append("</td><td>")
          .append(HtmlText.escape(chain.party(sh.shipper()).id())).append("</td><td>")
          .append(badge(s.verdict())).append("</td><td>").append(s.presumption() ? "yes" : "no")
          .append("</td><td>").append(percent(s.tracedShare())).append("</td><td>")
          .append(percent(s.documentsComplete())).append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private static void shipmentSections(StringBuilder h, TraceResult result) {
    SupplyChain chain = result.chain();
    List<ShipmentTrace> shown = result.shipments();
    if (shown.size() > MAX_SHIPMENT_SECTIONS) {
      shown = shown.stream().sorted((a, b) -> a.verdict().compareTo(b.verdict()))
          .limit(MAX_SHIPMENT_SECTIONS).toList();
      h.append("<p class=\"note\">Detailed below: the ").append(MAX_SHIPMENT_SECTIONS)
          .append(" shipments with the worst verdicts; the JSON output holds all.</p>\n");
    }
    for (ShipmentTrace s : shown) {
      Shipment sh = s.shipment();
      h.append("<div class=\"shipment\">\n<h2>Shipment ").append(HtmlText.escape(sh.id()))
          .append(" ").append(badge(s.verdict())).append("</h2>\n<p>")
          .append(HtmlText.escape(chain.product(sh.product()).name()));
      if (!Double.isNaN(sh.quantity())) {
        h.append(", ").append(quantity(sh.quantity())).append(' ')
            .append(HtmlText.escape(unit(chain, sh.product())));
      }
      h.append(", from ").append(HtmlText.escape(chain.party(sh.shipper()).label())).append(" to ")
          .append(HtmlText.escape(chain.party(sh.importer()).label()));
      if (sh.entryDate() != null) {
        h.append(", entered ").append(HtmlText.escape(sh.entryDate()));
      }
      h.append(". Traced to origin: <b>").append(percent(s.tracedShare())).append("</b>.");
      if (s.sector() != null) {
        h.append(" UFLPA high-priority sector: ").append(HtmlText.escape(s.sector())).append('.');
      }
      if (s.presumption()) {
        h.append(" <b>The UFLPA rebuttable presumption applies.</b>");
      }
      h.append("</p>\n");
      if (s.reasons().isEmpty()) {
        h.append("<p>Nothing found: fully traced to origin and documented.</p>\n");
      } else {
        h.append("<h3>Reasons</h3>\n<table>\n<tr><th>level</th><th>kind</th><th>party</th>"
            + "<th>what</th><th>path (party: product)</th></tr>\n");
        for (Reason r : s.reasons()) {
          h.append("<tr><td>").append(badge(r.level())).append("</td><td>")
              .append(HtmlText.escape(r.kind())).append("</td><td>").append(HtmlText.escape(r.party()))
              .append("</td><td>").append(HtmlText.escape(r.detail())).append("</td><td class=\"path\">")
              .append(path(r.path()));
          for (TracePath other : r.otherPaths()) {
            h.append("<br/>also: ").append(path(other));
          }
          h.append("</td></tr>\n");
        }
        h.append("</table>\n");
      }
      checklist(h, s);
      h.append("</div>\n");
    }
  }

  private static void checklist(StringBuilder h, ShipmentTrace s) {
    List<ChecklistItem> items = s.checklist();
    h.append("<h3>Documents (").append(percent(s.documentsComplete())).append(" complete)</h3>\n");
    if (items.isEmpty()) {
      h.append("<p class=\"note\">No flow feeds this shipment in the files.</p>\n");
      return;
    }
    h.append("<table>\n<tr><th>flow</th><th>party</th><th>document</th><th>status</th></tr>\n");
    int shown = 0;
    for (ChecklistItem i : items) {
      if (shown++ == MAX_CHECKLIST_ROWS) {
        break;
      }
      h.append("<tr><td>").append(HtmlText.escape(i.flow() == null ? "—" : i.flow()))
          .append("</td><td>").append(HtmlText.escape(i.party())).append("</td><td>")
          .append(HtmlText.escape(i.type().title())).append("</td><td class=\"")
          .append(i.present() ? "present\">present" : "missing\">missing").append("</td></tr>\n");
    }
    int more = s.documentsExpected() - Math.min(items.size(), MAX_CHECKLIST_ROWS);
    if (more > 0) {
      h.append("<tr><td colspan=\"4\">… ").append(more).append(" more (")
          .append(s.documentsMissing()).append(" missing in all; the JSON output lists them)"
              + "</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private static void parties(StringBuilder h, TraceResult result) {
    h.append("<h2>Parties and their screening</h2>\n");
    List<PartyTrace> rows = result.parties();
    if (rows.size() > MAX_PARTY_ROWS) {
      rows = rows.stream().sorted((a, b) -> a.screening().risk().compareTo(b.screening().risk()))
          .limit(MAX_PARTY_ROWS).toList();
      h.append("<p class=\"note\">Listed: the ").append(MAX_PARTY_ROWS).append(" parties with the"
          + " worst screening results; the JSON output holds all.</p>\n");
    }
    h.append("<table>\n<tr><th>party</th><th>name</th><th>role</th><th>country</th><th>tier</th>"
        + "<th>risk</th><th>findings</th></tr>\n");
    for (PartyTrace p : rows) {
      h.append("<tr><td>").append(HtmlText.escape(p.party().id())).append("</td><td>")
          .append(HtmlText.escape(p.party().party().name())).append("</td><td>")
          .append(p.party().role() == null ? "" : p.party().role().code()).append("</td><td>")
          .append(HtmlText.escape(p.party().party().country())).append("</td><td>").append(p.tier())
          .append("</td><td>").append(badge(p.screening().risk())).append("</td><td>");
      boolean first = true;
      for (Finding f : p.screening().findings()) {
        h.append(first ? "" : "<br/>").append(HtmlText.escape(f.kind().code())).append(": ")
            .append(HtmlText.escape(FindingSummary.describe(p.party(), f)));
        first = false;
      }
      if (p.commingling()) {
        h.append(first ? "" : "<br/>").append("commingling: receives tainted and clean inputs");
        first = false;
      }
      if (p.massBalanceGap()) {
        h.append(first ? "" : "<br/>").append("mass balance: ships more than its inputs yield");
      }
      h.append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private static void massBalance(StringBuilder h, TraceResult result) {
    h.append("<h2>Mass balance</h2>\n");
    if (result.massBalance().isEmpty()) {
      h.append("<p>No party ships more than its disclosed inputs can yield.</p>\n");
      return;
    }
    h.append("<table>\n<tr><th>party</th><th>product</th><th>output</th><th>max from disclosed"
        + " inputs</th><th>max from traced inputs</th><th>unit</th></tr>\n");
    for (MassBalanceEntry m : result.massBalance()) {
      h.append("<tr><td>").append(HtmlText.escape(m.party())).append("</td><td>")
          .append(HtmlText.escape(m.product())).append("</td><td>").append(quantity(m.output()))
          .append("</td><td>").append(quantity(m.maxFromDisclosedInputs())).append("</td><td>")
          .append(quantity(m.maxFromTracedInputs())).append("</td><td>")
          .append(HtmlText.escape(m.unit())).append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private static String path(TracePath p) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < p.parties().size(); i++) {
      if (i > 0) {
        sb.append(" → ");
      }
      sb.append(HtmlText.escape(p.parties().get(i))).append(": ")
          .append(HtmlText.escape(p.products().get(i)));
    }
    return sb.toString();
  }

  private static String badge(Risk r) {
    return "<span class=\"badge " + r.code() + "\">" + r.code() + "</span>";
  }

  private static String unit(SupplyChain chain, int product) {
    var u = chain.product(product).unit();
    return u == null ? "" : u.code();
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }

  static String quantity(double q) {
    if (q == Math.rint(q) && Math.abs(q) < 1e15) {
      return String.format(Locale.ROOT, "%,d", (long) q);
    }
    return String.format(Locale.ROOT, "%,.2f", q);
  }
}
