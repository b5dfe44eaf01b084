package org.threadline.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.threadline.core.lists.ListInfo;
import org.threadline.core.model.Risk;
import org.threadline.core.model.ScreeningResult;

/**
 * One JSON document, streamed:
 *
 * <pre>{@code
 * {"threadline": "0.1.0", "generated": "2026-11-25T19:00:00Z", "inputs": [...],
 *  "threshold": 0.7,
 *  "lists": [{"id", "title", "version", "source", "retrieved", "licence", "finding_kind",
 *             "complete", "verified", "notice", "origin"}...],
 *  "notices": ["uflpa 2025-...: the bundled copy is incomplete ... threadline lists update ..."],
 *  "results": [contract "Screening result" objects...],
 *  "summary": {"records": 5, "presumption": 1, "by_risk": {"critical": 1, ...}}}
 * }</pre>
 *
 * The list versions are stated once at the top, so results here do not repeat them.
 */
final class JsonDocumentWriter extends DestinationWriter {
  private final JsonGenerator gen;
  private final RiskCounts counts = new RiskCounts();

  JsonDocumentWriter(Destination destination, ScreeningRun run) throws IOException {
    super(destination);
    this.gen = JsonOutput.indented(stream());
    gen.writeStartObject();
    gen.writeStringField("threadline", run.threadlineVersion());
    gen.writeStringField("generated", run.startedAt().toString());
    gen.writeArrayFieldStart("inputs");
    for (String input : run.inputs()) {
      gen.writeString(input);
    }
    gen.writeEndArray();
    gen.writeNumberField("threshold", run.threshold());
    gen.writeArrayFieldStart("lists");
    for (ListInfo info : run.lists()) {
      gen.writeTree(ResultJson.listInfo(info));
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("notices");
    for (String notice : ListNotices.of(run.lists())) {
      gen.writeString(notice);
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("results");
  }

  @Override
  void writeResult(ScreeningResult result) throws IOException {
    gen.writeTree(ResultJson.toJson(result));
    counts.add(result);
  }

  @Override
  void finish() throws IOException {
    gen.writeEndArray();
    gen.writeObjectFieldStart("summary");
    gen.writeNumberField("records", counts.records());
    gen.writeNumberField("presumption", counts.presumption());
    gen.writeObjectFieldStart("by_risk");
    for (Risk risk : Risk.values()) {
      gen.writeNumberField(risk.code(), counts.count(risk));
    }
    gen.writeEndObject();
    gen.writeEndObject();
    gen.writeEndObject();
    gen.writeRaw('\n');
    gen.close();
  }

  @Override
  void release() {
    JsonOutput.flushQuietly(gen);
  }
}
