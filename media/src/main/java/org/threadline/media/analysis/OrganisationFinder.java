package org.threadline.media.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.threadline.media.lexicon.Cue;
import org.threadline.media.text.CharFolding;

/**
 * Finds organisation names from their last word: a legal form or organisation word ("Co., Ltd.",
 * "Group", "Textiles"; "有限公司", "集团") found by the dictionary, extended backwards over the
 * capitalised words (or Han chars) that precede it.
 */
final class OrganisationFinder {
  private static final int MAX_WORDS = 8;
  private static final int MAX_HAN = 20;
  private static final Set<String> CONNECTORS = Set.of("and", "of", "&", "de", "for", "the");
  private static final Set<String> LEADING_NOISE = Set.of(
      "The", "A", "An", "In", "On", "At", "By", "For", "From", "With", "After", "Before", "When",
      "While", "But", "And", "Or", "As", "Both", "Its", "Their", "His", "Her", "This", "That",
      "These", "Those", "Since", "Under", "Of", "To", "According", "Meanwhile", "However", "Also",
      "Last", "Earlier", "Neither", "Nor", "If", "Why", "How", "What", "Shares", "Like", "Unlike");
  private static final Set<String> ABBREVIATED = Set.of("co", "ltd", "inc", "corp", "co ltd");
  /** Han chars that end a name when walking back: particles, verbs of saying, conjunctions. */
  private static final String HAN_STOPS = "的和与在是由被向对称说指据为将了从该这其及或等但而并把让给也都就还曾已于以所";
  private static final Set<String> HAN_PLACES_WITH_STOPS = Set.of("和田", "和静", "和硕", "和布克赛尔");

  private OrganisationFinder() {}

  static List<NameMention> find(String text, List<Hit<Cue>> suffixHits) {
    List<int[]> spans = new ArrayList<>();
    for (Hit<Cue> h : suffixHits) {
      int[] span = "zh".equals(h.term().language()) ? hanSpan(text, h) : latinSpan(text, h);
      if (span != null) {
        spans.add(span);
      }
    }
    spans.sort(Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> -s[1]));
    List<NameMention> out = new ArrayList<>();
    int coveredEnd = -1;
    for (int[] s : spans) {
      if (s[1] <= coveredEnd) {
        continue;
      }
      if (s[0] < coveredEnd) {
        // Same name found from two of its words: keep the longer reading.
        NameMention last = out.remove(out.size() - 1);
        s = new int[] {last.start(), Math.max(s[1], last.end())};
      }
      out.add(new NameMention(text.substring(s[0], s[1]), s[0], s[1]));
      coveredEnd = s[1];
    }
    return out;
  }

  private static int[] latinSpan(String text, Hit<Cue> h) {
    char first = text.charAt(h.start());
    if (!Character.isUpperCase(first) && !text.startsWith("plc", h.start())) {
      return null;
    }
    int end = h.end();
    if (end < text.length() && text.charAt(end) == '.'
        && ABBREVIATED.contains(CharFolding.foldString(h.term().phrase()))) {
      end++;
    }
    int begin = h.start();
    int pos = h.start();
    int words = 0;
    int capitalised = 0;
    while (words < MAX_WORDS) {
      int p = pos;
      // Skip the gap before the previous word: spaces, one comma, brackets.
      int commas = 0;
      while (p > 0) {
        char c = text.charAt(p - 1);
        if (c == ' ' || c == '(' || c == ')') {
          p--;
        } else if (c == ',' && commas == 0) {
          commas++;
          p--;
        } else {
          break;
        }
      }
      if (p == pos || p == 0) {
        break;
      }
      int te = p;
      int ts = te;
      while (ts > 0 && isNameChar(text.charAt(ts - 1))) {
        ts--;
      }
      if (ts == te) {
        break;
      }
      String word = text.substring(ts, te);
      char c0 = word.charAt(0);
      if (Character.isUpperCase(c0) || Character.isDigit(c0)) {
        if (word.endsWith(".") && word.length() > 1 && words > 0 && !word.equals("Co.")) {
          break; // the end of the previous sentence
        }
        capitalised++;
      } else if (!CONNECTORS.contains(word)) {
        break;
      }
      begin = ts;
      pos = ts;
      words++;
    }
    // Trim connectors and sentence-opening words from the front.
    while (begin < h.start()) {
      int we = begin;
      while (we < text.length() && isNameChar(text.charAt(we))) {
        we++;
      }
      String word = text.substring(begin, we);
      if (!CONNECTORS.contains(word) && !LEADING_NOISE.contains(word)) {
        break;
      }
      if (LEADING_NOISE.contains(word)) {
        capitalised--;
      }
      int next = we;
      while (next < h.start() && !isNameChar(text.charAt(next))) {
        next++;
      }
      begin = next;
    }
    if (capitalised <= 0 || begin >= h.start()) {
      return null;
    }
    return new int[] {begin, end};
  }

  private static int[] hanSpan(String text, Hit<Cue> h) {
    int begin = h.start();
    int count = 0;
    while (begin > 0 && count < MAX_HAN) {
      char c = text.charAt(begin - 1);
      if (!CharFolding.isUnspacedScript(c)) {
        break;
      }
      if (HAN_STOPS.indexOf(c) >= 0 && !startsPlace(text, begin - 1)) {
        break;
      }
      begin--;
      count++;
    }
    if (count < 2) {
      return null;
    }
    return new int[] {begin, h.end()};
  }

  private static boolean startsPlace(String text, int at) {
    for (String place : HAN_PLACES_WITH_STOPS) {
      if (text.startsWith(place, at)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '&' || c == '\'' || c == '\u2019' || c == '-' || c == '.';
  }
}
