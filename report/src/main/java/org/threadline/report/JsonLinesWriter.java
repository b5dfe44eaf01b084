package org.threadline.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Map;
import org.threadline.core.model.ScreeningResult;

/**
 * JSON Lines: one contract "Screening result" object per line, each followed by {@code "lists":
 * [{"id", "version"}...]}. A line is read on its own (by jq, grep, a pipeline), so each carries the
 * list versions it was screened against. That text is encoded once and its bytes copied into each
 * line, so it costs bytes (about 110 per line for the three bundled lists) but almost no time.
 */
final class JsonLinesWriter extends DestinationWriter {
  private final JsonGenerator gen;
  private final SerializedString lists;

  JsonLinesWriter(Destination destination, ScreeningRun run) throws IOException {
    super(destination);
    this.gen = JsonOutput.compact(stream());
    this.lists = new SerializedString(ResultJson.listVersions(run.lists()).toString());
  }

  @Override
  void writeResult(ScreeningResult result) throws IOException {
    gen.writeStartObject();
    for (Map.Entry<String, JsonNode> field : ResultJson.toJson(result).properties()) {
      gen.writeFieldName(field.getKey());
      gen.writeTree(field.getValue());
    }
    gen.writeFieldName("lists");
    gen.writeRawValue(lists);
    gen.writeEndObject();
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
