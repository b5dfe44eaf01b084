package org.threadline.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;

/** Jackson generators for the JSON writers: UTF-8, never closing the stream they write to. */
final class JsonOutput {
  // Jackson flushes after every tree by default: one system call per result. The writers flush
  // when they finish instead.
  private static final ObjectMapper MAPPER =
      new ObjectMapper().disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

  private JsonOutput() {}

  /** A compact generator, for JSON Lines. */
  static JsonGenerator compact(OutputStream out) throws IOException {
    JsonGenerator gen = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8);
    gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    // Jackson separates root values with a space; JSON Lines separates them with the line feed.
    gen.setRootValueSeparator(null);
    return gen;
  }

  /**
   * An indented generator, for the JSON document: two spaces, {@code "key": value}, and a line
   * feed (not the platform's separator) so the output is the same on every machine.
   */
  static JsonGenerator indented(OutputStream out) throws IOException {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return compact(out).setPrettyPrinter(printer);
  }

  /** Flushes what the generator buffered (an aborted run keeps what reached standard output). */
  static void flushQuietly(JsonGenerator gen) {
    if (gen.isClosed()) {
      return;
    }
    try {
      gen.flush();
    } catch (IOException | RuntimeException e) {
      // The output is being abandoned; the failure that caused it is what the caller reports.
    }
  }
}
