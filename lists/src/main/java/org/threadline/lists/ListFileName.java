package org.threadline.lists;

import java.nio.file.Path;
import java.util.Locale;

/** What a list's file name says: the list id, which is the name without its extensions. */
final class ListFileName {
  private ListFileName() {}

  /** The file name without its folder and without its extensions ({@code a.ftm.json} gives {@code a}). */
  static String stem(Path file) {
    String n = file.getFileName().toString();
    for (String ext : new String[] {".ftm.jsonl", ".ftm.json", ".jsonl", ".json", ".csv", ".tsv",
        ".xlsx", ".html", ".htm", ".txt"}) {
      if (n.toLowerCase(Locale.ROOT).endsWith(ext) && n.length() > ext.length()) {
        return n.substring(0, n.length() - ext.length());
      }
    }
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }
}
