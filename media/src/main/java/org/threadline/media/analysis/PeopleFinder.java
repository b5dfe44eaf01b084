package org.threadline.media.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds people named in English text by how reporting quotes them: two or three capitalised words
 * right before "said" or "told", or right after "said", "according to" or a title ("Ms", "Dr",
 * "spokesperson"). Spans inside organisations, places and list mentions are not people.
 */
final class PeopleFinder {
  private static final String NAME = "([A-Z][a-z'\\u2019-]+(?: [A-Z]\\.)?(?: [A-Z][a-z'\\u2019-]+){1,2})";
  private static final Pattern BEFORE_VERB = Pattern.compile(NAME + ",?(?: [a-z][^.,]{0,60},)? (?:said|says|told|wrote|added)\\b");
  private static final Pattern AFTER_CUE = Pattern.compile(
      "(?:\\bsaid|\\baccording to|\\bMr\\.?|\\bMs\\.?|\\bMrs\\.?|\\bDr\\.?|\\bProfessor|\\bspokesperson|\\bspokeswoman|\\bspokesman|\\bresearcher|\\bdirector|\\bminister|\\bSecretary) " + NAME);

  private PeopleFinder() {}

  static List<NameMention> find(String text, List<int[]> taken) {
    List<NameMention> out = new ArrayList<>();
    for (Pattern p : List.of(BEFORE_VERB, AFTER_CUE)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        int s = m.start(1);
        int e = m.end(1);
        if (overlaps(s, e, taken) || overlapsPeople(s, e, out)) {
          continue;
        }
        out.add(new NameMention(m.group(1), s, e));
      }
    }
    out.sort(java.util.Comparator.comparingInt(NameMention::start));
    return out;
  }

  private static boolean overlaps(int s, int e, List<int[]> spans) {
    for (int[] t : spans) {
      if (s < t[1] && t[0] < e) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlapsPeople(int s, int e, List<NameMention> people) {
    for (NameMention p : people) {
      if (s < p.end() && p.start() < e) {
        return true;
      }
    }
    return false;
  }
}
