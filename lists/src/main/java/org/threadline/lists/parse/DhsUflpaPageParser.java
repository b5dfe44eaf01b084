package org.threadline.lists.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.threadline.core.BadInputException;
import org.threadline.core.lists.ListEntry;
import org.threadline.core.lists.ListInfo;
import org.threadline.core.lists.ReferenceList;

/**
 * Reads the DHS "UFLPA Entity List" web page, saved as HTML by a user.
 *
 * <p>The page holds one table per statutory section, in section order, each with a "Name of
 * Entity" (or "Entity Name") column and an "Effective Date" column ({@code June 21, 2022}). The
 * section of a table is read from the heading or caption before it ({@code "Section
 * 2(d)(2)(B)(ii)"}). A name cell carries aliases and relations in words ({@link DhsNameCell}); a
 * subsidiary the cell names becomes an entry of its own. An entity listed in several tables is one
 * entry with all its sections ({@code ii;v}). Entry ids follow the order of first appearance.
 * When no heading names the section, the statute's wording for each list identifies it ("recruit,
 * transport, transfer, harbor" is (ii), "source material" or "poverty alleviation" is (v), ...).
 *
 * <p>The page's layout may change; a parse that finds fewer than {@link #MIN_ENTITIES} entities is
 * refused rather than silently replacing the list with almost nothing.
 */
public final class DhsUflpaPageParser {
  /** Fewer entities than this means the page was not understood (the list had 144 in 2025). */
  public static final int MIN_ENTITIES = 10;

  private static final Pattern SECTION_HEADING = Pattern.compile(
      "(?:2\\s*\\(d\\)\\s*\\(2\\)\\s*\\(B\\)\\s*|section\\s*|subsection\\s*)\\((iv|v|i{1,3})\\)",
      Pattern.CASE_INSENSITIVE);

  private DhsUflpaPageParser() {}

  /** Parses the saved page; {@code info} is the provenance the list will carry. */
  public static ReferenceList parse(String html, String fileName, ListInfo info) {
    Document doc = Jsoup.parse(html);
    Map<String, Draft> byKey = new LinkedHashMap<>();
    int tablesRead = 0;
    for (Element table : doc.select("table")) {
      Columns cols = columnsOf(table);
      if (cols == null) {
        continue;
      }
      tablesRead++;
      String section = sectionOf(table);
      String spannedDate = null;
      for (Element tr : table.select("tr")) {
        Elements cells = tr.select("> td, > th");
        if (tr == cols.headerRow || cells.size() <= cols.name || tr.select("> th").size() == cells.size()) {
          continue;
        }
        String nameText = cellText(cells.get(cols.name));
        String date;
        if (cols.date >= 0 && cells.size() > cols.date) {
          date = ListDates.toIso(cells.get(cols.date).text());
          spannedDate = cells.get(cols.date).hasAttr("rowspan") ? date : null;
        } else {
          // The date cell of an earlier row spans this one (rowspan), or the row has no date.
          date = spannedDate;
        }
        if (nameText.isBlank()) {
          continue;
        }
        DhsNameCell cell = DhsNameCell.parse(nameText);
        if (cell.name().isEmpty()) {
          continue;
        }
        add(byKey, cell.name(), cell.aliases(), section, date, cell.includesSubsidiaries(),
            cell.relation() == null ? null : "DHS: " + cell.relation());
        for (String sub : cell.namedSubsidiaries()) {
          add(byKey, sub, List.of(), section, date, false,
              "subsidiary named in the DHS entry of " + cell.name());
        }
      }
    }
    if (byKey.size() < MIN_ENTITIES) {
      throw new BadInputException(fileName, 0, null, "found " + byKey.size() + " entities in "
          + tablesRead + " tables with a 'Name of Entity' column; the DHS page layout may have"
          + " changed or this is not the UFLPA Entity List page. Save the page again"
          + " (https://www.dhs.gov/uflpa-entity-list) or load a CSV");
    }
    List<ListEntry> entries = new ArrayList<>();
    for (Draft d : byKey.values()) {
      entries.add(ListEntry.builder(info.id(), EntryIds.of(info.id(), entries.size() + 1), d.name)
          .aliases(d.aliases)
          .section(d.section.isEmpty() ? null : d.section)
          .effectiveDate(d.date)
          .includesSubsidiaries(d.subsidiaries)
          .notes(d.notes)
          .properties(Map.of("source", fileName))
          .build());
    }
    return new ReferenceList(info, entries);
  }

