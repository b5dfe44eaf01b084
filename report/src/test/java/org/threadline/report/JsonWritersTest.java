package org.threadline.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonWritersTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void jsonLinesMatchTheGoldenFile() throws IOException {
    Golden.assertMatches("results.jsonl", Outputs.text(ScreenFormat.JSONL, SampleResults.all()));
  }

  @Test
  void jsonMatchesTheGoldenFile() throws IOException {
    Golden.assertMatches("results.json", Outputs.text(ScreenFormat.JSON, SampleResults.all()));
  }

  @Test
  void jsonLinesHaveOneParsableObjectPerResultWithTheListVersions() throws IOException {
    String[] lines = Outputs.text(ScreenFormat.JSONL, SampleResults.all()).split("\n");

    assertThat(lines).hasSize(5);
    for (String line : lines) {
      assertThat(line).startsWith("{\"id\":").endsWith("}");
      JsonNode result = MAPPER.readTree(line);
      assertThat(result.get("lists")).isEqualTo(ResultJson.listVersions(SampleResults.RUN.lists()));
    }
    assertThat(MAPPER.readTree(lines[3]).get("findings")).isEmpty();
  }

  @Test
  void jsonSaysTheBundledUflpaListIsIncompleteAndHowToUpdateIt() throws IOException {
    JsonNode doc = MAPPER.readTree(Outputs.text(ScreenFormat.JSON, SampleResults.all()));

    assertThat(doc.get("lists").get(0).get("complete").asBoolean()).isFalse();
    assertThat(doc.get("notices").get(0).asText())
        .startsWith("uflpa 2025-01-15: The bundled copy has 95 of the 144 entities")
        .endsWith("threadline lists update --list uflpa FILE");
    assertThat(doc.get("notices").get(1).asText())
        .contains("cbp_wro").contains("has not been checked against the official source");
  }

  @Test
  void jsonCountsResultsByRiskAfterTheResults() throws IOException {
    JsonNode doc = MAPPER.readTree(Outputs.text(ScreenFormat.JSON, SampleResults.all()));

    assertThat(doc.get("results")).hasSize(5);
    assertThat(doc.get("summary").get("records").asLong()).isEqualTo(5);
    assertThat(doc.get("summary").get("presumption").asLong()).isEqualTo(1);
    assertThat(doc.get("summary").get("by_risk").get("critical").asLong()).isEqualTo(1);
    assertThat(doc.get("summary").get("by_risk").get("none").asLong()).isEqualTo(1);
  }

  @Test
  void anEmptyRunIsAValidDocument() throws IOException {
    JsonNode doc = MAPPER.readTree(Outputs.text(ScreenFormat.JSON, List.of()));

    assertThat(doc.get("results")).isEmpty();
    assertThat(Outputs.text(ScreenFormat.JSONL, List.of())).isEmpty();
  }
}
