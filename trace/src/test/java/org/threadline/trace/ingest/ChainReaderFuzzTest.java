package org.threadline.trace.ingest;

import static org.threadline.core.testing.UserFiles.readsOrRefuses;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.threadline.core.testing.UserFiles;
import org.threadline.input.InputOptions;

/**
 * Whatever bytes a user's supply chain holds, {@link ChainSources#open} and {@link ChainReader#read}
 * read it or refuse it with a {@link org.threadline.core.BadInputException}: never another
 * exception, a hang or running out of memory. Two targets: a chain as one JSON object, and a folder
 * of CSV files whose flows table is the fuzzer's (the other tables are the tomato example's).
 *
 * <p>{@code mvn verify} runs each target on its seeds only, in
 * {@code src/test/resources/org/threadline/trace/ingest/ChainReaderFuzzTestInputs/<target>/}. To
 * fuzz one target for real (Jazzer explores from the seeds; a crash is saved beside them):
 *
 * <pre>JAZZER_FUZZ=1 mvn -pl core,lists,input,trace test -Dtest=ChainReaderFuzzTest#jsonChain -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * See {@code docs/fuzzing.md}.
 */
class ChainReaderFuzzTest {
  private static final ChainReader READER = new ChainReader(UnitTable.bundled());
  private static final Path TOMATO = Path.of("../examples/trace/tomato");
  private static final Path FOLDER = csvChainWithoutFlows();

  @FuzzTest(maxDuration = "5m")
  void jsonChain(byte[] bytes) {
    Path file = UserFiles.write("chain.json", bytes);
    readsOrRefuses(() -> READER.read(ChainSources.open(file, InputOptions.defaults())));
  }

  @FuzzTest(maxDuration = "5m")
  void csvFlows(byte[] bytes) {
    UserFiles.write(FOLDER, "flows.csv", bytes);
    readsOrRefuses(() -> READER.read(ChainSources.open(FOLDER, InputOptions.defaults())));
  }

  private static Path csvChainWithoutFlows() {
    Path folder = UserFiles.folder("chain");
    try {
      for (String table : List.of("parties", "products", "transforms", "shipments", "documents")) {
        UserFiles.write(folder, table + ".csv", Files.readAllBytes(TOMATO.resolve(table + ".csv")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return folder;
  }
}
