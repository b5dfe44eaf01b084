package org.threadline.report.media;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import org.threadline.core.lists.ListInfo;
import org.threadline.core.model.ScreeningResult;
import org.threadline.report.ResultJson;
import org.threadline.media.analysis.ArticleAnalysis;

/**
 * One JSON document: {@code lists} (id and version of every list looked for, as in contract "Trace
 * result"), {@code data} (versions of the lexicons), {@code inputs}, and {@code articles} (contract
 * "Media result" objects in input order), and with {@code --suppliers}, {@code suppliers}: a
 * contract "Screening result" result for each supplier the articles name, with its {@code
 * adverse_media} findings.
 */
final class MediaJsonWriter implements MediaWriter {
  private final OutputStream out;
  private final ObjectNode doc = MediaJson.MAPPER.createObjectNode();
  private final ArrayNode articles;
  private ArrayNode suppliers;

  MediaJsonWriter(OutputStream out, MediaRun run) {
    this.out = out;
    ArrayNode lists = doc.putArray("lists");
    for (ListInfo l : run.lists()) {
      lists.addObject().put("id", l.id()).put("version", l.version());
    }
    ArrayNode data = doc.putArray("data");
    run.dataVersions().forEach(data::add);
    ArrayNode inputs = doc.putArray("inputs");
    run.inputs().forEach(inputs::add);
    doc.put("threadline_version", run.threadlineVersion());
    doc.put("started_at", run.startedAt().toString());
    articles = doc.putArray("articles");
  }

  @Override
  public void write(ArticleAnalysis analysis) {
    articles.add(MediaJson.toJson(analysis));
  }

  @Override
  public void writeSupplier(ScreeningResult result) {
    if (suppliers == null) {
      suppliers = doc.putArray("suppliers");
    }
    suppliers.add(ResultJson.toJson(result));
  }

  @Override
  public void close() throws IOException {
    out.write(MediaJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(doc));
    out.write('\n');
    out.flush();
  }
}
