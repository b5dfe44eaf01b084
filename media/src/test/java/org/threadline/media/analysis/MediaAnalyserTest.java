package org.threadline.media.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.threadline.lists.ListStore;
import org.threadline.media.ingest.Article;
import org.threadline.media.lexicon.CueLexicon;
import org.threadline.media.lexicon.TablePlaceLexicon;

class MediaAnalyserTest {
  static final MediaAnalyser ANALYSER = MediaAnalyser.builder(CueLexicon.bundled())
      .places(TablePlaceLexicon.xinjiang()).places(TablePlaceLexicon.countries())
      .lists(List.of(new ListStore(null).entityList(ListStore.UFLPA))).build();

  static ArticleAnalysis analyse(String text) {
    return ANALYSER.analyse(new Article("a.txt", text.lines().findFirst().orElse(""), text, "a.txt"));
  }

  @Test
  void findsAllegationWithIndicatorsPlacesAndListedCompany() {
    String text = "Report links Hoshine Silicon Industry to forced labour in Xinjiang\n\n"
        + "A report found that workers at Hoshine Silicon Industry (Shanshan) Co., Ltd. in Turpan "
        + "were not allowed to leave the factory compound. Former workers said their passports were "
        + "confiscated. The company is part of a labour transfer programme, researchers said.";
    ArticleAnalysis a = analyse(text);
    assertThat(a.relevance()).isGreaterThan(0.9);
    assertThat(a.stance()).isEqualTo("allegation");
    assertThat(a.topics()).contains("forced_labour", "labour_transfer");
    assertThat(a.indicators()).extracting(IndicatorFinding::indicator)
        .contains("restriction_of_movement", "retention_of_identity_documents", "labour_transfer");
    assertThat(a.places()).extracting(PlaceMention::name).contains("Xinjiang", "Turpan", "Shanshan");
    assertThat(a.listMentions()).extracting(ListMention::entryName)
        .containsOnly("Hoshine Silicon Industry (Shanshan) Co., Ltd.");
    for (IndicatorFinding i : a.indicators()) {
      assertThat(text.substring(i.start(), i.end())).isEqualTo(i.evidence());
    }
    for (ListMention l : a.listMentions()) {
      assertThat(text.substring(l.start(), l.end())).isEqualTo(l.surface());
    }
    assertThat(a.organisations()).extracting(NameMention::name)
        .contains("Hoshine Silicon Industry (Shanshan) Co., Ltd.");
  }

  @Test
  void travelWritingAboutKashgarIsNotRelevant() {
    ArticleAnalysis a = analyse("Three days in Kashgar\n\nThe old town of Kashgar is a maze of "
        + "mud-brick lanes. We ate lamb skewers at the night market and took the train to Urumqi.");
    assertThat(a.relevance()).isLessThan(0.5);
    assertThat(a.stance()).isEqualTo("other");
    assertThat(a.topics()).isEmpty();
    assertThat(a.places()).extracting(PlaceMention::name).containsExactly("Kashgar", "Kashgar", "Urumqi");
  }

  @Test
  void readsChineseText() {
    String text = "新疆劳动力转移调查\n\n报告指出，和田地区的富余劳动力被转移到内地工厂，工人不得离开宿舍。";
    ArticleAnalysis a = analyse(text);
    assertThat(a.language()).isEqualTo("zh");
    assertThat(a.indicators()).extracting(IndicatorFinding::indicator)
        .contains("labour_transfer", "surplus_labour", "restriction_of_movement");
    assertThat(a.places()).extracting(PlaceMention::name).contains("Xinjiang", "Hotan");
    assertThat(a.relevant()).isTrue();
  }

  @Test
  void aFruitNamedAfterAPlaceIsNotThePlace() {
    MediaAnalyser standard = org.threadline.media.StandardMedia.analyser(List.of());
    String fruit = "Hami melons and Korla pears at a market in Guangzhou, China\n\n"
        + "Traders said the price of 哈密瓜 rose this week, and Korla fragrant pears sold out.";
    ArticleAnalysis a = standard.analyse(new Article("f.txt", "Hami melons", fruit, "f.txt"));
    assertThat(a.places()).extracting(PlaceMention::name).contains("China")
        .noneMatch(n -> n.contains("Hami") || n.contains("Korla"));
    String town = "Factory in Hami\n\nWorkers at a plant in Hami, Xinjiang, said they could not leave.";
    ArticleAnalysis b = standard.analyse(new Article("t.txt", "Factory in Hami", town, "t.txt"));
    assertThat(b.places()).extracting(PlaceMention::name).anyMatch(n -> n.contains("Hami"));
  }
}
