package org.threadline.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.threadline.core.lists.ListInfo;
import org.threadline.core.model.Explanation;
import org.threadline.core.model.Finding;
import org.threadline.core.model.ListMatch;
import org.threadline.core.model.Party;
import org.threadline.core.model.Risk;
import org.threadline.core.model.ScreeningResult;

/**
 * A self-contained HTML report (inline CSS, no script, nothing fetched): what was screened and
 * when, the notices on the lists used (incomplete, unverified, how to update), counts by risk,
 * the list versions, and every flagged record (risk low or worse) with each finding and its
 * explanation, most severe first.
 *
 * <p>The page needs the counts before the records, so it is written on close; until then the
 * writer keeps the flagged results only, and counts the others.
 */
final class HtmlReportWriter extends DestinationWriter {
  private static final String CSS = String.join("\n",
      "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','Noto Sans CJK SC',"
          + "'PingFang SC','Microsoft YaHei',sans-serif;margin:2rem;color:#1b1f24;line-height:1.4}",
      "h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem}",
      ".meta{color:#57606a}",
      "table{border-collapse:collapse;margin:.5rem 0}",
      "th,td{border:1px solid #d0d7de;padding:.35rem .6rem;text-align:left;vertical-align:top}",
      "thead th{background:#f3f4f6}",
      "td.n{text-align:right;font-variant-numeric:tabular-nums}",
      ".notices{border-left:4px solid #d4a72c;background:#fff8c5;padding:.5rem 1rem}",
      ".badge{display:inline-block;padding:.05rem .5rem;border-radius:.8rem;font-weight:600;"
          + "font-size:.85rem;color:#fff}",
      ".critical{background:#a40e26}.high{background:#d1242f}.medium{background:#bc4c00}"
          + ".low{background:#7d8590}.none{background:#1a7f37}",
      ".record .name{font-weight:600;white-space:pre-line}",
      ".record .sub{color:#57606a;font-size:.9rem;white-space:pre-line}",
      ".finding{margin-bottom:.8rem}.finding:last-child{margin-bottom:0}",
      ".finding .kind{font-family:ui-monospace,monospace;font-size:.85rem;color:#57606a}",
      ".finding ul{margin:.2rem 0;padding-left:1.2rem}",
      "td{overflow-wrap:break-word}td.src{word-break:break-all}.badge{white-space:nowrap}",
      // Fixed layouts with set column widths: long URLs and explanations wrap inside their
      // column instead of widening the table past the page (in browsers and PDF renderers).
      "table.lists,table.flagged{width:100%;table-layout:fixed}",
      "table.explanation{margin:.2rem 0;font-size:.9rem;width:100%}",
      "table.explanation td:first-child{white-space:nowrap}",
      "table.explanation td{border-color:#eaeef2}",
      ".presumption{color:#a40e26;font-weight:600;font-size:.85rem}");

  private static final Comparator<ScreeningResult> MOST_SEVERE_FIRST =
      Comparator.comparingInt(r -> r.risk().ordinal());

  private final ScreeningRun run;
  private final RiskCounts counts = new RiskCounts();
  private final List<ScreeningResult> flagged = new ArrayList<>();

  HtmlReportWriter(Destination destination, ScreeningRun run) {
    super(destination);
    this.run = run;
  }

  @Override
  void writeResult(ScreeningResult result) {
    counts.add(result);
    if (result.risk().atLeast(Risk.LOW)) {
      flagged.add(result);
    }
  }

  @Override
  void finish() throws IOException {
    flagged.sort(MOST_SEVERE_FIRST);
    Writer w = new BufferedWriter(new OutputStreamWriter(stream(), StandardCharsets.UTF_8));
    w.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    w.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    w.write("<title>Threadline screening report</title>\n<style>\n" + CSS + "\n</style>\n");
    w.write("</head>\n<body>\n");
    w.write("<h1>Threadline screening report</h1>\n");
    String generated = run.startedAt().truncatedTo(ChronoUnit.SECONDS).toString();
    w.write("<p class=\"meta\">Generated " + esc(generated) + " by Threadline "
        + esc(run.threadlineVersion()) + " from " + esc(String.join(", ", run.inputs()))
        + "; list matches reported from score " + esc(Scores.text(run.threshold())) + ".</p>\n");
    writeNotices(w);
    writeSummary(w);
    writeLists(w);
    writeFlagged(w);
    w.write("</body>\n</html>\n");
    w.flush();
  }

  private void writeNotices(Writer w) throws IOException {
    List<String> notices = ListNotices.of(run.lists());
    if (notices.isEmpty()) {
      return;
    }
    w.write("<section class=\"notices\">\n<h2>Before you rely on this report</h2>\n<ul>\n");
    for (String notice : notices) {
      w.write("<li>" + esc(notice) + "</li>\n");
    }
    w.write("</ul>\n");
    if (run.lists().stream().anyMatch(info -> !info.complete())) {
      w.write("<p>As a list copy is incomplete, a record not flagged here may still be on the"
          + " official list.</p>\n");
    }
    w.write("</section>\n");
  }

