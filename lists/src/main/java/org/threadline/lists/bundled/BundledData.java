package org.threadline.lists.bundled;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Opens the files of the repository's {@code data/} folder, which the build packs into this
 * module's jar under {@code threadline-data/}. The one place that knows where bundled data lives.
 */
public final class BundledData {
  private static final String ROOT = "threadline-data/";

  private BundledData() {}

  /**
   * Opens a bundled file.
   *
   * @param path the path below {@code data/}, e.g. {@code lists/uflpa_entity_list.csv}
   * @throws IllegalStateException when the file is not bundled (a build problem, not a user's)
   */
  public static InputStream open(String path) {
    InputStream in = BundledData.class.getClassLoader().getResourceAsStream(ROOT + path);
    if (in == null) {
      throw new IllegalStateException("bundled data file data/" + path + " is missing from the build");
    }
    return in;
  }

  /** True when the bundled file exists. */
  public static boolean exists(String path) {
    return BundledData.class.getClassLoader().getResource(ROOT + path) != null;
  }

  /** A UTF-8 reader over a bundled file; a leading byte-order mark is skipped. */
  public static BufferedReader reader(String path) {
    var reader = new BufferedReader(new InputStreamReader(open(path), StandardCharsets.UTF_8));
    try {
      reader.mark(1);
      if (reader.read() != '\uFEFF') {
        reader.reset();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled data file data/" + path, e);
    }
    return reader;
  }

  /** All lines of a bundled UTF-8 file. */
  public static List<String> lines(String path) {
    try (BufferedReader r = reader(path)) {
      return r.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled data file data/" + path, e);
    }
  }
}
