package org.threadline.report;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/** Where a writer's bytes go: a file written atomically, or standard output (never closed). */
abstract class Destination {
  /** The stream to write to. */
  abstract OutputStream stream();

  /** What to call the output in a message: the file name, or "standard output". */
  abstract String name();

  /** Makes the output final: renames the file into place, or flushes standard output. */
  abstract void commit() throws IOException;

  /** Throws the output away (a file) or stops writing to it (standard output); never throws. */
  abstract void abort();

  static Destination file(Path target) throws IOException {
    return new FileDestination(AtomicFile.create(target), target.toString());
  }

  static Destination stdout(OutputStream stdout) {
    return new StdoutDestination(stdout);
  }

  private static final class FileDestination extends Destination {
    private final AtomicFile file;
    private final String name;

    FileDestination(AtomicFile file, String name) {
      this.file = file;
      this.name = name;
    }

    @Override
    OutputStream stream() {
      return file.stream();
    }

    @Override
    String name() {
      return name;
    }

    @Override
    void commit() throws IOException {
      file.commit();
    }

    @Override
    void abort() {
      file.abort();
    }
  }

  private static final class StdoutDestination extends Destination {
    private final OutputStream out;

    StdoutDestination(OutputStream stdout) {
      // Writers close their streams; standard output belongs to the caller and stays open.
      this.out = new FilterOutputStream(stdout) {
        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
          flush();
        }
      };
    }

    @Override
    OutputStream stream() {
      return out;
    }

    @Override
    String name() {
      return "standard output";
    }

    @Override
    void commit() throws IOException {
      out.flush();
    }

    @Override
    void abort() {
      try {
        out.flush();
      } catch (IOException e) {
        // Nothing more can be said on a broken standard output.
      }
    }
  }
}
