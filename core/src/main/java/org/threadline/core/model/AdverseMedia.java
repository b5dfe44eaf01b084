package org.threadline.core.model;

import java.util.List;

/**
 * An article names the party in a forced-labour context.
 *
 * @param articleId the article's id (file name or feed item id)
 * @param title the article's title
 * @param stance {@code allegation | denial | enforcement | other}
 * @param relevance the article's forced-labour relevance in [0,1]
 * @param surface the text in the article that named the party
 * @param start character offset of {@code surface} in the article text
 * @param end end offset (exclusive)
 * @param score the link score (how surely the article names this party) in [0,1]
 */
public record AdverseMedia(
    String articleId,
    String title,
    String stance,
    double relevance,
    String surface,
    int start,
    int end,
    double score,
    List<Explanation> explanation)
    implements Finding {

  public AdverseMedia {
    explanation = List.copyOf(explanation);
  }

  @Override
  public FindingKind kind() {
    return FindingKind.ADVERSE_MEDIA;
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.adverseMedia(this);
  }
}
