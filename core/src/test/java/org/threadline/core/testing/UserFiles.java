package org.threadline.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.threadline.core.BadInputException;

/**
 * What the fuzz tests of the readers of users' files share: a file holding the fuzzer's bytes, and
 * the one property they assert, that a reader either reads a file or refuses it with a {@link
 * BadInputException} (the project's clear message to the user); any other exception escapes and is
 * a finding.
 */
public final class UserFiles {
  private static final Path DIR = createDir();

  private UserFiles() {}

  /** Writes {@code bytes} into a file named {@code name} in a temporary folder, replacing it. */
  public static Path write(String name, byte[] bytes) {
    return write(DIR, name, bytes);
  }

  /** A folder named {@code name} in the temporary folder, made when missing. */
  public static Path folder(String name) {
    try {
      return Files.createDirectories(DIR.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code bytes} into the file {@code name} of {@code folder}, replacing it. */
  public static Path write(Path folder, String name, byte[] bytes) {
    try {
      return Files.write(folder.resolve(name), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs {@code read}; a {@link BadInputException} is the reader refusing the file cleanly. */
  public static void readsOrRefuses(Runnable read) {
    try {
      read.run();
    } catch (BadInputException refused) {
      // the clear refusal a user sees
    }
  }

  private static Path createDir() {
    try {
      Path dir = Files.createTempDirectory("threadline-fuzz");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path dir) {
    try (var files = Files.walk(dir)) {
      for (Path file : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      // a temporary folder left behind
    }
  }
}
