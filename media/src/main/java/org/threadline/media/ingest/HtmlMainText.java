package org.threadline.media.ingest;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Extracts the main text of an HTML page, readability style: drops what is never content
 * (scripts, navigation, forms, comment sections, share bars), scores each block of text by its
 * length and punctuation, credits the score to the block's parent and grandparent, takes the
 * best-scoring container and keeps its paragraphs, then drops boilerplate lines such as "Leave a
 * reply". Works for English and Chinese pages (a Han char weighs three Latin chars).
 */
public final class HtmlMainText {
  private static final String NEVER_CONTENT =
      "script, style, noscript, template, nav, header:not(article header), footer, aside, form, "
          + "iframe, svg, button, select, input, textarea, menu, dialog";
  private static final Pattern NEGATIVE = Pattern.compile(
      "comment|respond|reply|discuss|\\bnav|menu|sidebar|footer|masthead|share|social|related|"
          + "advert|\\bads?\\b|promo|cookie|subscri|newsletter|breadcrumb|widget|popup|banner|"
          + "sponsor|recommend|trending|most-read|author-bio|tags?\\b|pagination",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern POSITIVE = Pattern.compile(
      "article|body|content|entry|main|post|story|text|page", Pattern.CASE_INSENSITIVE);
  private static final Pattern BOILERPLATE = Pattern.compile(
      "^(leave a (reply|comment)|post a comment|\\d+ comments?|comments?$|share (this|on)|"
          + "related (articles|posts|stories)|read more|subscribe|sign up|advertisement|"
          + "all rights reserved|copyright|©|cookie|you might also like|click here|"
          + "发表评论|评论|分享到|相关阅读|相关新闻|版权所有|责任编辑|扫一扫|广告).*",
      Pattern.CASE_INSENSITIVE);

  /** The headline and main text of a page. */
  public record MainText(String title, String text) {}

  /** Extracts the headline and main text of {@code html}. */
  public MainText extract(String html, String baseUri) {
    Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
    String title = title(doc);
    doc.select(NEVER_CONTENT).remove();
    for (Element e : new ArrayList<>(doc.body().getAllElements())) {
      if (e != doc.body() && e.parent() != null && isNegative(e)) {
        e.remove();
      }
    }
    Element best = bestContainer(doc);
    List<String> paragraphs = paragraphs(best == null ? doc.body() : best);
    StringBuilder text = new StringBuilder();
    if (!title.isEmpty()) {
      text.append(title);
    }
    for (String p : paragraphs) {
      if (p.equals(title)) {
        continue;
      }
      if (text.length() > 0) {
        text.append("\n\n");
      }
      text.append(p);
    }
    return new MainText(title, text.toString());
  }

  private static String title(Document doc) {
    Element og = doc.selectFirst("meta[property=og:title]");
    if (og != null && !og.attr("content").isBlank()) {
      return og.attr("content").strip();
    }
    Element h1 = doc.selectFirst("h1");
    if (h1 != null && !h1.text().isBlank()) {
      return h1.text().strip();
    }
    return doc.title().strip();
  }

  private static boolean isNegative(Element e) {
    String marks = (e.id() + " " + e.className()).toLowerCase(Locale.ROOT);
    if (marks.isBlank()) {
      return "complementary".equals(e.attr("role")) || "navigation".equals(e.attr("role"));
    }
    return NEGATIVE.matcher(marks).find() && !POSITIVE.matcher(e.id()).matches();
  }

  private static Element bestContainer(Document doc) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element block : doc.body().select("p, pre, td, blockquote, div")) {
      if (block.tagName().equals("div") && !hasOwnText(block)) {
        continue;
      }
      String text = block.tagName().equals("div") ? block.ownText() : block.text();
      double length = weightedLength(text);
      if (length < 25) {
        continue;
      }
      double score = 1 + commas(text) + Math.min(length / 100.0, 3.0);
      Element parent = block.parent();
      if (parent != null) {
        scores.merge(parent, score + classWeight(parent), (a, b) -> a + score);
        Element grand = parent.parent();
        if (grand != null) {
          scores.merge(grand, score / 2 + classWeight(grand), (a, b) -> a + score / 2);
        }
      }
    }
    Element best = null;
    double bestScore = 0;
    for (var e : scores.entrySet()) {
      // Link-heavy containers are menus whatever their text.
      double score = e.getValue() * (1 - linkDensity(e.getKey()));
      if (score > bestScore) {
        bestScore = score;
        best = e.getKey();
      }
    }
    return best;
  }

  private static List<String> paragraphs(Element root) {
    List<String> out = new ArrayList<>();
    collect(root, out);
    return out;
  }

  /** In document order: a text block's whole text, or a container's own text and then its children. */
  private static void collect(Element e, List<String> out) {
    if (isBlock(e.tagName())) {
      addLines(out, e.text());
      return;
    }
    StringBuilder own = new StringBuilder();
    for (org.jsoup.nodes.Node child : e.childNodes()) {
      if (child instanceof TextNode t) {
        own.append(t.text());
      } else if (child instanceof Element c) {
        if (c.tagName().equals("br")) {
          own.append('\n');
        } else if (c.isBlock() || isBlock(c.tagName())) {
          addLines(out, own.toString());
          own.setLength(0);
          collect(c, out);
        } else {
          own.append(c.text());
        }
      }
    }
    addLines(out, own.toString());
  }

  private static boolean isBlock(String tag) {
    return tag.equals("p") || tag.equals("pre") || tag.equals("blockquote") || tag.equals("li")
        || tag.equals("td") || tag.equals("h1") || tag.equals("h2") || tag.equals("h3")
        || tag.equals("h4") || tag.equals("h5") || tag.equals("h6");
  }

  private static void addLines(List<String> out, String text) {
    for (String line : text.split("\\R")) {
      String t = line.strip().replaceAll("\\s+", " ");
      if (!t.isEmpty() && !BOILERPLATE.matcher(t).matches()) {
        out.add(t);
      }
    }
  }

  private static boolean hasOwnText(Element e) {
    for (TextNode t : e.textNodes()) {
      if (!t.isBlank()) {
        return true;
      }
    }
    return false;
  }

  private static double classWeight(Element e) {
    String marks = e.id() + " " + e.className();
    if (marks.isBlank()) {
      return e.tagName().equals("article") || e.tagName().equals("main") ? 25 : 0;
    }
    double w = 0;
    if (POSITIVE.matcher(marks).find()) {
      w += 25;
    }
    if (NEGATIVE.matcher(marks).find()) {
      w -= 25;
    }
    if (e.tagName().equals("article") || e.tagName().equals("main")) {
      w += 25;
    }
    return w;
  }

  private static double linkDensity(Element e) {
    double all = e.text().length();
    if (all == 0) {
      return 1;
    }
    double links = 0;
    for (Element a : e.select("a")) {
      links += a.text().length();
    }
    return links / all;
  }

  private static int commas(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '，' || c == '、') {
        n++;
      }
    }
    return n;
  }

  private static double weightedLength(String s) {
    double n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += s.charAt(i) >= 0x2E80 ? 3 : 1;
    }
    return n;
  }
}
