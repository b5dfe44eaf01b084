package org.threadline.media.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.threadline.media.text.CharFolding;

/**
 * The forms under which an article may mention a listed name: the name itself, and the name
 * without its legal form and without bracketed parts, since reporting writes "Hoshine Silicon
 * Industry" for "Hoshine Silicon Industry (Shanshan) Co., Ltd.". A derived form is kept only
 * when it still says something: two words or more, or one word of six letters or more (so
 * "Camel Group" does not yield "Camel"), or three Han chars or more.
 */
public final class ListNameVariants {
  private static final Set<String> LEGAL_FORMS = Set.of(
      "co", "ltd", "limited", "inc", "corp", "corporation", "company", "llc", "plc", "gmbh", "ag",
      "sa", "group", "holdings", "holding", "general");
  private static final String[] HAN_LEGAL_FORMS = {
    "股份有限公司", "有限责任公司", "有限公司", "集团", "公司"
  };
  private static final Pattern BRACKETS = Pattern.compile("\\s*[(（][^)）]*[)）]");

  private ListNameVariants() {}

  /** A form of a name and whether it was derived. */
  public record Variant(String surface, boolean derived) {}

  /** The name first, then its derived forms (without duplicates after folding). */
  public static List<Variant> of(String name) {
    List<Variant> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    String folded = CharFolding.foldString(name);
    if (folded.length() < 3 && !isHan(folded)) {
      return out;
    }
    seen.add(folded);
    out.add(new Variant(name, false));
    String unbracketed = BRACKETS.matcher(name).replaceAll("");
    for (String base : List.of(name, unbracketed)) {
      String stripped = stripLegalForm(CharFolding.foldString(base));
      if (isDistinctive(stripped) && seen.add(stripped)) {
        out.add(new Variant(stripped, true));
      }
      String foldedBase = CharFolding.foldString(base);
      if (isDistinctive(foldedBase) && seen.add(foldedBase)) {
        out.add(new Variant(base, true));
      }
    }
    return out;
  }

  private static String stripLegalForm(String folded) {
    if (isHan(folded)) {
      String s = folded;
      boolean changed = true;
      while (changed) {
        changed = false;
        for (String form : HAN_LEGAL_FORMS) {
          if (s.endsWith(form) && s.length() > form.length()) {
            s = s.substring(0, s.length() - form.length());
            changed = true;
          }
        }
      }
      return s;
    }
    List<String> tokens = new ArrayList<>(List.of(folded.split(" ")));
    while (tokens.size() > 1 && LEGAL_FORMS.contains(tokens.get(tokens.size() - 1))) {
      tokens.remove(tokens.size() - 1);
    }
    return String.join(" ", tokens);
  }

  private static boolean isDistinctive(String folded) {
    if (folded.isEmpty()) {
      return false;
    }
    if (isHan(folded)) {
      return folded.length() >= 3;
    }
    String[] tokens = folded.split(" ");
    return tokens.length >= 2 || folded.length() >= 6;
  }

  private static boolean isHan(String s) {
    return !s.isEmpty() && CharFolding.isUnspacedScript(s.charAt(0));
  }
}
