package org.threadline.media.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.threadline.core.lists.ListEntry;
import org.threadline.core.matching.NameMatch;
import org.threadline.core.matching.NameMatcher;
import org.threadline.core.model.AdverseMedia;
import org.threadline.core.model.Party;
import org.threadline.core.screening.FindingSource;
import org.threadline.media.analysis.ArticleAnalysis;
import org.threadline.media.analysis.NameMention;
import org.threadline.media.analysis.SupplierLink;

/**
 * Adverse media as a further source of findings for {@code screen} and {@code trace}: the
 * articles about forced labour in a folder are analysed once, every span that may name a party
 * goes into one name matcher, and each party screened is matched against them, yielding one
 * {@link AdverseMedia} finding per article that names it (the best span). Safe to call from many
 * threads.
 */
public final class ArticleFindingSource implements FindingSource {
  private static final String ARTICLES = "articles";

  private final List<ArticleAnalysis> articles;
  private final List<NameMention> candidates = new ArrayList<>();
  private final List<Integer> articleOf = new ArrayList<>();
  private final NameMatcher matcher;

  /**
   * @param analysed the analysed articles; those below the relevance threshold are ignored
   * @param matchers builds a name matcher over entries, e.g. {@code BundledMatchers::forEntries}
   */
  public ArticleFindingSource(List<ArticleAnalysis> analysed, Function<List<ListEntry>, NameMatcher> matchers) {
    this.articles = analysed.stream().filter(ArticleAnalysis::relevant).toList();
    List<ListEntry> entries = new ArrayList<>();
    for (int a = 0; a < articles.size(); a++) {
      for (NameMention m : MentionCandidates.of(articles.get(a))) {
        entries.add(ListEntry.builder(ARTICLES, Integer.toString(candidates.size()), m.name())
            .build());
        candidates.add(m);
        articleOf.add(a);
      }
    }
    this.matcher = Objects.requireNonNull(matchers, "matchers").apply(entries);
  }

  @Override
  public List<AdverseMedia> findingsFor(Party party) {
    List<String> names = party.names();
    if (names.isEmpty() || candidates.isEmpty()) {
      return List.of();
    }
    // The matcher returns one match per candidate span; keep the best span per article.
    NameMatch[] bestPerArticle = new NameMatch[articles.size()];
    for (NameMatch m : matcher.match(names, SupplierLinker.THRESHOLD)) {
      int a = articleOf.get(Integer.parseInt(m.entry().id()));
      if (bestPerArticle[a] == null || m.score() > bestPerArticle[a].score()) {
        bestPerArticle[a] = m;
      }
    }
    List<AdverseMedia> out = new ArrayList<>();
    for (int a = 0; a < articles.size(); a++) {
      NameMatch m = bestPerArticle[a];
      if (m == null) {
        continue;
      }
      NameMention span = candidates.get(Integer.parseInt(m.entry().id()));
      SupplierLink link = new SupplierLink(party.id(), party.name(), SupplierLinker.round(m.score()),
          span.name(), span.start(), span.end(), SupplierLinker.detail(m));
      out.add(SupplierLinker.finding(articles.get(a), link, m.explanation()));
    }
    out.sort((x, y) -> Double.compare(y.score(), x.score()));
    return out;
  }
}
