package org.threadline.report;

import java.nio.file.Path;

/**
 * A process that starts an atomic write and then hangs, for the test that stops it with a
 * termination signal. Prints {@code writing} once the temporary file exists.
 */
final class InterruptedWrite {
  private InterruptedWrite() {}

  public static void main(String[] args) throws Exception {
    AtomicFile file = AtomicFile.create(Path.of(args[0]));
    file.stream().write(new byte[1000]);
    file.stream().flush();
    System.out.println("writing");
    System.out.flush();
    Thread.sleep(60_000);
  }
}
