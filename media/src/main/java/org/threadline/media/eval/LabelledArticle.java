package org.threadline.media.eval;

import java.util.Set;
import org.threadline.media.ingest.Article;

/**
 * One article of the evaluation corpus with what a careful reader marks in it.
 *
 * @param article the article as read from its file
 * @param relevant true when the article is about forced labour
 * @param stance the expected stance
 * @param places canonical names of the Xinjiang places and countries named
 * @param indicators ILO indicators and state-imposed signals the text asserts
 * @param listMentions primary names of the UFLPA entries the text names
 */
public record LabelledArticle(
    Article article, boolean relevant, String stance, Set<String> places, Set<String> indicators,
    Set<String> listMentions) {
  public LabelledArticle {
    places = Set.copyOf(places);
    indicators = Set.copyOf(indicators);
    listMentions = Set.copyOf(listMentions);
  }
}
