package org.threadline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceCommandTest {
  @TempDir Path dir;

  @Test
  void writesTheJsonOfACleanChainAndExitsZero() throws Exception {
    Path out = dir.resolve("tomato.json");
    int code = CliRun.of("trace", "../examples/trace/tomato", "--out", out.toString(),
        "--fail-on", "medium").exitCode();
    assertThat(code).isZero();
    assertThat(Files.readString(out)).contains("\"verdict\" : \"low\"");
  }

  @Test
  void exitsThreeWhenAShipmentReachesTheFailOnLevel() {
    int code = CliRun.of("trace", "../examples/trace/solar", "--out",
        dir.resolve("solar.html").toString(), "--format", "html", "--fail-on", "critical").exitCode();
    assertThat(code).isEqualTo(ThreadlineCommand.EXIT_FAIL_ON);
    assertThat(dir.resolve("solar.html")).exists();
  }

  @Test
  void exitsTwoOnBadInputAndLeavesNoOutput() throws Exception {
    Path chain = Files.createDirectories(dir.resolve("bad"));
    Files.writeString(chain.resolve("parties.csv"), "id,name\nP-1,Alpha\nP-2,Beta\n");
    Files.writeString(chain.resolve("products.csv"), "id,name\nx,cotton\n");
    Files.writeString(chain.resolve("flows.csv"),
        "id,from_party,to_party,product,quantity,unit\nF-1,P-1,P-3,x,1,kg\n");
    Path out = dir.resolve("out.json");
    CliRun run = CliRun.of("trace", chain.toString(), "--out", out.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("flows.csv, row 1, column 'to_party': unknown party 'P-3'");
    assertThat(out).doesNotExist();
  }

  @Test
  void anUnknownFormatIsBadUsage() {
    CliRun run = CliRun.of("trace", "../examples/trace/tomato", "--format", "docx");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("unknown --format 'docx'");
    assertThat(run.noStackTrace()).isTrue();
  }

  @Test
  void articlesGivenWithMediaBecomeAdverseMediaReasons() throws Exception {
    Path out = dir.resolve("solar.json");
    int code = CliRun.of("trace", "../examples/trace/solar", "--media",
        "../data/eval/media/articles", "--lists", dir.toString(), "--out", out.toString()).exitCode();
    assertThat(code).isZero();
    assertThat(Files.readString(out)).contains("\"kind\" : \"adverse_media\"");
  }

  @Test
  void aThresholdOutsideZeroToOneIsBadUsage() {
    CliRun run = CliRun.of("trace", "../examples/trace/tomato", "--threshold", "3");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.noStackTrace()).isTrue();
  }
}