  private static void add(Map<String, Draft> byKey, String name, List<String> aliases,
      String section, String date, boolean subsidiaries, String note) {
    Draft d = byKey.computeIfAbsent(NameKey.of(name), k -> new Draft(name));
    for (String a : aliases) {
      if (!d.aliases.contains(a) && !a.equals(d.name)) {
        d.aliases.add(a);
      }
    }
    d.section = Sections.merge(d.section, section == null ? "" : section);
    // An entity listed twice took effect at its first listing.
    if (date != null && (d.date == null || date.compareTo(d.date) < 0)) {
      d.date = date;
    }
    d.subsidiaries |= subsidiaries;
    if (note != null && (d.notes == null || !d.notes.contains(note))) {
      d.notes = UflpaCsvParser.joinNotes(d.notes, note);
    }
  }

  private record Columns(Element headerRow, int name, int date) {}

  /**
   * The text of a name cell; the items of a list in it ({@code <li>}, e.g. named subsidiaries)
   * are separated by semicolons, as the page writes them in running text.
   */
  private static String cellText(Element cell) {
    if (cell.select("li").isEmpty()) {
      return cell.text();
    }
    Element copy = cell.clone();
    for (Element li : copy.select("li")) {
      li.replaceWith(new org.jsoup.nodes.TextNode("; " + li.text() + " "));
    }
    return copy.text().replaceAll(":\\s*;", ":");
  }

  /** The positions of the name and date columns, or null when the table is not an entity table. */
  private static Columns columnsOf(Element table) {
    Element headerRow = table.selectFirst("thead tr");
    if (headerRow == null) {
      headerRow = table.selectFirst("tr");
    }
    if (headerRow == null) {
      return null;
    }
    Elements cells = headerRow.select("> th, > td");
    int name = -1;
    int date = -1;
    for (int i = 0; i < cells.size(); i++) {
      String h = CsvTable.key(cells.get(i).text());
      if (name < 0 && (h.equals("name of entity") || h.equals("entity name") || h.equals("entity")
          || h.equals("name"))) {
        name = i;
      } else if (date < 0 && h.contains("effective date")) {
        date = i;
      }
    }
    return name < 0 ? null : new Columns(headerRow, name, date);
  }

  /** The section named in the caption or the nearest heading before the table, or null. */
  private static String sectionOf(Element table) {
    Element caption = table.selectFirst("caption");
    if (caption != null) {
      String s = sectionIn(caption.text());
      if (s != null) {
        return s;
      }
    }
    Element at = table;
    int steps = 0;
    while (at != null && steps < 40) {
      Element prev = at.previousElementSibling();
      if (prev == null) {
        at = at.parent();
        steps++;
        continue;
      }
      at = prev;
      steps++;
      if (!prev.select("table").isEmpty() || prev.tagName().equals("table")) {
        return null;
      }
      String s = sectionIn(prev.text());
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  private static String sectionIn(String text) {
    Matcher m = SECTION_HEADING.matcher(text);
    String last = null;
    // A heading block may quote several sections; the one closest to the table is the last.
    while (m.find()) {
      last = m.group(1).toLowerCase(java.util.Locale.ROOT);
    }
    if (last != null) {
      return last;
    }
    for (Map.Entry<Pattern, String> wording : STATUTE_WORDING.entrySet()) {
      if (wording.getKey().matcher(text).find()) {
        return wording.getValue();
      }
    }
    return null;
  }

  /** How UFLPA 2(d)(2)(B) describes each list, most specific first. */
  private static final Map<Pattern, String> STATUTE_WORDING = new LinkedHashMap<>();

  static {
    STATUTE_WORDING.put(wording("recruit,?\\s+transport|harbou?r,?\\s+or\\s+receive"), "ii");
    STATUTE_WORDING.put(wording("source\\s+material|poverty\\s+alleviation|pairing[- ]assistance"), "v");
    STATUTE_WORDING.put(wording("exported\\s+products|that\\s+export"), "iv");
    STATUTE_WORDING.put(wording("mine,?\\s+produce,?\\s+or\\s+manufacture"), "i");
  }

  private static Pattern wording(String regex) {
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
  }

  private static final class Draft {
    final String name;
    final List<String> aliases = new ArrayList<>();
    String section = "";
    String date;
    boolean subsidiaries;
    String notes;

    Draft(String name) {
      this.name = name;
    }
  }
}
