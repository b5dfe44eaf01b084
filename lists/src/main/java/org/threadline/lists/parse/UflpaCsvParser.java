package org.threadline.lists.parse;

import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.threadline.core.BadInputException;
import org.threadline.core.lists.ListEntry;
import org.threadline.core.lists.ListInfo;
import org.threadline.core.lists.ReferenceList;

/**
 * Reads the UFLPA Entity List as a CSV: the bundled layout {@code name, aliases, section,
 * effective_date, addresses, source, notes}, or the DHS page's own column names ({@code Name of
 * Entity} or {@code Entity Name}, {@code Effective Date}) with the aliases still written in the
 * name cell.
 *
 * <p>Entry ids are {@code uflpa-NNNN} by data row, so the same copy always gives the same ids.
 * Aliases are split on {@code ;}; addresses too. An entry includes its subsidiaries when its name
 * or notes say so ({@link SubsidiaryWording}).
 */
public final class UflpaCsvParser {
  private static final String[] NAME = {"name", "name of entity", "entity name", "entity"};

  private UflpaCsvParser() {}

  /** Reads the list; {@code info} is the provenance the returned list carries. */
  public static ReferenceList parse(Reader reader, String fileName, ListInfo info) {
    CsvTable table = CsvTable.read(reader, fileName);
    table.require(NAME);
    boolean aliasColumn = table.has("aliases", "alias");
    List<ListEntry> entries = new ArrayList<>();
    for (CsvTable.Row row : table.rows()) {
      String nameCell = AliasSplitter.collapseSpaces(row.get(NAME));
      if (nameCell.isEmpty()) {
        if (row.cells().values().stream().allMatch(String::isBlank)) {
          continue;
        }
        throw new BadInputException(fileName, row.row(), "name", "the entity name is empty");
      }
      String name = nameCell;
      List<String> aliases = new ArrayList<>(AliasSplitter.split(row.get("aliases", "alias")));
      String notes = emptyToNull(row.get("notes", "note", "remarks"));
      boolean subsidiaries = SubsidiaryWording.includesSubsidiaries(notes);
      if (!aliasColumn) {
        // A CSV made from the DHS table keeps aliases and "including subsidiaries" in the name.
        DhsNameCell cell = DhsNameCell.parse(nameCell);
        name = cell.name();
        aliases.addAll(cell.aliases());
        subsidiaries |= cell.includesSubsidiaries();
        notes = joinNotes(notes, cell.relation());
      } else {
        subsidiaries |= SubsidiaryWording.includesSubsidiaries(nameCell);
      }
      String dateCell = row.get("effective_date", "effective date", "date");
      String date = ListDates.toIso(dateCell);
      if (date == null && !dateCell.isEmpty()) {
        throw new BadInputException(fileName, row.row(), "effective_date",
            "'" + dateCell + "' is not a date (write 2022-06-21 or June 21, 2022)");
      }
      Map<String, String> props = new LinkedHashMap<>();
      String source = row.get("source");
      if (!source.isEmpty()) {
        props.put("source", source);
      }
      entries.add(ListEntry.builder(info.id(), EntryIds.of(info.id(), entries.size() + 1), name)
          .aliases(aliases)
          .section(emptyToNull(Sections.normalise(row.get("section"))))
          .country(emptyToNull(row.get("country")))
          .addresses(AliasSplitter.split(row.get("addresses", "address")))
          .effectiveDate(date)
          .includesSubsidiaries(subsidiaries)
          .notes(notes)
          .properties(props)
          .build());
    }
    if (entries.isEmpty()) {
      throw new BadInputException(fileName, 0, null, "the file has a header but no entities");
    }
    return new ReferenceList(info, entries);
  }

  static String emptyToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  static String joinNotes(String a, String b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : a + "; " + b;
  }
}
