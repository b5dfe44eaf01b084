package org.threadline.lists.parse;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UFLPA statutory sections, 2(d)(2)(B)(i) to (v), written as {@code i}, {@code ii}, {@code iv},
 * {@code v}; an entity listed under several is written {@code ii;v}.
 */
public final class Sections {
  private static final Pattern ROMAN = Pattern.compile("\\b(iv|v|i{1,3})\\b", Pattern.CASE_INSENSITIVE);

  private Sections() {}

  /**
   * The sections named in the text ({@code "ii"}, {@code "(ii); (v)"}, {@code "2(d)(2)(B)(v)"})
   * in the order {@code i;ii;iii;iv;v}; "" when none.
   */
  public static String normalise(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    String t = text.replaceAll("2\\s*\\(\\s*d\\s*\\)\\s*\\(\\s*2\\s*\\)\\s*\\(\\s*B\\s*\\)", " ");
    Set<String> found = new LinkedHashSet<>();
    Matcher m = ROMAN.matcher(t.replace('(', ' ').replace(')', ' '));
    while (m.find()) {
      found.add(m.group(1).toLowerCase(Locale.ROOT));
    }
    return merge(String.join(";", found), "");
  }

  /** The union of two section strings, in statutory order. */
  public static String merge(String a, String b) {
    Set<String> all = new LinkedHashSet<>();
    for (String s : (a + ";" + b).split(";")) {
      if (!s.isBlank()) {
        all.add(s.strip());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String s : new String[] {"i", "ii", "iii", "iv", "v"}) {
      if (all.contains(s)) {
        sb.append(sb.length() > 0 ? ";" : "").append(s);
      }
    }
    return sb.toString();
  }
}
