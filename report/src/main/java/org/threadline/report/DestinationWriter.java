package org.threadline.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.threadline.core.model.ScreeningResult;

/**
 * The part every {@link ResultWriter} shares: one destination, and the rule that any failure
 * (while writing or finishing) throws the output away, so that only a complete output is ever
 * committed.
 */
abstract class DestinationWriter implements ResultWriter {
  private final Destination destination;
  private boolean done;

  DestinationWriter(Destination destination) {
    this.destination = destination;
  }

  final OutputStream stream() {
    return destination.stream();
  }

  /** Writes one result to {@link #stream()} (or keeps it, for formats that need the whole run). */
  abstract void writeResult(ScreeningResult result) throws IOException;

  /** Writes what ends the output; the stream is committed right after. */
  abstract void finish() throws IOException;

  /** Releases what the writer holds besides the stream (temporary files); never throws. */
  void release() {}

  @Override
  public final void write(ScreeningResult result) {
    if (done) {
      throw new IllegalStateException("the writer to " + destination.name() + " is closed");
    }
    try {
      writeResult(result);
    } catch (IOException e) {
      abort();
      throw failure(e);
    } catch (RuntimeException | Error e) {
      abort();
      throw e;
    }
  }

  @Override
  public final void close() {
    if (done) {
      return;
    }
    try {
      finish();
      release();
      done = true;
      destination.commit();
    } catch (IOException e) {
      abortQuietly();
      throw failure(e);
    } catch (RuntimeException | Error e) {
      abortQuietly();
      throw e;
    }
  }

  @Override
  public final void abort() {
    if (done) {
      return;
    }
    abortQuietly();
  }

  private void abortQuietly() {
    done = true;
    release();
    destination.abort();
  }

  private UncheckedIOException failure(IOException e) {
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new UncheckedIOException("cannot write " + destination.name() + ": " + reason, e);
  }
}
