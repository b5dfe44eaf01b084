package org.threadline.lists.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The "Entity" cell of CBP's Withhold Release Orders and Findings list, taken apart. CBP writes
 * aliases as {@code "A, a/k/a B, a/k/a C"} and several entities of one order as {@code "A, a/k/a
 * B; C"}. The first name is the entry's name; every other name, of the same or of a joined entity,
 * is an alias, so that each is matched. Two companies joined by "and" ({@code "A Co., Ltd. and B
 * Co., Ltd."}) are each an alias too, and a vessel ({@code "Fishing Vessel: Da Wang 1"}) is also
 * known by its bare name.
 *
 * @param name the first name, as written
 * @param aliases every other name, as written, in order
 */
public record CbpEntityCell(String name, List<String> aliases) {
  private static final Pattern AKA =
      Pattern.compile("\\s*,?\\s*\\b(?:a\\s*/\\s*k\\s*/\\s*a|a\\.k\\.a\\.)\\s+", Pattern.CASE_INSENSITIVE);

  private static final Pattern JOINED_COMPANIES = Pattern.compile(
      "(?<=\\b(?:Ltd\\.?|Co\\.|Inc\\.?|Corporation|Company|LLC|Bhd|Berhad))\\s+and\\s+",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern VESSEL = Pattern.compile("^(?:fishing\\s+)?vessel\\s*:\\s*(.+)$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern DESCRIBES_GOODS = Pattern.compile(
      "^all\\s|\\b(?:produced|harvested|mined|manufactured)\\b", Pattern.CASE_INSENSITIVE);

  public CbpEntityCell {
    aliases = List.copyOf(aliases);
  }

  /**
   * True when the cell describes goods ({@code "All Turkmenistan Cotton or products ..."}, {@code
   * "Tobacco produced in the Republic of Malawi ..."}) rather than naming an entity.
   */
  public static boolean describesGoods(String cell) {
    return DESCRIBES_GOODS.matcher(cell).find();
  }

  /** Splits a cell; the cell must not be blank. */
  public static CbpEntityCell parse(String cell) {
    List<String> names = new ArrayList<>();
    for (String entity : AliasSplitter.split(cell)) {
      for (String part : AKA.split(entity)) {
        String n = DhsNameCell.trimPunctuation(part);
        if (n.isEmpty()) {
          continue;
        }
        names.add(n);
        String[] joined = JOINED_COMPANIES.split(n);
        if (joined.length > 1) {
          for (String j : joined) {
            names.add(DhsNameCell.trimPunctuation(j));
          }
        }
        var vessel = VESSEL.matcher(n);
        if (vessel.matches()) {
          names.add(vessel.group(1).strip());
        }
      }
    }
    if (names.isEmpty()) {
      throw new IllegalArgumentException("an entity cell needs a name");
    }
    return new CbpEntityCell(names.get(0), names.subList(1, names.size()));
  }
}
