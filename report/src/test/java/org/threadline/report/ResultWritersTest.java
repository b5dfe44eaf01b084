package org.threadline.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.threadline.core.BadInputException;

class ResultWritersTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(ScreenFormat.class)
  void aFileAppearsOnlyWhenTheWriterCloses(ScreenFormat format) throws IOException {
    Path out = dir.resolve("results." + format.code());
    try (ResultWriter writer = ResultWriters.open(format, out, null, SampleResults.RUN)) {
      SampleResults.all().forEach(writer::write);
      assertThat(out).doesNotExist();
    }
    assertThat(out).isNotEmptyFile();
    assertThat(Outputs.filesIn(dir)).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(ScreenFormat.class)
  void anAbortedRunLeavesNothingBehind(ScreenFormat format) throws IOException {
    Path out = dir.resolve("results." + format.code());

    assertThatThrownBy(() -> {
      try (ResultWriter writer = ResultWriters.open(format, out, null, SampleResults.RUN)) {
        try {
          SampleResults.all().forEach(writer::write);
          throw new BadInputException("suppliers.csv", 6, "name", "unclosed quote");
        } catch (RuntimeException e) {
          writer.abort();
          throw e;
        }
      }
    }).isInstanceOf(BadInputException.class);

    assertThat(Outputs.filesIn(dir)).isZero();
  }

  @ParameterizedTest
  @EnumSource(ScreenFormat.class)
  void aFailedRewriteKeepsTheEarlierFile(ScreenFormat format) throws IOException {
    Path out = dir.resolve("results." + format.code());
    Files.writeString(out, "earlier report");

    try (ResultWriter writer = ResultWriters.open(format, out, null, SampleResults.RUN)) {
      writer.write(SampleResults.hoshine());
      writer.abort();
    }

    assertThat(out).hasContent("earlier report");
    assertThat(Outputs.filesIn(dir)).isEqualTo(1);
  }

  @Test
  void aFailingStreamDiscardsTheOutputAndNamesIt() {
    OutputStream broken = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("Broken pipe");
      }
    };
    ResultWriter writer = ResultWriters.open(ScreenFormat.JSONL, null, broken, SampleResults.RUN);
    writer.write(SampleResults.hoshine());

    assertThatThrownBy(writer::close).isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot write standard output: Broken pipe");
  }

  @Test
  void refusesAFolderAsTheOutput() {
    assertThatThrownBy(() -> ResultWriters.open(ScreenFormat.CSV, dir, null, SampleResults.RUN))
        .isInstanceOf(BadInputException.class).hasMessageContaining("is a folder");
  }

  @Test
  void refusesAnOutputInAMissingFolder() {
    Path out = dir.resolve("missing").resolve("results.csv");

    assertThatThrownBy(() -> ResultWriters.open(ScreenFormat.CSV, out, null, SampleResults.RUN))
        .isInstanceOf(BadInputException.class).hasMessageContaining("does not exist");
  }

  @Test
  void closingTwiceOrAbortingAfterCloseChangesNothing() throws IOException {
    Path out = dir.resolve("results.jsonl");
    ResultWriter writer = ResultWriters.open(ScreenFormat.JSONL, out, null, SampleResults.RUN);
    writer.write(SampleResults.hoshine());
    writer.close();
    writer.close();
    writer.abort();

    assertThat(Files.readAllLines(out)).hasSize(1);
  }
}
