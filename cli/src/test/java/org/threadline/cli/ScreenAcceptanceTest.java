package org.threadline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The foundation's acceptance test: the example supplier file, screened exactly as a user would,
 * flags the listed and the Xinjiang parties with the right kind and entry name, and none of the
 * clean ones.
 */
class ScreenAcceptanceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SUPPLIERS = Path.of("..", "examples", "suppliers.csv");
  private static final Map<String, JsonNode> RESULTS = new LinkedHashMap<>();

  @TempDir static Path emptyListsDir;

  @BeforeAll
  static void screenTheExampleFile() throws Exception {
    CliRun run = CliRun.of("screen", SUPPLIERS.toString(), "--lists", emptyListsDir.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    for (String line : run.out().split("\n")) {
      if (!line.isBlank()) {
        JsonNode r = JSON.readTree(line);
        RESULTS.put(r.get("id").asText(), r);
      }
    }
  }

  private static JsonNode listMatch(String id, String list) {
    return StreamSupport.stream(RESULTS.get(id).get("findings").spliterator(), false)
        .filter(f -> list.equals(f.path("list").asText()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(id + " has no match on " + list + ": "
            + RESULTS.get(id)));
  }

  private static boolean hasKind(String id, String kind) {
    return StreamSupport.stream(RESULTS.get(id).get("findings").spliterator(), false)
        .anyMatch(f -> kind.equals(f.get("kind").asText()));
  }

  @Test
  void everyRecordGetsOneResultInInputOrder() {
    assertThat(RESULTS).hasSize(51);
    assertThat(RESULTS.keySet().iterator().next()).isEqualTo("S-01");
  }

  @Test
  void exactNameOfAnEntryIsACriticalEntityListMatch() {
    JsonNode m = listMatch("S-01", "uflpa");
    assertThat(m.get("kind").asText()).isEqualTo("entity_list_match");
    assertThat(m.get("entry_name").asText()).isEqualTo("Xinjiang Daqo New Energy Co., Ltd.");
    assertThat(RESULTS.get("S-01").get("risk").asText()).isEqualTo("critical");
    assertThat(RESULTS.get("S-01").get("presumption").asBoolean()).isTrue();
  }

  @Test
  void aliasOfAnEntryMatchesWithTheEntrysOwnName() {
    assertThat(listMatch("S-02", "uflpa").get("entry_name").asText())
        .isEqualTo("Hetian Taida Apparel Co., Ltd.");
  }

  @Test
  void lowerCaseNameWithoutLegalFormMatches() {
    JsonNode m = listMatch("S-03", "uflpa");
    assertThat(m.get("entry_name").asText()).isEqualTo("Nanjing Synergy Textiles Co., Ltd.");
    assertThat(m.get("score").asDouble()).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void xinjiangAddressInChineseIsANexus() {
    assertThat(hasKind("S-09", "xinjiang_nexus")).isTrue();
    assertThat(RESULTS.get("S-09").get("presumption").asBoolean()).isTrue();
  }

  @Test
  void registrationCodeFromXinjiangIsANexus() {
    assertThat(hasKind("S-46", "xinjiang_nexus")).isTrue();
  }

  @Test
  void cleanPartiesAreNotFlagged() {
    Set<String> clean = Set.of("S-12", "S-13", "S-14", "S-15", "S-16", "S-17", "S-18", "S-19",
        "S-20", "S-21", "S-22", "S-23", "S-24", "S-25", "S-26", "S-27", "S-28", "S-29", "S-30",
        "S-31", "S-32", "S-33", "S-34", "S-35", "S-36", "S-37", "S-38", "S-39", "S-40", "S-41",
        "S-42", "S-43", "S-44", "S-47", "S-49", "S-50");
    for (String id : clean) {
      JsonNode r = RESULTS.get(id);
      assertThat(hasKind(id, "entity_list_match") || hasKind(id, "wro_match")
          || hasKind(id, "xinjiang_nexus")).as("%s flagged: %s", id, r).isFalse();
      assertThat(r.get("presumption").asBoolean()).as(id).isFalse();
      assertThat(r.get("risk").asText()).as(id).isIn("none", "low", "medium");
    }
  }

  @Test
  void everyChineseAddressIsLocatedNotOnlyXinjiangOnes() {
    JsonNode qingdao = RESULTS.get("S-12").get("location");
    assertThat(qingdao.get("country").asText()).isEqualTo("CN");
    assertThat(qingdao.get("areas").get(1).get("code").asText()).isEqualTo("3702");
    assertThat(RESULTS.get("S-09").get("location").get("areas").get(2).get("name_zh").asText())
        .isEqualTo("阿瓦提县");
    assertThat(RESULTS.get("S-16").has("location")).isFalse();
  }

  @Test
  void standardInputIsScreenedAsTheSameFileWouldBe() throws Exception {
    CliRun fromStdin = CliRun.withInput(java.nio.file.Files.readAllBytes(SUPPLIERS), "screen",
        "-", "--lists", emptyListsDir.toString());
    assertThat(fromStdin.exitCode()).as(fromStdin.err()).isZero();
    CliRun fromFile = CliRun.of("screen", SUPPLIERS.toString(), "--lists",
        emptyListsDir.toString());
    assertThat(fromStdin.out()).isEqualTo(fromFile.out());
  }
}
