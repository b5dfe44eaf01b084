package org.threadline.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import org.threadline.core.model.ScreeningResult;

/**
 * JSON Lines: one Contract 3 object per line, each followed by {@code "lists": [{"id",
 * "version"}...]}. A line is read on its own (by jq, grep, a pipeline), so each carries the list
 * versions it was screened against; the node is built once and shared, which costs bytes per line
 * but no work per result beyond writing them.
 */
final class JsonLinesWriter extends DestinationWriter {
  private final JsonGenerator gen;
  private final ArrayNode lists;

  JsonLinesWriter(Destination destination, ScreeningRun run) throws IOException {
    super(destination);
    this.gen = JsonOutput.compact(stream());
    this.lists = ResultJson.listVersions(run.lists());
  }

  @Override
  void writeResult(ScreeningResult result) throws IOException {
    gen.writeTree(ResultJson.toJson(result, lists));
    gen.writeRaw('\n');
  }

  @Override
  void finish() throws IOException {
    gen.close();
  }

  @Override
  void release() {
    JsonOutput.flushQuietly(gen);
  }
}
