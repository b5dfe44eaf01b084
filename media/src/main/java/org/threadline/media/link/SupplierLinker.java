package org.threadline.media.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.threadline.core.lists.ListEntry;
import org.threadline.core.matching.NameMatch;
import org.threadline.core.matching.NameMatcher;
import org.threadline.core.model.AdverseMedia;
import org.threadline.core.model.Explanation;
import org.threadline.core.model.Party;
import org.threadline.media.analysis.ArticleAnalysis;
import org.threadline.media.analysis.NameMention;
import org.threadline.media.analysis.SupplierLink;

/**
 * Links articles to the user's suppliers: every span of an article that may name a party
 * ({@link MentionCandidates}) is matched against the suppliers' names and aliases with a
 * {@link NameMatcher} (so "Hoshine Silicon Industry" finds the supplier "HOSHINE SILICON IND. CO
 * LTD", and 合盛 forms find it too when the matcher knows them), keeping the best span per
 * supplier. Built once over the suppliers; safe to call from many threads.
 */
public final class SupplierLinker {
  /** The lowest link score reported: "worth a look" on the shared score scale. */
  public static final double THRESHOLD = 0.7;
  private static final String SUPPLIERS = "suppliers";

  private final NameMatcher matcher;
  private final Map<String, Party> byId = new HashMap<>();

  /**
   * @param suppliers the user's suppliers (each needs a name or an alias)
   * @param matchers builds a name matcher over entries, e.g. {@code BundledMatchers::forEntries}
   */
  public SupplierLinker(List<Party> suppliers, Function<List<ListEntry>, NameMatcher> matchers) {
    List<ListEntry> entries = new ArrayList<>();
    for (Party p : suppliers) {
      List<String> names = p.names();
      if (names.isEmpty()) {
        continue;
      }
      byId.put(p.id(), p);
      entries.add(ListEntry.builder(SUPPLIERS, p.id(), names.get(0))
          .aliases(names.subList(1, names.size()))
          .country(p.country())
          .addresses(p.address() == null ? List.of() : List.of(p.address()))
          .build());
    }
    this.matcher = Objects.requireNonNull(matchers, "matchers").apply(entries);
  }

  /** The suppliers the article names, best first. */
  public List<SupplierLink> links(ArticleAnalysis article) {
    Map<String, SupplierLink> best = new LinkedHashMap<>();
    for (NameMention m : MentionCandidates.of(article)) {
      for (NameMatch match : matcher.match(List.of(m.name()), THRESHOLD)) {
        String id = match.entry().id();
        SupplierLink current = best.get(id);
        if (current == null || match.score() > current.score()) {
          best.put(id, new SupplierLink(id, match.entry().name(), round(match.score()), m.name(),
              m.start(), m.end(), detail(match)));
        }
      }
    }
    List<SupplierLink> out = new ArrayList<>(best.values());
    out.sort(Comparator.comparingDouble(SupplierLink::score).reversed());
    return out;
  }

  /** The supplier with this id. */
  public Party supplier(String id) {
    return byId.get(id);
  }

  /**
   * The adverse-media finding an article gives a linked supplier: its score is the link score
   * times the article's relevance, since both must hold for the finding to matter.
   */
  public static AdverseMedia finding(ArticleAnalysis article, SupplierLink link, List<Explanation> matchExplanation) {
    List<Explanation> why = new ArrayList<>(matchExplanation);
    why.add(new Explanation("article", article.relevance(), article.stance() + " about "
        + (article.topics().isEmpty() ? "forced labour" : String.join(", ", article.topics()))
        + " in " + article.article().id()));
    return new AdverseMedia(article.article().id(), article.article().title(), article.stance(),
        article.relevance(), link.surface(), link.start(), link.end(),
        round(link.score() * article.relevance()), why);
  }

  /** The adverse-media finding of a link, with the link's own detail as the name explanation. */
  public static AdverseMedia finding(ArticleAnalysis article, SupplierLink link) {
    return finding(article, link, List.of(new Explanation("name", link.score(), link.detail())));
  }

  static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  static String detail(NameMatch match) {
    StringBuilder b = new StringBuilder("\u201C").append(match.queryName()).append("\u201D ~ \u201C")
        .append(match.entryName()).append('\u201D');
    for (Explanation e : match.explanation()) {
      if (e.detail() != null && !e.detail().isBlank()) {
        b.append("; ").append(e.detail());
        break;
      }
    }
    return b.toString();
  }
}
