package org.threadline.report.media;

import org.threadline.report.HtmlText;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.threadline.core.lists.ListInfo;
import org.threadline.core.model.AdverseMedia;
import org.threadline.core.model.Finding;
import org.threadline.core.model.ScreeningResult;
import org.threadline.media.analysis.ArticleAnalysis;
import org.threadline.media.analysis.Cited;
import org.threadline.media.analysis.IndicatorFinding;
import org.threadline.media.analysis.ListMention;
import org.threadline.media.analysis.NameMention;
import org.threadline.media.analysis.PlaceMention;
import org.threadline.media.analysis.SupplierLink;

/**
 * The HTML digest: one self-contained page, articles ranked by relevance (most relevant first),
 * each with its stance, topics, the list entries and suppliers it names, the ILO indicators with
 * their sentences, and its full text with every piece of evidence highlighted. Written on close,
 * since ranking needs every article.
 */
final class MediaDigestWriter implements MediaWriter {
  private static final String STYLE = "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;"
      + "padding:0 1rem;color:#222}article{border-top:1px solid #ccc;padding:1rem 0}"
      + ".rel{font-weight:bold}.stance{text-transform:uppercase;font-size:.8rem;padding:.1rem .4rem;"
      + "border-radius:.3rem;background:#eee}.allegation{background:#fde2c8}.denial{background:#dde8f8}"
      + ".enforcement{background:#f8d0d0}.low{color:#777}mark{padding:0 .1rem}mark.list{background:#ffb3b3}"
      + "mark.indicator{background:#ffe066}mark.topic{background:#c8f0c8}mark.place{background:#cfe3ff}"
      + "mark.org{background:#eadcff}mark.supplier{background:#ff8080;font-weight:bold}"
      + "blockquote{margin:.3rem 0 .3rem 1rem;color:#444}.text{white-space:pre-wrap;font-size:.9rem}"
      + "table{border-collapse:collapse}td,th{padding:.2rem .6rem;text-align:left}";

  private final OutputStream out;
  private final MediaRun run;
  private final List<ArticleAnalysis> articles = new ArrayList<>();
  private final List<ScreeningResult> suppliers = new ArrayList<>();

  MediaDigestWriter(OutputStream out, MediaRun run) {
    this.out = out;
    this.run = run;
  }

  @Override
  public void write(ArticleAnalysis analysis) {
    articles.add(analysis);
  }

  @Override
  public void writeSupplier(ScreeningResult result) {
    suppliers.add(result);
  }

  @Override
  public void close() throws IOException {
    List<ArticleAnalysis> ranked = new ArrayList<>(articles);
    ranked.sort(Comparator.comparingDouble(ArticleAnalysis::relevance).reversed());
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<title>Threadline media digest</title><style>" + STYLE + "</style></head><body>\n");
    long relevant = ranked.stream().filter(ArticleAnalysis::relevant).count();
    w.write("<h1>Media digest</h1>\n<p>" + ranked.size() + " articles read, " + relevant
        + " about forced labour (relevance &ge; " + ArticleAnalysis.RELEVANT + "), most relevant first.</p>\n");
    w.write("<p class=\"low\">Lists: ");
    List<String> lists = new ArrayList<>();
    for (ListInfo l : run.lists()) {
      lists.add(esc(l.id()) + " " + esc(l.version()));
    }
    w.write(String.join(", ", lists) + ". Data: " + esc(String.join(", ", run.dataVersions()))
        + ". " + esc(run.threadlineVersion()) + ", " + esc(run.startedAt().toString()) + ".</p>\n");
    writeSuppliers(w);
    int rank = 0;
    for (ArticleAnalysis a : ranked) {
      rank++;
      writeArticle(w, a, rank);
    }
    w.write("</body></html>\n");
    w.flush();
  }

  private void writeSuppliers(Writer w) throws IOException {
    if (suppliers.isEmpty()) {
      return;
    }
    w.write("<h2>Your suppliers in the news</h2>\n<table><tr><th>supplier</th><th>risk</th><th>article</th>"
        + "<th>stance</th><th>score</th><th>named as</th></tr>\n");
    for (ScreeningResult r : suppliers) {
      for (Finding f : r.findings()) {
        if (f instanceof AdverseMedia m) {
          w.write("<tr><td>" + esc(r.party().name()) + " (" + esc(r.party().id()) + ")</td><td>"
              + esc(r.risk().code()) + "</td><td>" + esc(m.title()) + " <code>"
              + esc(m.articleId()) + "</code></td><td>" + esc(m.stance()) + "</td><td>"
              + String.format(Locale.ROOT, "%.2f", m.score()) + "</td><td>&ldquo;" + esc(m.surface())
              + "&rdquo;</td></tr>\n");
        }
      }
    }
    w.write("</table>\n");
  }

