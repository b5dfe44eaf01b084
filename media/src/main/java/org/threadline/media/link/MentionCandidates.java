package org.threadline.media.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.threadline.media.analysis.ArticleAnalysis;
import org.threadline.media.analysis.ListMention;
import org.threadline.media.analysis.NameMention;

/**
 * The spans of an article that may name a party: the organisations found, the list entries
 * named, and every run of two to six capitalised words (so "Lanmore Garments" counts even
 * without its legal form). A name matcher then decides which of them name a given party.
 */
public final class MentionCandidates {
  private static final int MAX_WORDS = 6;

  private MentionCandidates() {}

  /** The candidate spans, without duplicates, in text order of discovery. */
  public static List<NameMention> of(ArticleAnalysis a) {
    List<NameMention> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (NameMention o : a.organisations()) {
      add(out, seen, o);
    }
    for (ListMention m : a.listMentions()) {
      add(out, seen, new NameMention(m.surface(), m.start(), m.end()));
    }
    capitalisedRuns(a.article().text(), out, seen);
    return out;
  }

  private static void add(List<NameMention> out, Set<String> seen, NameMention m) {
    if (seen.add(m.start() + ":" + m.end())) {
      out.add(m);
    }
  }

  private static void capitalisedRuns(String text, List<NameMention> out, Set<String> seen) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!Character.isUpperCase(text.charAt(i)) || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
        i++;
        continue;
      }
      int start = i;
      int end = i;
      int words = 0;
      int j = i;
      while (j < n && words < MAX_WORDS && Character.isUpperCase(text.charAt(j))) {
        int w = j;
        while (w < n && (Character.isLetterOrDigit(text.charAt(w)) || text.charAt(w) == '-' || text.charAt(w) == '&')) {
          w++;
        }
        end = w;
        words++;
        if (w + 1 < n && text.charAt(w) == ' ' && Character.isUpperCase(text.charAt(w + 1))) {
          j = w + 1;
        } else {
          break;
        }
      }
      if (words >= 2) {
        add(out, seen, new NameMention(text.substring(start, end), start, end));
      }
      i = Math.max(end, i + 1);
    }
  }
}
