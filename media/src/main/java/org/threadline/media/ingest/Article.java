package org.threadline.media.ingest;

import java.util.Objects;

/**
 * One article to analyse.
 *
 * @param id the file name, the feed item's id or link, or the URL
 * @param title the headline
 * @param text the text the analyser reads and every offset counts in (UTF-16 code units): for a
 *     plain-text file the file's content as is; for an HTML page or a feed item the headline, a
 *     blank line and the main text
 * @param source where it came from (path or URL)
 */
public record Article(String id, String title, String text, String source) {
  public Article {
    Objects.requireNonNull(id, "id");
    title = title == null ? "" : title;
    Objects.requireNonNull(text, "text");
  }
}
