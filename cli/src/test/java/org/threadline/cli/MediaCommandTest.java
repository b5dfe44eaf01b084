package org.threadline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaCommandTest {
  static final String ARTICLES = "../data/eval/media/articles";
  static final ObjectMapper JSON = new ObjectMapper();

  static int run(StringWriter err, String... args) {
    var cl = ThreadlineCommand.commandLine();
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  @Test
  void writesOneMediaResultPerArticle(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("media.jsonl");
    int code = run(new StringWriter(), "media", ARTICLES + "/a01_hoshine_wro.txt", ARTICLES + "/n02_kashgar_restaurant.txt",
        "--lists", dir.toString(), "--out", out.toString());
    assertThat(code).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(2);
    JsonNode first = JSON.readTree(lines.get(0));
    List<String> keys = new ArrayList<>();
    first.fieldNames().forEachRemaining(keys::add);
    // The fields of contract "Media result" in its order; Threadline adds the list versions
    // after them.
    assertThat(keys).containsExactly("id", "title", "language", "relevance", "stance", "topics", "indicators",
        "places", "sectors", "organisations", "list_mentions", "supplier_links", "lists");
    assertThat(first.get("lists").get(0).get("id").asText()).isEqualTo("uflpa");
    assertThat(first.get("stance").asText()).isEqualTo("enforcement");
    assertThat(JSON.readTree(lines.get(1)).get("relevance").asDouble()).isLessThan(0.5);
  }

  @Test
  void linksSuppliersAndListsThemInTheJsonDocument(@TempDir Path dir) throws Exception {
    Path suppliers = dir.resolve("suppliers.csv");
    Files.writeString(suppliers, "id,name,country\nS-1,HOSHINE SILICON INDUSTRY CO LTD,CN\nS-2,Riverside Packaging Inc.,US\n");
    Path out = dir.resolve("media.json");
    int code = run(new StringWriter(), "media", ARTICLES + "/a01_hoshine_wro.txt", "--suppliers", suppliers.toString(),
        "--format", "json", "--lists", dir.toString(), "--out", out.toString());
    assertThat(code).isZero();
    JsonNode doc = JSON.readTree(out.toFile());
    assertThat(doc.get("articles").get(0).get("supplier_links").get(0).get("supplier_id").asText()).isEqualTo("S-1");
    JsonNode supplier = doc.get("suppliers").get(0);
    assertThat(supplier.get("id").asText()).isEqualTo("S-1");
    assertThat(supplier.get("findings").get(0).get("kind").asText()).isEqualTo("adverse_media");
    assertThat(doc.get("lists").get(0).get("id").asText()).isEqualTo("uflpa");
  }

  @Test
  void writesAnHtmlDigestRankedByRelevance(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("digest.html");
    int code = run(new StringWriter(), "media", ARTICLES + "/n02_kashgar_restaurant.txt", ARTICLES + "/a15_fictional_garment_allegation.txt",
        "--format", "html", "--lists", dir.toString(), "--out", out.toString());
    assertThat(code).isZero();
    String html = Files.readString(out);
    assertThat(html.indexOf("Workers at Vietnamese garment supplier")).isLessThan(html.indexOf("Restaurant review"));
    assertThat(html).contains("<mark class=\"indicator\"", "debt_bondage");
  }

  @Test
  void findsEntriesOfAUsersOwnList(@TempDir Path dir) throws Exception {
    Path list = dir.resolve("watchlist.csv");
    Files.writeString(list, "id,name,aliases,country,notes\nW-1,Lanmore Garments Co. Ltd.,Lanmore,VN,\n");
    Path out = dir.resolve("media.jsonl");
    assertThat(run(new StringWriter(), "media", ARTICLES + "/a15_fictional_garment_allegation.txt", "--list", list.toString(),
        "--lists", dir.toString(), "--out", out.toString())).isZero();
    JsonNode mention = JSON.readTree(Files.readAllLines(out).get(0)).get("list_mentions").get(0);
    assertThat(mention.get("list").asText()).isEqualTo("watchlist");
    assertThat(mention.get("entry_name").asText()).isEqualTo("Lanmore Garments Co. Ltd.");
  }

  @Test
  void badFormatAndMissingFilesExitTwoWithoutOutput(@TempDir Path dir) {
    Path out = dir.resolve("never.jsonl");
    StringWriter err = new StringWriter();
    assertThat(run(err, "media", ARTICLES, "--format", "pdf", "--out", out.toString())).isEqualTo(2);
    assertThat(run(err, "media", "no-such-folder", "--lists", dir.toString(), "--out", out.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("no-such-folder");
    assertThat(out).doesNotExist();
  }

  @Test
  void evalMediaPrintsPrecisionAndRecall() {
    var cl = ThreadlineCommand.commandLine();
    StringWriter outText = new StringWriter();
    cl.setOut(new PrintWriter(outText));
    assertThat(cl.execute("eval", "media")).isZero();
    assertThat(outText.toString()).contains("relevance      P 1.000  R 1.000", "list mentions", "indicators", "places");
  }
}
