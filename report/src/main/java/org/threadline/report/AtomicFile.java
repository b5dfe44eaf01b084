package org.threadline.report;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file that appears complete or not at all. Bytes go to a temporary file in the target's own
 * folder (so the rename stays on one file system); {@link #commit()} renames it over the target,
 * atomically where the file system can, else by replacing it. {@link #abort()} and {@link
 * #close()} without a commit delete the temporary file, so a failed run leaves no partial output
 * and an earlier file at the target keeps its content.
 *
 * <p>A run stopped by Ctrl-C or a termination signal leaves no temporary file either: until the
 * file is committed or aborted, a shutdown hook deletes it.
 *
 * <p>There is no fsync: the guarantee is about what readers see while and after Threadline runs,
 * not about surviving a power cut.
 */
public final class AtomicFile implements Closeable {
  private final Path target;
  private final Path temp;
  private final OutputStream out;
  private final Thread deleteAtExit;
  private boolean finished;

  private AtomicFile(Path target, Path temp, OutputStream out) {
    this.target = target;
    this.temp = temp;
    this.out = out;
    this.deleteAtExit = new Thread(() -> deleteTemp(null), "delete " + temp.getFileName());
    Runtime.getRuntime().addShutdownHook(deleteAtExit);
  }

  /**
   * Creates the temporary file next to {@code target}.
   *
   * @throws IOException when the folder does not exist or is not writable
   */
  public static AtomicFile create(Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    String name = absolute.getFileName().toString();
    for (int attempt = 0; ; attempt++) {
      // A hidden name, so a file browser or a glob on *.csv does not pick up the partial file.
      Path temp = folder.resolve(
          "." + name + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
              + ".tmp");
      try {
        OutputStream out = Files.newOutputStream(
            temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
          return new AtomicFile(absolute, temp, new BufferedOutputStream(out, 1 << 16));
        } catch (RuntimeException e) {
          // The JVM is already shutting down and refuses the hook: write nothing.
          out.close();
          Files.deleteIfExists(temp);
          throw e;
        }
      } catch (FileAlreadyExistsException e) {
        if (attempt >= 10) {
          throw e;
        }
      }
    }
  }

  /**
   * Writes {@code target} with {@code body} in one step: the file appears only if the body
   * returns normally; on any exception the temporary file is deleted and the exception rethrown.
   */
  public static void write(Path target, Body body) throws IOException {
    try (AtomicFile file = create(target)) {
      body.writeTo(file.stream());
      file.commit();
    }
  }

  /** Writes the content of a file. */
  @FunctionalInterface
  public interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  /** The stream to write to; buffered. Closing it does not commit. */
  public OutputStream stream() {
    return out;
  }

  /** The final path (absolute). */
  public Path target() {
    return target;
  }

  /** The temporary path, while it exists. */
  Path temp() {
    return temp;
  }

  /**
   * Closes the stream and renames the temporary file over the target.
   *
   * @throws IOException when closing or renaming fails; the temporary file is then deleted
   */
  public void commit() throws IOException {
    if (finished) {
      throw new IllegalStateException("already committed or aborted: " + target);
    }
    finished = true;
    forgetHook();
    try {
      out.close();
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | RuntimeException | Error e) {
      deleteTemp(e);
      throw e;
    }
  }

  /** Closes the stream and deletes the temporary file; never throws. Idempotent. */
  public void abort() {
    if (finished) {
      return;
    }
    finished = true;
    forgetHook();
    try {
      out.close();
    } catch (IOException | RuntimeException e) {
      // The file is being thrown away; a failure to flush it does not matter.
    }
    deleteTemp(null);
  }

  /** Aborts unless already committed. */
  @Override
  public void close() {
    abort();
  }

  private void forgetHook() {
    try {
      Runtime.getRuntime().removeShutdownHook(deleteAtExit);
    } catch (IllegalStateException e) {
      // The JVM is shutting down: the hook runs, and deleting an absent file is harmless.
    }
  }

  private void deleteTemp(Throwable cause) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      if (cause != null) {
        cause.addSuppressed(e);
      }
    }
  }

  @Override
  public String toString() {
    return "AtomicFile[" + Objects.toString(target) + "]";
  }
}
