package org.threadline.media.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.threadline.lists.ListStore;
import org.threadline.media.analysis.MediaAnalyser;
import org.threadline.media.StandardMedia;

class MediaEvaluationTest {
  static MediaEvaluation.Result result;

  @BeforeAll
  static void runCorpus() {
    MediaAnalyser analyser = StandardMedia.analyser(List.of(new ListStore(null).entityList(ListStore.UFLPA)));
    result = MediaEvaluation.run(MediaCorpus.from(Path.of("../data/eval/media")), analyser, "uflpa");
    // The figures are 'threadline eval media''s; -Dmedia.debug prints them here, with each article.
    if (System.getProperty("media.debug") != null) {
      System.out.println("relevance " + result.relevance() + "\nplaces " + result.places()
          + "\nindicators " + result.indicators() + "\nlist mentions " + result.listMentions()
          + "\nstance " + result.stanceCorrect() + "/" + result.stanceTotal());
      result.errors().forEach(System.out::println);
      for (LabelledArticle l : MediaCorpus.from(Path.of("../data/eval/media"))) {
        var a = analyser.analyse(l.article());
        System.out.println(l.article().id() + " " + a.relevance() + " " + a.stance() + " " + a.stanceEvidence().stream()
            .map(c -> l.article().text().substring(c.start(), c.end())).toList());
      }
    }
  }

  @Test
  void corpusHasAtLeastFortyArticles() {
    assertThat(result.articles()).isGreaterThanOrEqualTo(40);
  }

  @Test
  void relevancePrecisionAndRecallReachNinetyFivePercent() {
    assertThat(result.relevance().precision()).isGreaterThanOrEqualTo(0.95);
    assertThat(result.relevance().recall()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void listMentionRecallReachesNinetyFivePercent() {
    assertThat(result.listMentions().recall()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void bundledCorpusIsTheSameCorpus() {
    assertThat(MediaCorpus.bundled()).hasSize(result.articles());
  }
}
