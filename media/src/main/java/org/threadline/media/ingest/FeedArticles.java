package org.threadline.media.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.threadline.core.BadInputException;

/** Reads the items of an RSS or Atom feed (with ROME) as articles, one per item. */
public final class FeedArticles {
  private final HtmlMainText html = new HtmlMainText();

  /**
   * The items of a feed.
   *
   * @param bytes the feed document
   * @param source the file or URL it came from, for ids and error messages
   * @throws BadInputException when the document is not a feed
   */
  public List<Article> read(byte[] bytes, String source) {
    SyndFeed feed;
    try (XmlReader reader = new XmlReader(new ByteArrayInputStream(bytes))) {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(reader);
    } catch (FeedException | IOException | IllegalArgumentException e) {
      throw new BadInputException(source, -1, null, "not a readable RSS or Atom feed: " + e.getMessage(), e);
    }
    List<Article> out = new ArrayList<>();
    int index = 0;
    for (SyndEntry entry : feed.getEntries()) {
      index++;
      String id = firstNonBlank(entry.getUri(), entry.getLink(), source + "#" + index);
      String title = entry.getTitle() == null ? "" : Jsoup.parse(entry.getTitle()).text().strip();
      StringBuilder body = new StringBuilder();
      for (SyndContent c : entry.getContents()) {
        append(body, c);
      }
      if (body.length() == 0 && entry.getDescription() != null) {
        append(body, entry.getDescription());
      }
      String text = title.isEmpty() ? body.toString() : title + (body.length() > 0 ? "\n\n" + body : "");
      out.add(new Article(id, title, text, source));
    }
    return out;
  }

  private void append(StringBuilder body, SyndContent c) {
    if (c.getValue() == null || c.getValue().isBlank()) {
      return;
    }
    String type = c.getType() == null ? "text/html" : c.getType();
    String text = type.contains("html")
        ? html.extract("<html><body><article>" + c.getValue() + "</article></body></html>", null).text()
        : c.getValue().strip();
    if (!text.isEmpty()) {
      if (body.length() > 0) {
        body.append("\n\n");
      }
      body.append(text);
    }
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return "";
  }
}
