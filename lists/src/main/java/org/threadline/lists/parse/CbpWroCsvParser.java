package org.threadline.lists.parse;

import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.threadline.core.BadInputException;
import org.threadline.core.lists.ListEntry;
import org.threadline.core.lists.ListInfo;
import org.threadline.core.lists.ReferenceList;

/**
 * Reads CBP's Withhold Release Orders and Findings list as a CSV, in either layout:
 *
 * <ul>
 *   <li>the bundled transcription: {@code Entity,Country,Industry,Effective Date,WRO/Finding};
 *   <li>CBP's own download: {@code Calendar Year, Country, Country Code, Entity, Industry,
 *       Status, WRO/Finding, Effective Date, Press Release, Remarks}.
 * </ul>
 *
 * <p>Each row is one entry ({@code cbp_wro-NNNN} by data row): an entity under a WRO and later a
 * Finding has two entries, with their own dates. Aliases ({@code a/k/a}) are split by {@link
 * CbpEntityCell}. Rows whose status says the order no longer applies (inactive, revoked,
 * rescinded) are left out; a modified order still applies in part and is kept.
 */
public final class CbpWroCsvParser {
  private static final Set<String> NOT_IN_FORCE = Set.of("inactive", "revoked", "rescinded", "expired");

  private CbpWroCsvParser() {}

  /** True when the header is CBP's own layout rather than the bundled transcription. */
  public static boolean isCbpLayout(CsvTable table) {
    return table.has("calendar year", "status", "country code", "press release");
  }

  /** Reads the list; {@code info} is the provenance the returned list carries. */
  public static ReferenceList parse(Reader reader, String fileName, ListInfo info) {
    return parse(CsvTable.read(reader, fileName), info);
  }

  /** Reads an already-read table. */
  public static ReferenceList parse(CsvTable table, ListInfo info) {
    String fileName = table.fileName();
    table.require("entity");
    List<ListEntry> entries = new ArrayList<>();
    for (CsvTable.Row row : table.rows()) {
      String entity = row.get("entity");
      if (entity.isEmpty()) {
        if (row.cells().values().stream().allMatch(String::isBlank)) {
          continue;
        }
        throw new BadInputException(fileName, row.row(), "Entity", "the entity is empty");
      }
      String status = row.get("status");
      if (NOT_IN_FORCE.contains(status.toLowerCase(Locale.ROOT))) {
        continue;
      }
      String dateCell = row.get("effective date", "date");
      String date = ListDates.toIso(dateCell);
      if (date == null && !dateCell.isEmpty()) {
        throw new BadInputException(fileName, row.row(), "Effective Date",
            "'" + dateCell + "' is not a date (write 6/24/2021 or 2021-06-24)");
      }
      CbpEntityCell cell = CbpEntityCell.parse(entity);
      Map<String, String> props = new LinkedHashMap<>();
      putIfPresent(props, "entity", entity);
      if (CbpEntityCell.describesGoods(entity)) {
        // An order on goods from a region or a fleet, not on a named company.
        props.put("describes_goods", "true");
      }
      putIfPresent(props, "action", row.get("wro finding", "wro/finding", "type"));
      putIfPresent(props, "industry", row.get("industry"));
      putIfPresent(props, "status", status);
      putIfPresent(props, "country_code", row.get("country code"));
      putIfPresent(props, "calendar_year", row.get("calendar year"));
      putIfPresent(props, "press_release", row.get("press release"));
      String remarks = row.get("remarks");
      entries.add(ListEntry.builder(info.id(), EntryIds.of(info.id(), entries.size() + 1),
              cell.name())
          .aliases(cell.aliases())
          .country(UflpaCsvParser.emptyToNull(row.get("country")))
          .effectiveDate(date)
          .includesSubsidiaries(SubsidiaryWording.includesSubsidiaries(entity)
              || SubsidiaryWording.includesSubsidiaries(remarks))
          .notes(UflpaCsvParser.emptyToNull(remarks))
          .properties(props)
          .build());
    }
    if (entries.isEmpty()) {
      throw new BadInputException(fileName, 0, null, "the file has no entries in force");
    }
    return new ReferenceList(info, entries);
  }

  private static void putIfPresent(Map<String, String> props, String key, String value) {
    if (value != null && !value.isBlank()) {
      props.put(key, value.strip());
    }
  }
}
