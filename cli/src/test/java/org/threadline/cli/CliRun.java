package org.threadline.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One in-process run of the command line, with what it printed. */
record CliRun(int exitCode, String out, String err) {

  static CliRun of(String... args) {
    return withInput(new byte[0], args);
  }

  /** A run whose standard input holds {@code stdin}. */
  static CliRun withInput(byte[] stdin, String... args) {
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    try (var o = new PrintStream(out, true, StandardCharsets.UTF_8);
        var e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      int code = ThreadlineCommand.commandLine(new ByteArrayInputStream(stdin), o, e)
          .execute(args);
      return new CliRun(code, out.toString(StandardCharsets.UTF_8),
          err.toString(StandardCharsets.UTF_8));
    }
  }

  /** True when stderr shows no Java stack trace. */
  boolean noStackTrace() {
    return !err.contains("\tat ") && !err.contains("Exception in thread");
  }
}
