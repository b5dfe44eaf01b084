package org.threadline.report.trace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.threadline.core.work.Workers;

/** A large array laid out on workers reads byte for byte as one generator writes it. */
class ParallelArrayTest {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final int COUNT = 5000;

  @Test
  void theBytesAreThoseOfOneGeneratorOnAnyWorkers() throws IOException {
    String plain = plain();
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      assertThat(laidOut(new Workers(pool, 3))).isEqualTo(plain);
      assertThat(laidOut(Workers.CALLER_ONLY)).isEqualTo(plain);
      assertThat(laidOut(new Workers(task -> { }, 4))).isEqualTo(plain);
    } finally {
      pool.shutdownNow();
    }
  }

  private static void element(int i, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("index", i);
    g.writeStringField("name", "party " + i);
    g.writeEndObject();
  }

  private static String plain() throws IOException {
    var out = new ByteArrayOutputStream();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeArrayFieldStart("parties");
      for (int i = 0; i < COUNT; i++) {
        element(i, g);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return out.toString();
  }

  private static String laidOut(Workers workers) throws IOException {
    var out = new ByteArrayOutputStream();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeArrayFieldStart("parties");
      ParallelArray.write(FACTORY, g, out, workers, COUNT, ParallelArrayTest::element);
      g.writeEndArray();
      g.writeEndObject();
    }
    return out.toString();
  }
}
