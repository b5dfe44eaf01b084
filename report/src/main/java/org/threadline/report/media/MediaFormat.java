package org.threadline.report.media;

import java.util.Locale;

/** The output formats of {@code threadline media}. */
public enum MediaFormat {
  /** One contract "Media result" object per line, per article, in input order. */
  JSONL,
  /** One JSON document: provenance and the articles, in input order. */
  JSON,
  /** A digest: articles ranked by relevance, the evidence highlighted in their text. */
  HTML;

  /** The format named on the command line ({@code jsonl}, {@code json}, {@code html}). */
  public static MediaFormat of(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
