package org.threadline.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultJsonTest {

  private static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  @Test
  void writesTheContractThreeFieldsOfAResultInOrder() {
    ObjectNode json = ResultJson.toJson(SampleResults.hoshine());

    assertThat(keys(json)).containsExactly("id", "risk", "presumption", "findings");
    assertThat(json.get("id").asText()).isEqualTo("S-17");
    assertThat(json.get("risk").asText()).isEqualTo("critical");
    assertThat(json.get("presumption").asBoolean()).isTrue();
  }

  @Test
  void writesAListMatchWithContractFieldsFirstThenProvenance() {
    JsonNode match = ResultJson.toJson(SampleResults.hoshine()).get("findings").get(0);

    assertThat(keys(match)).containsExactly("kind", "list", "entry_id", "entry_name", "section",
        "score", "matched_name", "list_version", "entry_matched_name", "subsidiary",
        "explanation");
    assertThat(match.get("kind").asText()).isEqualTo("entity_list_match");
    assertThat(match.get("entry_name").asText()).isEqualTo("Hoshine Silicon Industry Co., Ltd.");
    assertThat(match.get("matched_name").asText()).isEqualTo("合盛硅业股份有限公司");
    assertThat(match.get("list_version").asText()).isEqualTo("2025-01-15");
    assertThat(match.get("explanation").get(0).get("detail").asText())
        .isEqualTo(SampleResults.HOSHINE_DETAIL);
  }

  @Test
  void marksAMatchAgainstAnUnverifiedListCopy() {
    JsonNode wro = ResultJson.toJson(SampleResults.cottonMill()).get("findings").get(0);

    assertThat(wro.get("kind").asText()).isEqualTo("wro_match");
    assertThat(wro.get("list_unverified").asBoolean()).isTrue();
    assertThat(wro.get("subsidiary").asBoolean()).isTrue();
    assertThat(wro.get("section").isNull()).isTrue();
  }

  @Test
  void omitsListUnverifiedWhenTheListIsVerified() {
    JsonNode match = ResultJson.toJson(SampleResults.hoshine()).get("findings").get(0);

    assertThat(match.has("list_unverified")).isFalse();
  }

  @Test
  void writesEveryOtherFindingKindWithItsFields() {
    JsonNode hoshine = ResultJson.toJson(SampleResults.hoshine()).get("findings");
    JsonNode media = ResultJson.toJson(SampleResults.formulaName()).get("findings").get(1);

    assertThat(keys(hoshine.get(1))).containsExactly("kind", "signal", "evidence",
        "division_code", "division_name", "score", "explanation");
    assertThat(keys(hoshine.get(2))).containsExactly("kind", "source", "source_version", "good",
        "sector", "country", "forced_labour", "evidence", "score", "explanation");
    assertThat(keys(media)).containsExactly("kind", "article_id", "title", "stance",
        "relevance", "surface", "start", "end", "score", "explanation");
    assertThat(media.get("start").asInt()).isEqualTo(120);
  }

  @Test
  void roundsEveryScoreToThreeDecimals() {
    JsonNode match = ResultJson.toJson(SampleResults.hoshine()).get("findings").get(0);

    assertThat(match.get("score").asDouble()).isEqualTo(0.944);
    assertThat(match.get("explanation").get(0).get("score").asDouble()).isEqualTo(0.945);
  }

  @Test
  void writesListVersionsAsIdAndVersion() {
    assertThat(ResultJson.listVersions(SampleResults.RUN.lists()).toString())
        .isEqualTo("[{\"id\":\"uflpa\",\"version\":\"2025-01-15\"},{\"id\":\"cbp_wro\","
            + "\"version\":\"2025-10-01\"},{\"id\":\"dol_tvpra\",\"version\":\"2016\"}]");
  }
}