  private void writeSummary(Writer w) throws IOException {
    w.write("<h2>Summary</h2>\n<table class=\"summary\">\n<thead><tr><th>Risk</th>"
        + "<th>Records</th></tr></thead>\n<tbody>\n");
    for (Risk risk : Risk.values()) {
      w.write("<tr><td>" + badge(risk) + "</td><td class=\"n\">" + counts.count(risk)
          + "</td></tr>\n");
    }
    w.write("<tr><th>All records screened</th><td class=\"n\">" + counts.records()
        + "</td></tr>\n");
    w.write("<tr><th>UFLPA presumption applies</th><td class=\"n\">" + counts.presumption()
        + "</td></tr>\n</tbody>\n</table>\n");
  }

  private void writeLists(Writer w) throws IOException {
    w.write("<h2>Lists used</h2>\n<table class=\"lists\">\n" + columns(18, 10, 11, 11, 28, 10, 12)
        + "<thead><tr><th>List</th><th>Id</th>"
        + "<th>Version</th><th>Retrieved</th><th>Source</th><th>Copy</th><th>Status</th>"
        + "</tr></thead>\n<tbody>\n");
    for (ListInfo info : run.lists()) {
      String status = (info.complete() ? "complete" : "incomplete")
          + (info.verified() ? "" : ", unverified");
      w.write("<tr><td>" + esc(info.title()) + "</td><td>" + esc(info.id()) + "</td><td>"
          + esc(info.version()) + "</td><td>" + esc(info.retrieved()) + "</td>"
          + "<td class=\"src\">" + esc(info.source()) + "</td><td>" + esc(info.origin())
          + "</td><td>" + esc(status) + "</td></tr>\n");
    }
    w.write("</tbody>\n</table>\n");
  }

  private void writeFlagged(Writer w) throws IOException {
    w.write("<h2>Flagged records (" + flagged.size() + ")</h2>\n");
    if (flagged.isEmpty()) {
      w.write("<p>No record reached risk low or above.</p>\n");
      return;
    }
    w.write("<p>Records at risk low or above, most severe first, with every finding and what"
        + " made its score.</p>\n");
    w.write("<table class=\"flagged\">\n" + columns(25, 12, 63)
        + "<thead><tr><th>Record</th><th>Risk</th>"
        + "<th>Findings and explanations</th></tr></thead>\n<tbody>\n");
    for (ScreeningResult result : flagged) {
      writeRecord(w, result);
    }
    w.write("</tbody>\n</table>\n");
  }

  private void writeRecord(Writer w, ScreeningResult result) throws IOException {
    Party p = result.party();
    w.write("<tr class=\"record\">\n<td><div class=\"id\">" + esc(p.id()) + "</div>");
    if (p.name() != null) {
      w.write("<div class=\"name\">" + esc(p.name()) + "</div>");
    }
    List<String> details = new ArrayList<>();
    if (!p.aliases().isEmpty()) {
      details.add("also " + String.join("; ", p.aliases()));
    }
    for (String part : new String[] {p.address(), p.city(), p.region(), p.postalCode(),
        p.country(), p.registrationId(), p.product(), p.hts()}) {
      if (part != null) {
        details.add(part);
      }
    }
    if (!details.isEmpty()) {
      w.write("<div class=\"sub\">" + esc(String.join(" · ", details)) + "</div>");
    }
    if (result.location() != null && !result.location().areas().isEmpty()) {
      List<String> areas = new ArrayList<>();
      for (var a : result.location().areas()) {
        areas.add(a.name() + " " + a.nameZh() + " (" + a.code() + ")");
      }
      w.write("<div class=\"sub\">located: " + esc(String.join(" / ", areas)) + "</div>");
    }
    w.write("</td>\n<td>" + badge(result.risk()));
    if (result.presumption()) {
      w.write("<div class=\"presumption\">UFLPA presumption</div>");
    }
    w.write("</td>\n<td>\n");
    for (Finding f : result.findings()) {
      writeFinding(w, f);
    }
    w.write("</td>\n</tr>\n");
  }

  private void writeFinding(Writer w, Finding f) throws IOException {
    w.write("<div class=\"finding\">");
    w.write("<div class=\"kind\">" + esc(f.kind().code()) + " · score "
        + esc(Scores.text(f.score())) + "</div>");
    w.write("<div class=\"headline\">" + esc(FindingText.headline(f)) + "</div>");
    if (f instanceof ListMatch m && m.matchedName() != null) {
      w.write("<div class=\"matched\">matched name: " + esc(m.matchedName()) + "</div>");
    }
    List<String> notes = FindingText.notes(f);
    if (!notes.isEmpty()) {
      w.write("<ul>");
      for (String note : notes) {
        w.write("<li>" + esc(note) + "</li>");
      }
      w.write("</ul>");
    }
    if (!f.explanation().isEmpty()) {
      w.write("\n<table class=\"explanation\"><tbody>\n");
      for (Explanation e : f.explanation()) {
        w.write("<tr><td>" + esc(e.feature()) + "</td><td class=\"n\">"
            + esc(Scores.text(e.score())) + "</td><td>" + esc(e.detail()) + "</td></tr>\n");
      }
      w.write("</tbody></table>");
    }
    w.write("</div>\n");
  }

  /** A colgroup giving each column its share of the table's width, in percent. */
  private static String columns(int... percents) {
    StringBuilder cols = new StringBuilder("<colgroup>");
    for (int p : percents) {
      cols.append("<col style=\"width:").append(p).append("%\">");
    }
    return cols.append("</colgroup>\n").toString();
  }

  private static String badge(Risk risk) {
    return "<span class=\"badge " + risk.code() + "\">" + risk.code() + "</span>";
  }

  private static String esc(String text) {
    return HtmlText.escape(text);
  }
}