  private static void writeArticle(Writer w, ArticleAnalysis a, int rank) throws IOException {
    w.write("<article id=\"a" + rank + "\"" + (a.relevant() ? "" : " class=\"low\"") + ">\n");
    w.write("<h2>" + rank + ". " + esc(a.article().title().isEmpty() ? a.article().id() : a.article().title()) + "</h2>\n");
    w.write("<p><span class=\"rel\">relevance " + String.format(Locale.ROOT, "%.2f", a.relevance())
        + "</span> <span class=\"stance " + esc(a.stance()) + "\">" + esc(a.stance()) + "</span> "
        + esc(String.join(", ", a.topics())) + " &middot; <code>" + esc(a.article().id()) + "</code>"
        + " &middot; " + esc(a.language()) + "</p>\n");
    if (!a.supplierLinks().isEmpty()) {
      w.write("<p><b>Your suppliers named:</b> ");
      List<String> parts = new ArrayList<>();
      for (SupplierLink l : a.supplierLinks()) {
        parts.add(esc(l.supplierName()) + " (" + esc(l.supplierId()) + ", score "
            + String.format(Locale.ROOT, "%.2f", l.score()) + ", as &ldquo;" + esc(l.surface()) + "&rdquo;)");
      }
      w.write(String.join("; ", parts) + "</p>\n");
    }
    if (!a.listMentions().isEmpty()) {
      w.write("<p><b>Listed entities named:</b> ");
      List<String> parts = new ArrayList<>();
      for (ListMention m : a.listMentions()) {
        String p = esc(m.entryName()) + " [" + esc(m.list()) + " " + esc(m.listVersion()) + "]";
        if (!parts.contains(p)) {
          parts.add(p);
        }
      }
      w.write(String.join("; ", parts) + "</p>\n");
    }
    if (!a.places().isEmpty()) {
      w.write("<p><b>Places:</b> " + esc(String.join(", ",
          a.places().stream().map(PlaceMention::name).distinct().toList())) + "</p>\n");
    }
    if (!a.sectors().isEmpty()) {
      w.write("<p><b>Sectors:</b> " + esc(String.join(", ", a.sectors())) + "</p>\n");
    }
    if (!a.indicators().isEmpty()) {
      w.write("<table><tr><th>indicator</th><th>evidence</th></tr>\n");
      for (IndicatorFinding i : a.indicators()) {
        String text = a.article().text();
        w.write("<tr><td>" + esc(i.indicator()) + "</td><td>" + esc(text.substring(i.start(), i.cueStart()))
            + "<mark class=\"indicator\">" + esc(text.substring(i.cueStart(), i.cueEnd())) + "</mark>"
            + esc(text.substring(i.cueEnd(), i.end())) + "</td></tr>\n");
      }
      w.write("</table>\n");
    }
    w.write("<details" + (a.relevant() ? " open" : "") + "><summary>text</summary><div class=\"text\">");
    w.write(highlighted(a));
    w.write("</div></details>\n</article>\n");
  }

  /** The article text with the evidence marked; where marks would overlap, the first wins. */
  static String highlighted(ArticleAnalysis a) {
    record Mark(int start, int end, String kind, String title) {}
    List<Mark> marks = new ArrayList<>();
    for (SupplierLink l : a.supplierLinks()) {
      marks.add(new Mark(l.start(), l.end(), "supplier", "supplier " + l.supplierId()));
    }
    for (ListMention m : a.listMentions()) {
      marks.add(new Mark(m.start(), m.end(), "list", m.list() + ": " + m.entryName()));
    }
    for (IndicatorFinding i : a.indicators()) {
      marks.add(new Mark(i.cueStart(), i.cueEnd(), "indicator", i.indicator()));
    }
    for (Cited c : a.topicEvidence()) {
      marks.add(new Mark(c.start(), c.end(), "topic", c.code()));
    }
    for (PlaceMention p : a.places()) {
      marks.add(new Mark(p.start(), p.end(), "place", p.name() + (p.divisionCode() == null ? "" : " " + p.divisionCode())));
    }
    for (NameMention o : a.organisations()) {
      marks.add(new Mark(o.start(), o.end(), "org", "organisation"));
    }
    List<Mark> kept = new ArrayList<>();
    for (Mark m : marks) {
      if (kept.stream().noneMatch(k -> m.start() < k.end() && k.start() < m.end())) {
        kept.add(m);
      }
    }
    kept.sort(Comparator.comparingInt(Mark::start));
    String text = a.article().text();
    StringBuilder b = new StringBuilder(text.length() + kept.size() * 40);
    int at = 0;
    for (Mark m : kept) {
      b.append(esc(text.substring(at, m.start())));
      b.append("<mark class=\"").append(m.kind()).append("\" title=\"").append(esc(m.title())).append("\">")
          .append(esc(text.substring(m.start(), m.end()))).append("</mark>");
      at = m.end();
    }
    b.append(esc(text.substring(at)));
    return b.toString();
  }

  static String esc(String s) {
    return HtmlText.escape(s);
  }
}
