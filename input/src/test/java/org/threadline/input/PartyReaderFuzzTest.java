package org.threadline.input;

import static org.threadline.core.testing.UserFiles.readsOrRefuses;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import org.threadline.core.testing.UserFiles;

/**
 * Whatever bytes a user's supplier file holds, {@link PartyReader#open} reads it or refuses it with
 * a {@link org.threadline.core.BadInputException}: never another exception, a hang or running out
 * of memory. Each file is read twice, failing on the first bad row and skipping bad rows. One
 * target per layout, each named by the extension it gives the file; the layout is also told from
 * the bytes, so every target reaches every reader.
 *
 * <p>{@code mvn verify} runs each target on its seeds only, in
 * {@code src/test/resources/org/threadline/input/PartyReaderFuzzTestInputs/<target>/}. To fuzz one
 * target for real (Jazzer explores from the seeds; a crash is saved beside them):
 *
 * <pre>JAZZER_FUZZ=1 mvn -pl core,input test -Dtest=PartyReaderFuzzTest#csv -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * See {@code docs/fuzzing.md}.
 */
class PartyReaderFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void csv(byte[] bytes) {
    readParties("suppliers.csv", bytes);
  }

  @FuzzTest(maxDuration = "5m")
  void tsv(byte[] bytes) {
    readParties("suppliers.tsv", bytes);
  }

  @FuzzTest(maxDuration = "5m")
  void jsonArray(byte[] bytes) {
    readParties("suppliers.json", bytes);
  }

  @FuzzTest(maxDuration = "5m")
  void jsonLines(byte[] bytes) {
    readParties("suppliers.jsonl", bytes);
  }

  @FuzzTest(maxDuration = "5m")
  void xlsx(byte[] bytes) {
    readParties("suppliers.xlsx", bytes);
  }

  private static void readParties(String name, byte[] bytes) {
    Path file = UserFiles.write(name, bytes);
    readsOrRefuses(() -> readAll(file, InputOptions.defaults()));
    readsOrRefuses(() -> readAll(file, InputOptions.defaults().skippingBadRows(warning -> { })));
  }

  private static void readAll(Path file, InputOptions options) {
    try (PartySource parties = PartyReader.open(file, options)) {
      while (parties.hasNext()) {
        parties.next();
      }
    }
  }
}
