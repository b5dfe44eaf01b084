package org.threadline.lists.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One "Name of Entity" cell of the DHS UFLPA Entity List, taken apart: the entity's own name, the
 * aliases the cell gives ({@code "(and two aliases: A; and B)"}, {@code "(also known as A; B; and
 * C)"}, {@code "(formerly known as A)"}), whether it is listed with its subsidiaries ({@code
 * "including subsidiaries"}, {@code "and its eight Zhuhai-based subsidiaries, which include A; B"})
 * and the subsidiaries the cell names.
 *
 * @param name the entity's name as the cell writes it, without the alias and relation wording
 * @param aliases the aliases, as written
 * @param includesSubsidiaries the cell lists the entity with its subsidiaries
 * @param relation the relation wording as written (e.g. {@code "including subsidiaries"}), or null
 * @param namedSubsidiaries subsidiaries the cell names, each listed in its own right
 */
public record DhsNameCell(
    String name,
    List<String> aliases,
    boolean includesSubsidiaries,
    String relation,
    List<String> namedSubsidiaries) {

  private static final Pattern ALIAS_OPENING = Pattern.compile(
      "^\\s*(?:and\\s+(?:[\\w-]+\\s+)?(?:aliases|alias)\\s*:?"
          + "|also\\s+known\\s+as|formerly\\s+known\\s+as|previously\\s+known\\s+as"
          + "|a\\s*/\\s*k\\s*/\\s*a|f\\s*/\\s*k\\s*/\\s*a|a\\.?k\\.?a\\.?|f\\.?k\\.?a\\.?)\\s*:?\\s*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern TRAILING_ALIAS = Pattern.compile(
      ",?\\s+(?:also\\s+known\\s+as|formerly\\s+known\\s+as|a/k/a|f/k/a)\\s+(.+)$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ONE_SUBSIDIARY = Pattern.compile(
      ",?\\s+and\\s+its\\s+(?:wholly[- ]owned\\s+)?subsidiary,?\\s+(.+)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern NAMED_LIST = Pattern.compile(
      "(?:which\\s+(?:include|includes|are)|namely|including\\s*:)\\s*:?\\s*(.+)$",
      Pattern.CASE_INSENSITIVE);

  public DhsNameCell {
    aliases = List.copyOf(aliases);
    namedSubsidiaries = List.copyOf(namedSubsidiaries);
  }

  /** Takes a cell's text apart; the text is trimmed and its spacing collapsed first. */
  public static DhsNameCell parse(String cellText) {
    String text = AliasSplitter.collapseSpaces(cellText == null ? "" : cellText);
    List<String> aliases = new ArrayList<>();
    text = takeParentheticalAliases(text, aliases);

    boolean subsidiaries = false;
    String relation = null;
    List<String> named = new ArrayList<>();
    int at = SubsidiaryWording.indexIn(text);
    if (at > 0) {
      subsidiaries = true;
      relation = text.substring(at).strip();
      text = text.substring(0, at);
      Matcher list = NAMED_LIST.matcher(relation);
      if (list.find()) {
        named.addAll(AliasSplitter.split(trimPunctuation(list.group(1))));
      }
    } else {
      Matcher one = ONE_SUBSIDIARY.matcher(text);
      if (one.find()) {
        relation = one.group().replaceFirst("^,?\\s+", "");
        named.add(trimPunctuation(one.group(1)));
        text = text.substring(0, one.start());
      }
    }
    Matcher trailing = TRAILING_ALIAS.matcher(text);
    if (trailing.find()) {
      aliases.addAll(AliasSplitter.split(trimPunctuation(trailing.group(1))));
      text = text.substring(0, trailing.start());
    }
    return new DhsNameCell(trimPunctuation(text), aliases, subsidiaries, relation, named);
  }

  /** Removes "(... aliases: ...)"-style groups from the text, adding their names to {@code out}. */
  private static String takeParentheticalAliases(String text, List<String> out) {
    StringBuilder kept = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '(') {
        int end = closingParen(text, i);
        if (end > i) {
          String inner = text.substring(i + 1, end);
          Matcher m = ALIAS_OPENING.matcher(inner);
          if (m.find() && m.end() < inner.length()) {
            out.addAll(AliasSplitter.split(inner.substring(m.end())));
            i = end + 1;
            continue;
          }
        }
      }
      kept.append(c);
      i++;
    }
    return AliasSplitter.collapseSpaces(kept.toString());
  }

  /** The index of the parenthesis that closes the one at {@code open}, or -1 when unbalanced. */
  private static int closingParen(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  /** Trims white space and the commas, semicolons and colons that join a name to what follows. */
  static String trimPunctuation(String s) {
    return s.replaceAll("^[\\s,;:]+|[\\s,;:]+$", "");
  }
}
