package org.threadline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalXinjiangCommandTest {

  private static String[] run(String... args) {
    CommandLine cl = ThreadlineCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new String[] {Integer.toString(code), out.toString(), err.toString()};
  }

  @Test
  void printsRecallAndFalsePositiveRatePerSignalOnTheBundledSet() {
    String[] r = run("eval", "xinjiang");
    assertThat(r[0]).isEqualTo("0");
    assertThat(r[1]).contains("address", "registration_id", "postal_code", "phone", "name", "xinjiang")
        .contains("recall").contains("FPR");
  }

  @Test
  void aMalformedLabelFileExitsTwoNamingFileRowAndColumn(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("labels.csv");
    Files.writeString(file, "id,name,address,xinjiang,signals,note\n1,Acme,,maybe,,\n");
    String[] r = run("eval", "xinjiang", "--file", file.toString());
    assertThat(r[0]).isEqualTo("2");
    assertThat(r[2]).contains("labels.csv").contains("xinjiang").doesNotContain("Exception");
  }
}
