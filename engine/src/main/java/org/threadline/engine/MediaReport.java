package org.threadline.engine;

import java.util.List;
import org.threadline.core.lists.ListInfo;
import org.threadline.core.model.ScreeningResult;
import org.threadline.media.analysis.ArticleAnalysis;

/**
 * What a set of articles says (contract "Media result"), and what it means for the user's
 * suppliers.
 *
 * @param version the list version whose entries the articles were searched for
 * @param lists the provenance of the lists searched
 * @param dataVersions the versions of the place and cue lexicons the analyser used
 * @param articles one analysis per article, in reading order, with its supplier links
 * @param suppliers for each supplier a relevant article names, a result holding its adverse_media
 *     findings, most severe first; in the order the suppliers were first named
 */
public record MediaReport(
    ListVersion version,
    List<ListInfo> lists,
    List<String> dataVersions,
    List<ArticleAnalysis> articles,
    List<ScreeningResult> suppliers) {
  public MediaReport {
    lists = List.copyOf(lists);
    dataVersions = List.copyOf(dataVersions);
    articles = List.copyOf(articles);
    suppliers = List.copyOf(suppliers);
  }
}
