package org.threadline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input: exit 2, one line naming the file (and the row where there is one), no stack trace,
 * and no output file left behind, not even a partial or temporary one.
 */
class ScreenErrorsTest {
  @TempDir Path dir;

  private CliRun screenTo(Path input, String... more) {
    String[] args = new String[5 + more.length];
    args[0] = "screen";
    args[1] = input.toString();
    args[2] = "--out";
    args[3] = dir.resolve("out").resolve("results.csv").toString();
    args[4] = "--lists=" + dir.resolve("lists");
    System.arraycopy(more, 0, args, 5, more.length);
    try {
      Files.createDirectories(dir.resolve("out"));
      Files.createDirectories(dir.resolve("lists"));
    } catch (IOException e) {
      throw new RuntimeException(e);
    }
    return CliRun.of(args);
  }

  private void assertRefusedCleanly(CliRun run, Path input, String... mentions) throws IOException {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.noStackTrace()).as(run.err()).isTrue();
    assertThat(run.err().strip().lines().count()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).contains(input.getFileName().toString());
    for (String m : mentions) {
      assertThat(run.err()).containsIgnoringCase(m);
    }
    try (var files = Files.list(dir.resolve("out"))) {
      assertThat(files).as("output folder must stay empty").isEmpty();
    }
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void missingFileIsRefusedByName() throws IOException {
    Path missing = dir.resolve("no-such-suppliers.csv");
    assertRefusedCleanly(screenTo(missing), missing);
  }

  @Test
  void unclosedQuoteIsRefusedWithItsRow() throws IOException {
    Path f = write("quote.csv", "name,country\nGood Co,Vietnam\n\"Broken Co,China\nOther,India\n");
    assertRefusedCleanly(screenTo(f), f, "row");
  }

  @Test
  void tooManyColumnsIsRefusedWithItsRow() throws IOException {
    Path f = write("wide.csv", "name,country\nGood Co,Vietnam\nBad Co,China,extra,more\n");
    assertRefusedCleanly(screenTo(f), f, "row 2");
  }

  @Test
  void emptyFileIsRefused() throws IOException {
    Path f = write("empty.csv", "");
    assertRefusedCleanly(screenTo(f), f);
  }

  @Test
  void fileWithoutNameOrAddressColumnIsRefused() throws IOException {
    Path f = write("nocols.csv", "colour,size\nred,XL\n");
    assertRefusedCleanly(screenTo(f), f);
  }

  @Test
  void textFileNamedXlsxIsRefused() throws IOException {
    Path f = write("suppliers.xlsx", "name,country\nGood Co,Vietnam\n");
    assertRefusedCleanly(screenTo(f), f);
  }

  @Test
  void xlsxZipBombIsRefused() throws IOException {
    Path f = dir.resolve("bomb.xlsx");
    try (var zip = new ZipOutputStream(Files.newOutputStream(f))) {
      put(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas"
          + ".openxmlformats.org/package/2006/content-types\"/>");
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] blank = new byte[1 << 20];
      java.util.Arrays.fill(blank, (byte) ' ');
      for (int i = 0; i < 64; i++) {
        zip.write(blank);
      }
      zip.closeEntry();
    }
    assertRefusedCleanly(screenTo(f), f);
  }

  private static void put(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  @Test
  void fileThatIsNotInTheGivenEncodingIsRefused() throws IOException {
    Path f = dir.resolve("gbk.csv");
    Files.write(f, "name,address\n新疆天山纺织有限公司,乌鲁木齐\n".getBytes(Charset.forName("GBK")));
    assertRefusedCleanly(screenTo(f, "--encoding", "UTF-8"), f);
  }

  @Test
  void unknownFormatIsBadUsage() throws IOException {
    Path f = write("ok.csv", "name\nGood Co\n");
    CliRun run = CliRun.of("screen", f.toString(), "--format", "docx");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.noStackTrace()).isTrue();
    assertThat(run.err()).contains("docx");
  }

  @Test
  void skipBadRowsReportsEachSkipAndScreensTheRest() throws IOException {
    Path f = write("wide.csv", "name,country\nGood Co,Vietnam\nBad Co,China,extra\nThird Co,India\n");
    Path out = dir.resolve("out").resolve("results.jsonl");
    Files.createDirectories(out.getParent());
    CliRun run = CliRun.of("screen", f.toString(), "--skip-bad-rows", "--out", out.toString(),
        "--lists", dir.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("wide.csv").contains("row 2");
    assertThat(Files.readAllLines(out)).hasSize(2);
  }

  @Test
  void failOnMakesAFlaggedRunExitThree() throws IOException {
    Path f = write("listed.csv", "name\n\"Xinjiang Daqo New Energy Co., Ltd.\"\n");
    CliRun run = CliRun.of("screen", f.toString(), "--fail-on", "high", "--lists", dir.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
    CliRun clean = CliRun.of("screen", write("clean.csv", "name\nOhio Valley Packaging LLC\n")
        .toString(), "--fail-on", "high", "--lists", dir.toString());
    assertThat(clean.exitCode()).as(clean.err()).isZero();
  }

  @Test
  void ownListAddsEntityListMatchesNamedAfterTheFile() throws IOException {
    Path list = write("blocked-vendors.csv",
        "id,name,aliases,country,notes\nBV-1,Golden Lotus Knitwear Co Ltd,GLK Knit,Vietnam,audit failed\n");
    Path f = write("parties.csv", "name\nGolden Lotus Knitwear Company Limited\n");
    CliRun run = CliRun.of("screen", f.toString(), "--list", list.toString(), "--lists",
        dir.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("\"kind\":\"entity_list_match\"")
        .contains("\"list\":\"blocked-vendors\"").contains("\"entry_id\":\"BV-1\"");
  }

  @Test
  void thresholdOutsideZeroToOneIsBadUsageWithoutAStackTrace() throws IOException {
    Path f = write("ok.csv", "name\nGood Co\n");
    for (String bad : new String[] {"2", "-0.1", "high"}) {
      CliRun run = CliRun.of("screen", f.toString(), "--threshold", bad);
      assertThat(run.exitCode()).as(bad).isEqualTo(2);
      assertThat(run.noStackTrace()).as(run.err()).isTrue();
      assertThat(run.err()).contains(bad);
    }
  }
}
