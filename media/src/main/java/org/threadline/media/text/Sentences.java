package org.threadline.media.text;

import java.util.Arrays;
import java.util.Set;

/**
 * The sentences of one text, for English and Chinese: a sentence ends at a line break, at
 * {@code 。！？；} (and their full-width forms), and at {@code . ! ?} followed by a space and an
 * upper-case letter, digit, quote or CJK char, unless the word before the full stop is a known
 * abbreviation ({@code Co.}, {@code Ltd.}, {@code U.S.}, {@code Mr.}) or a single initial. Built
 * in one pass; {@link #around(int, int)} answers in logarithmic time.
 */
public final class Sentences {
  private static final Set<String> ABBREVIATIONS = Set.of(
      "co", "ltd", "inc", "corp", "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "vs", "etc",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gen",
      "gov", "sen", "rep", "dept", "e.g", "i.e", "u.s", "u.k", "u.n", "e.u", "approx", "fig", "al");

  private final String text;
  /** Start offset of each sentence; sentence k is [starts[k], starts[k+1]) trimmed. */
  private final int[] starts;

  private Sentences(String text, int[] starts) {
    this.text = text;
    this.starts = starts;
  }

  /** Splits {@code text} into sentences. */
  public static Sentences of(String text) {
    int[] starts = new int[16];
    int count = 1;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      int next = -1;
      if (c == '\n' || c == '\r' || c == '。' || c == '！' || c == '？' || c == '；' || c == '\u2029') {
        next = i + 1;
      } else if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i)) {
        next = i + 1;
        // Closing quotes and brackets belong to the sentence they close.
        while (next < n && isCloser(text.charAt(next))) {
          next++;
        }
      }
      if (next > 0 && next < n) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = next;
      }
    }
    return new Sentences(text, Arrays.copyOf(starts, count));
  }

  /** The number of sentences (including blank ones between line breaks). */
  public int count() {
    return starts.length;
  }

  /**
   * The sentence that holds {@code [start, end)}, trimmed of surrounding white space. When the
   * span crosses a sentence boundary, the span from the first sentence's start to the last's end.
   */
  public Span around(int start, int end) {
    int first = index(start);
    int last = index(Math.max(start, end - 1));
    int s = starts[first];
    int e = last + 1 < starts.length ? starts[last + 1] : text.length();
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return new Span(s, e);
  }

  /** The index of the sentence holding offset {@code at}. */
  public int index(int at) {
    int k = Arrays.binarySearch(starts, at);
    return k >= 0 ? k : -k - 2;
  }

  /** A span {@code [start, end)} of the text. */
  public record Span(int start, int end) {}

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']';
  }

  private static boolean endsSentence(String text, int dot) {
    int n = text.length();
    int j = dot + 1;
    while (j < n && isCloser(text.charAt(j))) {
      j++;
    }
    if (j >= n) {
      return true;
    }
    if (!Character.isWhitespace(text.charAt(j))) {
      return false;
    }
    while (j < n && Character.isWhitespace(text.charAt(j)) && text.charAt(j) != '\n') {
      j++;
    }
    if (j >= n || text.charAt(j) == '\n') {
      return true;
    }
    char next = text.charAt(j);
    boolean opensSentence = Character.isUpperCase(next) || Character.isDigit(next)
        || next == '"' || next == '\u201C' || next == '\'' || next == '\u2018' || next == '('
        || CharFolding.isUnspacedScript(next);
    if (!opensSentence) {
      return false;
    }
    if (text.charAt(dot) != '.') {
      return true;
    }
    int w = dot;
    while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
      w--;
    }
    String word = text.substring(w, dot).toLowerCase(java.util.Locale.ROOT);
    if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
      return false; // an initial: "J. Smith"
    }
    return !ABBREVIATIONS.contains(word);
  }
}
