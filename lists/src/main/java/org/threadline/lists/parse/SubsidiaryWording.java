package org.threadline.lists.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the wordings by which a list names an entity together with its subsidiaries
 * ({@code "and subsidiaries"}, {@code "including subsidiaries"}, {@code "and its eight
 * Zhuhai-based subsidiaries"}, {@code "listed with its subsidiaries"}, {@code "and its subordinate
 * and affiliated entities"}), so that matches to those subsidiaries count. A sentence that only
 * says an entity <em>is</em> a subsidiary ({@code "one of X's subsidiaries"}, {@code "a subsidiary
 * of X"}) does not.
 */
public final class SubsidiaryWording {
  private static final Pattern WITH_SUBSIDIARIES = Pattern.compile(
      "\\b(?:and|including|with)\\s+(?:all\\s+)?(?:its|their|of\\s+its)?\\s*"
          + "(?:[\\w-]+\\s+){0,3}?(?:subsidiaries|subordinate\\s+(?:and\\s+affiliated\\s+)?entities)\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

  private SubsidiaryWording() {}

  /** True when the text names the entity with its subsidiaries. */
  public static boolean includesSubsidiaries(String text) {
    return text != null && WITH_SUBSIDIARIES.matcher(text).find();
  }

  /** The position of the wording in the text, or -1. */
  public static int indexIn(String text) {
    if (text == null) {
      return -1;
    }
    Matcher m = WITH_SUBSIDIARIES.matcher(text);
    return m.find() ? m.start() : -1;
  }
}
