package org.threadline.media.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.threadline.core.model.AdverseMedia;
import org.threadline.core.model.Party;
import org.threadline.lists.ListStore;
import org.threadline.lists.matching.BundledMatchers;
import org.threadline.media.StandardMedia;
import org.threadline.media.analysis.ArticleAnalysis;
import org.threadline.media.analysis.MediaAnalyser;
import org.threadline.media.analysis.SupplierLink;
import org.threadline.media.ingest.Article;

class SupplierLinkerTest {
  static final MediaAnalyser ANALYSER =
      StandardMedia.analyser(List.of(new ListStore(null).entityList(ListStore.UFLPA)));

  static ArticleAnalysis analyse(String text) {
    return ANALYSER.analyse(new Article("x.txt", text.lines().findFirst().orElse(""), text, "x.txt"));
  }

  static final String ARTICLE = "Workers describe debts at garment supplier\n\n"
      + "Former workers at Lanmore Garments Co., Ltd. say they paid recruitment fees and that managers "
      + "kept their passports, a sign of forced labour. Lanmore did not respond.";

  @Test
  void linksASupplierWrittenDifferentlyByTheNameMatcher() {
    Party supplier = Party.builder("S-17").name("LANMORE GARMENTS CO LTD").country("VN").build();
    Party other = Party.builder("S-18").name("Riverside Packaging Inc.").build();
    SupplierLinker linker = new SupplierLinker(List.of(supplier, other), BundledMatchers::forEntries);
    List<SupplierLink> links = linker.links(analyse(ARTICLE));
    assertThat(links).extracting(SupplierLink::supplierId).containsExactly("S-17");
    SupplierLink link = links.get(0);
    assertThat(link.score()).isGreaterThanOrEqualTo(0.9);
    assertThat(ARTICLE.substring(link.start(), link.end())).isEqualTo(link.surface());
  }

  @Test
  void aFolderOfArticlesIsAFindingSourceForScreening() {
    ArticleFindingSource source = new ArticleFindingSource(
        List.of(analyse(ARTICLE), analyse("Lanmore Garments opens a new canteen\n\nStaff at Lanmore Garments enjoy lunch.")),
        BundledMatchers::forEntries);
    List<AdverseMedia> findings = source.findingsFor(Party.builder("P-1").name("Lanmore Garments Company Limited").build());
    assertThat(findings).hasSize(1);
    AdverseMedia f = findings.get(0);
    assertThat(f.articleId()).isEqualTo("x.txt");
    assertThat(f.stance()).isEqualTo("allegation");
    assertThat(f.score()).isBetween(0.5, 1.0);
    assertThat(f.explanation()).isNotEmpty();
    assertThat(source.findingsFor(Party.builder("P-2").name("Riverside Packaging Inc.").build())).isEmpty();
  }
}
