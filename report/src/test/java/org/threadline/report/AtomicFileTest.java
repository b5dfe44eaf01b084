package org.threadline.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
  @TempDir Path dir;

  @Test
  void writesTheTargetWhenTheBodyReturns() throws IOException {
    Path target = dir.resolve("report.csv");

    AtomicFile.write(target, out -> out.write("a,b\n".getBytes(StandardCharsets.UTF_8)));

    assertThat(target).hasContent("a,b");
    assertThat(Outputs.filesIn(dir)).isEqualTo(1);
  }

  @Test
  void leavesNothingBehindWhenTheBodyThrows() throws IOException {
    Path target = dir.resolve("report.csv");

    assertThatThrownBy(() -> AtomicFile.write(target, out -> {
      out.write(new byte[100_000]);
      throw new IOException("disk full");
    })).hasMessage("disk full");

    assertThat(Outputs.filesIn(dir)).isZero();
  }

  @Test
  void keepsTheEarlierFileWhenARewriteFails() throws IOException {
    Path target = dir.resolve("report.csv");
    Files.writeString(target, "old");

    assertThatThrownBy(() -> AtomicFile.write(target, out -> {
      out.write("new".getBytes(StandardCharsets.UTF_8));
      throw new IllegalStateException("screening failed");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(target).hasContent("old");
    assertThat(Outputs.filesIn(dir)).isEqualTo(1);
  }

  @Test
  void replacesAnEarlierFileOnCommit() throws IOException {
    Path target = dir.resolve("report.csv");
    Files.writeString(target, "old");

    AtomicFile.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

    assertThat(target).hasContent("new");
  }

  @Test
  void writesToAHiddenTemporaryFileInTheSameFolderUntilCommitted() throws IOException {
    Path target = dir.resolve("report.csv");
    try (AtomicFile file = AtomicFile.create(target)) {
      file.stream().write(1);

      assertThat(target).doesNotExist();
      assertThat(file.temp().getParent()).isEqualTo(dir.toAbsolutePath());
      assertThat(file.temp().getFileName().toString()).startsWith(".report.csv.").endsWith(".tmp");
    }
    assertThat(Outputs.filesIn(dir)).isZero();
  }

  @Test
  void aProcessStoppedMidWriteLeavesNothingBehind() throws Exception {
    Path target = dir.resolve("report.csv");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        InterruptedWrite.class.getName(), target.toString()).redirectErrorStream(true).start();
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).isEqualTo("writing");
      assertThat(Outputs.filesIn(dir)).isEqualTo(1);

      process.destroy();

      assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      process.destroyForcibly();
    }
    assertThat(Outputs.filesIn(dir)).isZero();
  }
}
