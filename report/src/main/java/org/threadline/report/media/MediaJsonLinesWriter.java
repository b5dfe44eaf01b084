package org.threadline.report.media;

import java.io.IOException;
import java.io.OutputStream;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.threadline.media.analysis.ArticleAnalysis;
import org.threadline.report.ResultJson;

/**
 * Contract "Media result" as JSON Lines: one object per article, written as it comes, each ending
 * with {@code "lists": [{"id", "version"}...]} so that a line read on its own says which list
 * versions its {@code list_mentions} came from.
 */
final class MediaJsonLinesWriter implements MediaWriter {
  private final OutputStream out;
  private final ArrayNode lists;

  MediaJsonLinesWriter(OutputStream out, MediaRun run) {
    this.out = out;
    this.lists = ResultJson.listVersions(run.lists());
  }

  @Override
  public void write(ArticleAnalysis analysis) throws IOException {
    ObjectNode json = MediaJson.toJson(analysis);
    json.set("lists", lists);
    out.write(MediaJson.MAPPER.writeValueAsBytes(json));
    out.write('\n');
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}
