package org.threadline.core.geo;

/**
 * A text prepared for place-name lookup: every character folded ({@link CharFold}), separators
 * (spaces, punctuation, apostrophes, hyphens) dropped, and the word boundaries remembered, so
 * that {@code Ku'erle}, {@code Ku Er Le} and {@code KUERLE} all read {@code kuerle} and a Latin
 * name is only taken where a word starts and ends ({@code Aksu} is not found in {@code Baksun}).
 * A boundary also lies between scripts ({@code 新疆Urumqi}) and at a lower-to-upper case change
 * ({@code UrumqiXinjiang}). Offsets into the original text are kept for reports and articles.
 * Commas, semicolons and the enumeration comma are hard breaks: no name runs across one ({@code
 * 10米, 东城} is not 米东), and they end a run of Chinese text read as one address.
 */
final class PlaceText {
  static final byte LATIN = 1;
  static final byte DIGIT = 2;
  static final byte HAN = 3;
  static final byte OTHER = 4;

  final String original;
  final char[] chars;
  final byte[] category;
  final int[] origin;
  /** {@code boundary[k]}: a word starts or ends between {@code chars[k-1]} and {@code chars[k]}. */
  final boolean[] boundary;
  final int length;
  /**
   * The prepared characters that a comma, semicolon or 、 precedes, in order: few per text, and
   * none (no allocation) in most Chinese addresses.
   */
  private int[] hardBreaks = NO_BREAKS;
  private int breakCount;
  private static final int[] NO_BREAKS = new int[0];

  private PlaceText(String original) {
    this.original = original;
    int n = original.length();
    chars = new char[n];
    category = new byte[n];
    origin = new int[n];
    boundary = new boolean[n + 1];
    int k = 0;
    boolean separatorSeen = true;
    boolean breakSeen = false;
    byte previous = 0;
    boolean previousLower = false;
    for (int i = 0; i < n; i++) {
      char raw = original.charAt(i);
      char c = CharFold.fold(raw);
      byte cat = categoryOf(c);
      if (cat == 0) {
        separatorSeen = true;
        breakSeen |= isHardBreak(c);
        continue;
      }
      boolean camel = cat == LATIN && previousLower && isUpper(raw);
      boundary[k] = separatorSeen || cat != previous || camel;
      if (breakSeen && k > 0) {
        addBreak(k);
      }
      chars[k] = c;
      category[k] = cat;
      origin[k] = i;
      previous = cat;
      previousLower = cat == LATIN && !isUpper(raw);
      separatorSeen = false;
      breakSeen = false;
      k++;
    }
    boundary[k] = true;
    length = k;
  }

  private void addBreak(int k) {
    if (breakCount == hardBreaks.length) {
      hardBreaks = java.util.Arrays.copyOf(hardBreaks, Math.max(4, breakCount * 2));
    }
    hardBreaks[breakCount++] = k;
  }

  private static boolean isHardBreak(char folded) {
    return folded == ',' || folded == ';' || folded == '、';
  }

  /** The first prepared character after {@code k} that a hard break precedes, or {@code length}. */
  int nextHardBreak(int k) {
    for (int b = 0; b < breakCount; b++) {
      if (hardBreaks[b] > k) {
        return hardBreaks[b];
      }
    }
    return length;
  }

  /** True when a hard break lies between prepared characters {@code from} and {@code to} ({@code from < to}). */
  boolean breakBetween(int from, int to) {
    for (int b = 0; b < breakCount; b++) {
      if (hardBreaks[b] > from && hardBreaks[b] <= to) {
        return true;
      }
    }
    return false;
  }

  private static boolean isUpper(char raw) {
    return raw < 0x80 ? raw >= 'A' && raw <= 'Z' : Character.isUpperCase(raw);
  }

  /** Prepares {@code text} (null reads as empty). */
  static PlaceText of(String text) {
    return new PlaceText(text == null ? "" : text);
  }

  static byte categoryOf(char folded) {
    if (folded >= 'a' && folded <= 'z') {
      return LATIN;
    }
    if (folded >= '0' && folded <= '9') {
      return DIGIT;
    }
    if (folded < 0x80) {
      return 0;
    }
    if (CharFold.isHan(folded)) {
      return HAN;
    }
    return Character.isLetter(folded) ? OTHER : 0;
  }

  /** The key a name is stored under: folded, without separators. */
  static String keyOf(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = CharFold.fold(name.charAt(i));
      if (categoryOf(c) != 0) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Offset in the original text where prepared character {@code k} came from. */
  int originStart(int k) {
    return origin[k];
  }

  /** Offset in the original text just after prepared characters ending (exclusive) at {@code end}. */
  int originEnd(int end) {
    return origin[end - 1] + 1;
  }

  /** The original text of prepared characters {@code [start, end)}. */
  String surface(int start, int end) {
    return original.substring(originStart(start), originEnd(end));
  }

  /** True when {@code chars[start, end)} is a whole word (Han characters need no boundary). */
  boolean wholeWord(int start, int end) {
    boolean latinStart = category[start] != HAN;
    boolean latinEnd = category[end - 1] != HAN;
    return (!latinStart || boundary[start]) && (!latinEnd || boundary[end]);
  }

  /** True when any character is a Han character. */
  boolean hasHan() {
    for (int k = 0; k < length; k++) {
      if (category[k] == HAN) {
        return true;
      }
    }
    return false;
  }
}
