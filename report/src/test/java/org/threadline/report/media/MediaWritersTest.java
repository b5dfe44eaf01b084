package org.threadline.report.media;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threadline.media.analysis.ArticleAnalysis;
import org.threadline.media.analysis.Cited;
import org.threadline.media.analysis.IndicatorFinding;
import org.threadline.media.analysis.ListMention;
import org.threadline.media.analysis.NameMention;
import org.threadline.media.analysis.PlaceMention;
import org.threadline.media.analysis.SupplierLink;
import org.threadline.media.ingest.Article;

class MediaWritersTest {
  static final String TEXT = "<b>Acme</b> in Kashgar\n\nWorkers at Acme Co. could not leave. Vietnam.";
  static final ArticleAnalysis ANALYSIS = new ArticleAnalysis(
      new Article("a.txt", "<b>Acme</b> in Kashgar", TEXT, "a.txt"), "en", 0.8, "allegation",
      List.of("forced_labour"),
      List.of(new IndicatorFinding("restriction_of_movement", false, "Workers at Acme Co. could not leave.", 24, 60, 44, 59)),
      List.of(new PlaceMention("Kashgar", "6531", "CN", 15, 22), new PlaceMention("Vietnam", null, "VN", 61, 68)),
      List.of("apparel"), List.of(new NameMention("Acme Co.", 35, 43)), List.of(),
      List.of(new ListMention("uflpa", "v1", "uflpa-1", "Acme Co., Ltd.", "Acme Co", 35, 42)),
      List.of(new SupplierLink("S-1", "ACME CO", 0.95, "Acme Co.", 35, 43, "exact")),
      List.of(new Cited("forced_labour", 44, 59, 1.0)), List.of(), List.of());
  static final MediaRun RUN = new MediaRun(List.of(), List.of("lexicon-v"), List.of("a.txt"), "Threadline 0.1.0", Instant.EPOCH);

  static String write(MediaFormat format) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (MediaWriter w = MediaWriters.open(format, out, RUN)) {
      w.write(ANALYSIS);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void jsonLinesFollowContractSix() throws Exception {
    JsonNode o = new ObjectMapper().readTree(write(MediaFormat.JSONL));
    assertThat(o.get("indicators").get(0).get("evidence").asText())
        .isEqualTo(TEXT.substring(o.get("indicators").get(0).get("start").asInt(), o.get("indicators").get(0).get("end").asInt()));
    assertThat(o.get("places").get(1).get("division_code").isNull()).isTrue();
    assertThat(o.get("supplier_links").get(0).toString()).isEqualTo("{\"supplier_id\":\"S-1\",\"score\":0.95}");
    assertThat(o.get("list_mentions").get(0).has("entry_id")).isFalse();
  }

  @Test
  void digestEscapesArticleTextAndMarksEvidence() throws Exception {
    String html = write(MediaFormat.HTML);
    assertThat(html).doesNotContain("<b>Acme</b>").contains("&lt;b&gt;Acme&lt;/b&gt;");
    assertThat(html).contains("<mark class=\"supplier\" title=\"supplier S-1\">Acme Co.</mark>");
    assertThat(html).contains("<mark class=\"indicator\">could not leave</mark>");
  }

  @Test
  void jsonDocumentCarriesProvenance() throws Exception {
    JsonNode doc = new ObjectMapper().readTree(write(MediaFormat.JSON));
    assertThat(doc.get("data").get(0).asText()).isEqualTo("lexicon-v");
    assertThat(doc.get("articles")).hasSize(1);
  }
}
