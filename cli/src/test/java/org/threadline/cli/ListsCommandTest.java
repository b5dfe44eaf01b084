package org.threadline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ListsCommandTest {
  @TempDir Path home;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = ThreadlineCommand.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private Path csv(String name, String text) throws IOException {
    Path p = home.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  @Test
  void showPrintsEveryListWithCountsProvenanceAndNotices() {
    Run r = run("lists", "show", "--lists", home.resolve("data").toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("uflpa  UFLPA Entity List", "entries    95", "cbp_wro", "entries    54",
        "dol_tvpra", "goods      379", "origin     bundled", "licence", "retrieved");
    assertThat(r.out()).contains("threadline lists update --list uflpa FILE", "NOT verified");
  }

  @Test
  void updateLoadsAUserCopyThatShowThenReports() throws IOException {
    Path f = csv("uflpa-new.csv", "name,aliases,section,effective_date,addresses,source,notes\n"
        + "\"New Listed Entity Co., Ltd.\",NLE,v,2025-09-30,,DHS,\n");
    String dir = home.resolve("data").toString();
    Run r = run("lists", "update", "--list", "uflpa", f.toString(), "--lists", dir);
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("loaded uflpa version 2025-09-30 (1 entries) from uflpa-new.csv");
    Run show = run("lists", "show", "--lists", dir);
    assertThat(show.out()).contains("origin     user", "version    2025-09-30");
  }

  @Test
  void diffComparesTwoFilesOrTheListInUse() throws IOException {
    Path older = csv("old.csv", "name,section,effective_date\nA Co.,ii,2024-01-01\nB Co.,v,2024-01-01\n");
    Path newer = csv("new.csv", "name,section,effective_date\nA Co.,ii;v,2024-01-01\nC Co.,v,2025-02-02\n");
    Run r = run("lists", "diff", "--list", "uflpa", older.toString(), newer.toString(), "--lists", home.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("+ C Co. [section v, 2025-02-02]", "- B Co.", "~ A Co.: section",
        "1 added, 1 removed, 1 changed");
    Run current = run("lists", "diff", "--list", "uflpa", newer.toString(), "--lists", home.toString());
    assertThat(current.out()).contains("uflpa: 2025-01-15-partial (bundled) -> 2025-02-02 (user, new.csv)",
        "2 added, 95 removed, 0 changed");
  }

  @Test
  void badInputExitsTwoWithOneLine() throws IOException {
    Path page = csv("page.html", "<html><body><p>Access denied</p></body></html>");
    Run r = run("lists", "update", "--list", "uflpa", page.toString(), "--lists", home.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).doesNotContain("\n").contains("page.html").contains("layout may have changed");
    Run unknown = run("lists", "update", "--list", "ofac", page.toString(), "--lists", home.toString());
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown list 'ofac'");
    Run missing = run("lists", "diff", "--list", "uflpa", home.resolve("nope.csv").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("no such file").doesNotContain("Exception");
  }
}
