package org.threadline.media.analysis;

import java.util.List;
import org.threadline.media.ingest.Article;

/**
 * What one article says, every detection with the offsets of the text that supports it (offsets
 * count UTF-16 code units in {@link Article#text()}).
 *
 * @param article the article
 * @param language ISO 639-1 code, or {@code und}
 * @param relevance forced-labour relevance in [0,1]
 * @param stance {@code allegation | denial | enforcement | other}
 * @param topics topic codes, strongest first
 * @param indicators ILO indicators and state-imposed signals, in text order
 * @param places places named, in text order
 * @param sectors sector codes, in order of first mention
 * @param organisations organisations named, in text order
 * @param people people named, in text order
 * @param listMentions list entries named, in text order
 * @param supplierLinks the user's suppliers named (empty without suppliers)
 * @param topicEvidence the cue of every topic
 * @param sectorEvidence the words that named every sector
 * @param stanceEvidence the cues that decided the stance
 */
public record ArticleAnalysis(
    Article article,
    String language,
    double relevance,
    String stance,
    List<String> topics,
    List<IndicatorFinding> indicators,
    List<PlaceMention> places,
    List<String> sectors,
    List<NameMention> organisations,
    List<NameMention> people,
    List<ListMention> listMentions,
    List<SupplierLink> supplierLinks,
    List<Cited> topicEvidence,
    List<Cited> sectorEvidence,
    List<Cited> stanceEvidence) {

  public ArticleAnalysis {
    topics = List.copyOf(topics);
    indicators = List.copyOf(indicators);
    places = List.copyOf(places);
    sectors = List.copyOf(sectors);
    organisations = List.copyOf(organisations);
    people = List.copyOf(people);
    listMentions = List.copyOf(listMentions);
    supplierLinks = List.copyOf(supplierLinks);
    topicEvidence = List.copyOf(topicEvidence);
    sectorEvidence = List.copyOf(sectorEvidence);
    stanceEvidence = List.copyOf(stanceEvidence);
  }

  /** The relevance at and above which an article is about forced labour. */
  public static final double RELEVANT = 0.5;

  /** True when the article is about forced labour. */
  public boolean relevant() {
    return relevance >= RELEVANT;
  }

  /** The same analysis with these supplier links. */
  public ArticleAnalysis withSupplierLinks(List<SupplierLink> links) {
    return new ArticleAnalysis(article, language, relevance, stance, topics, indicators, places,
        sectors, organisations, people, listMentions, links, topicEvidence, sectorEvidence,
        stanceEvidence);
  }
}
