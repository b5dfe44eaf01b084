package org.threadline.cli;

/** The version of Threadline, as results and reports state it. */
final class Versions {
  private Versions() {}

  static String threadline() {
    String v = Versions.class.getPackage().getImplementationVersion();
    return v != null ? v : "0.1.0";
  }
}
