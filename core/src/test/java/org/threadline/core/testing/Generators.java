package org.threadline.core.testing;

import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Generators the property tests of every module share (QuickTheories). Other modules use them
 * through core's test jar.
 */
public final class Generators {
  /**
   * Texts that break code written for ordinary text, tried now and then among the random ones:
   * empty, blank, a lone surrogate, a control character, the last character.
   */
  public static final List<String> EDGE_TEXTS = List.of("", " ", "\u0000", "\t", "\n", "\r\n",
      "\uD800", "\uDC00", "\uFFFF", "\uFEFF", "\u00A0", "\u3000", ";", "a", "A", "İ", "ß", "😀");

  /** Characters that separate, quote or escape: what parsers and escapers decide on. */
  private static final String SEPARATORS = " \t\n\r\u000B\f\u0000\u0085\u00A0\u1680\u2007\u2028"
      + "\u2029\u202F\u3000\uFEFF;|,.:-_/\\\"'&<>=+@#()（）、，";

  private Generators() {}

  /**
   * Any text, as a property over all strings wants it: 0 to 255 code points (mostly short), each
   * from the whole Basic Multilingual Plane (lone surrogates included), printable ASCII,
   * separators and quotes, Han, or beyond the BMP (two chars); with {@link #EDGE_TEXTS} mixed in.
   */
  public static Gen<String> anyText() {
    Gen<String> character = Generate.frequency(
        Pair.of(8, codePoints(0, 0xFFFF)),
        Pair.of(6, codePoints(' ', '~')),
        Pair.of(3, Generate.pick(SEPARATORS.chars().mapToObj(c -> String.valueOf((char) c)).toList())),
        Pair.of(2, codePoints(0x4E00, 0x9FA5)),
        Pair.of(1, codePoints(0x10000, Character.MAX_CODE_POINT)));
    Gen<Integer> length = Generate.frequency(Pair.of(3, integers().between(0, 16)),
        Pair.of(1, integers().between(0, 255)));
    Gen<String> random = SourceDSL.lists().of(character).ofSizes(length).map(parts -> String.join("", parts));
    return Generate.frequency(Pair.of(1, Generate.pick(EDGE_TEXTS)), Pair.of(9, random));
  }

  /** Strings of {@code minLength} to {@code maxLength} characters, each one of {@code alphabet}. */
  public static Gen<String> strings(String alphabet, int minLength, int maxLength) {
    if (alphabet.isEmpty()) {
      throw new IllegalArgumentException("an alphabet needs at least one character");
    }
    Gen<Character> character = integers().between(0, alphabet.length() - 1).map(i -> alphabet.charAt(i));
    return SourceDSL.lists().of(character).ofSizeBetween(minLength, maxLength).map(chars -> join(chars));
  }

  /** The characters {@code from} to {@code to}, both included, as an alphabet for {@link #strings}. */
  public static String range(char from, char to) {
    StringBuilder chars = new StringBuilder(to - from + 1);
    for (char c = from; c <= to; c++) {
      chars.append(c);
    }
    return chars.toString();
  }

  /** Lists of {@code min} to {@code max} values of {@code values}. */
  public static <T> Gen<List<T>> lists(Gen<T> values, int min, int max) {
    return SourceDSL.lists().of(values).ofSizeBetween(min, max);
  }

  private static Gen<String> codePoints(int from, int to) {
    return integers().between(from, to).map(c -> Character.toString(c));
  }

  private static String join(List<Character> chars) {
    StringBuilder s = new StringBuilder(chars.size());
    chars.forEach(s::append);
    return s.toString();
  }
}
