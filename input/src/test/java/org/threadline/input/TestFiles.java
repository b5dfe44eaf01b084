package org.threadline.input;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes test inputs into a temporary folder and reads them back whole. */
final class TestFiles {
  private final Path dir;

  TestFiles(Path dir) {
    this.dir = dir;
  }

  Path write(String name, String text) throws IOException {
    return write(name, text, StandardCharsets.UTF_8);
  }

  Path write(String name, String text, Charset charset) throws IOException {
    return write(name, text.getBytes(charset));
  }

  Path write(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  static List<TableRow> readAll(Path file, InputOptions options) {
    List<TableRow> rows = new ArrayList<>();
    try (TableSource source = TableReader.open(file, options)) {
      source.forEachRemaining(rows::add);
    }
    return rows;
  }
}
