package org.threadline.media.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.threadline.media.lexicon.Cue;

/**
 * Finds people named in English text by how reporting quotes them: two or three capitalised
 * words right before "said" or "told" (cues marked {@code before}), or right after "said",
 * "according to" or a title such as "Dr" or "spokesperson" (cues marked {@code after}). Runs only
 * where the dictionary found such a cue, so it costs nothing on the rest of the text. Spans
 * inside organisations and places are not people.
 */
final class PeopleFinder {
  private static final int MIN_WORDS = 2;
  private static final int MAX_WORDS = 3;
  private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "It", "He", "She", "They", "We",
      "This", "That", "In", "On", "Officials", "Researchers", "Workers", "Analysts", "Authorities");

  private PeopleFinder() {}

  static List<NameMention> find(String text, List<Hit<Cue>> cues, List<int[]> taken) {
    List<NameMention> out = new ArrayList<>();
    for (Hit<Cue> h : cues) {
      int[] span = "after".equals(h.term().id()) ? after(text, h.end()) : before(text, h.start());
      if (span == null || overlaps(span[0], span[1], taken)) {
        continue;
      }
      NameMention m = new NameMention(text.substring(span[0], span[1]), span[0], span[1]);
      if (out.stream().noneMatch(o -> o.start() < m.end() && m.start() < o.end())) {
        out.add(m);
      }
    }
    out.sort(Comparator.comparingInt(NameMention::start));
    return out;
  }

  /** Capitalised words starting after one space (or ". " after a title) at {@code from}. */
  private static int[] after(String text, int from) {
    int i = from;
    if (i < text.length() && text.charAt(i) == '.') {
      i++;
    }
    if (i >= text.length() || text.charAt(i) != ' ') {
      return null;
    }
    i++;
    int start = i;
    int end = -1;
    int words = 0;
    while (words < MAX_WORDS && i < text.length() && isNameStart(text, i)) {
      int w = wordEnd(text, i);
      if (words == 0 && NOT_NAMES.contains(text.substring(i, w))) {
        return null;
      }
      end = w;
      words++;
      if (w + 1 < text.length() && text.charAt(w) == ' ' && isNameStart(text, w + 1)) {
        i = w + 1;
      } else {
        break;
      }
    }
    return words >= MIN_WORDS ? new int[] {start, end} : null;
  }

  /** Capitalised words ending one space (or ", ") before {@code to}. */
  private static int[] before(String text, int to) {
    int i = to - 1;
    if (i < 1 || text.charAt(i) != ' ') {
      return null;
    }
    if (text.charAt(i - 1) == ',') {
      i--;
    }
    int end = i;
    int start = -1;
    int words = 0;
    while (words < MAX_WORDS && i > 0 && Character.isLetter(text.charAt(i - 1))) {
      int w = i;
      while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '-' || text.charAt(w - 1) == '\'')) {
        w--;
      }
      if (!isNameStart(text, w)) {
        break;
      }
      start = w;
      words++;
      if (w >= 2 && text.charAt(w - 1) == ' ' && Character.isLetter(text.charAt(w - 2))) {
        i = w - 1;
      } else {
        break;
      }
    }
    if (words < MIN_WORDS || NOT_NAMES.contains(text.substring(start, wordEnd(text, start)))) {
      return null;
    }
    return new int[] {start, end};
  }

  private static boolean isNameStart(String text, int i) {
    return Character.isUpperCase(text.charAt(i)) && i + 1 < text.length() && Character.isLowerCase(text.charAt(i + 1));
  }

  private static int wordEnd(String text, int i) {
    int w = i;
    while (w < text.length() && (Character.isLetter(text.charAt(w)) || text.charAt(w) == '-' || text.charAt(w) == '\'')) {
      w++;
    }
    return w;
  }

  private static boolean overlaps(int s, int e, List<int[]> spans) {
    for (int[] t : spans) {
      if (s < t[1] && t[0] < e) {
        return true;
      }
    }
    return false;
  }
}
