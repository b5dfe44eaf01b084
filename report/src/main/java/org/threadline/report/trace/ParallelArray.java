package org.threadline.report.trace;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.threadline.core.work.SharedTask;
import org.threadline.core.work.Workers;

/**
 * Writes the elements of a large JSON array on the caller's workers, in order, with the bytes a single
 * pretty-printing generator would write: a million-party trace spends most of its writing time
 * laying out shipments and parties, each on its own.
 *
 * <p>Runs of elements are laid out by generators of their own, each opened inside an object and
 * an array as the real one is, so that indentation matches; what such a generator writes after
 * the array's {@code [} is {@code " " element} then {@code ", " element} for each further one.
 * Runs after the first are joined with {@code ","}. The outer generator, told of no elements, ends
 * the array with {@code " ]"}, which is how the pretty printer ends a full array too.
 */
final class ParallelArray {
  /** Elements laid out by one task. */
  private static final int RUN = 32;
  /** Runs laid out before they are written: bounds the memory held. */
  private static final int RUNS_PER_ROUND = 64;

  private ParallelArray() {}

  /** Writes one element of the array. */
  @FunctionalInterface
  interface Element {
    void write(int index, JsonGenerator to) throws IOException;
  }

  /**
   * Writes elements {@code 0..count-1} into the array {@code g} has just started, which must sit
   * in the root object (the trace's arrays do); {@code out} is the stream {@code g} writes to and
   * {@code factory} the one {@code g} came from.
   */
  static void write(JsonFactory factory, JsonGenerator g, OutputStream out, Workers workers,
      int count, Element element) throws IOException {
    g.flush();
    int runs = (count + RUN - 1) / RUN;
    for (int first = 0; first < runs; first += RUNS_PER_ROUND) {
      int from = first;
      int to = Math.min(runs, first + RUNS_PER_ROUND);
      List<SharedTask<Buffer>> laidOut = new ArrayList<>(to - from);
      for (int run = from; run < to; run++) {
        int start = run * RUN;
        int end = Math.min(count, (run + 1) * RUN);
        Callable<Buffer> layOut = () -> layOut(factory, start, end, element);
        // The first run of a round is the caller's; the others go to the workers.
        laidOut.add(workers.parallelism() > 1 && run > from
            ? workers.start(layOut) : new SharedTask<>(layOut));
      }
      try {
        for (int k = 0; k < laidOut.size(); k++) {
          if (from + k > 0) {
            out.write(',');
          }
          laidOut.get(k).join().writeElementsTo(out);
        }
      } catch (UncheckedIOException e) {
        throw e.getCause();
      } finally {
        laidOut.forEach(SharedTask::cancel);
      }
    }
  }

  private static Buffer layOut(JsonFactory factory, int from, int to, Element element) {
    Buffer buffer = new Buffer();
    try (JsonGenerator g = factory.createGenerator(buffer)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeArrayFieldStart("elements");
      g.flush();
      buffer.start = buffer.size();
      for (int i = from; i < to; i++) {
        element.write(i, g);
      }
      g.flush();
      buffer.end = buffer.size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer;
  }

  /** A run's bytes; the elements are those between {@code start} and {@code end}. */
  private static final class Buffer extends ByteArrayOutputStream {
    int start;
    int end;

    Buffer() {
      super(1 << 16);
    }

    void writeElementsTo(OutputStream out) throws IOException {
      out.write(buf, start, end - start);
    }
  }
}
