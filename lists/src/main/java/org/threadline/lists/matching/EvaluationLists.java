package org.threadline.lists.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.threadline.core.lists.ListEntry;
import org.threadline.lists.bundled.BundledData;

/**
 * The entries of the bundled UFLPA and CBP lists as the name evaluation sees them: read straight
 * from {@code data/lists/*.csv}, so that the labelled set is measured against the real entries.
 * Entries are identified in the labelled set by list id and primary name, not by entry id.
 */
public final class EvaluationLists {
  private EvaluationLists() {}

  /** Entries by list id ({@code uflpa}, {@code cbp_wro}). */
  public static Map<String, List<ListEntry>> bundled() {
    Map<String, List<ListEntry>> lists = new LinkedHashMap<>();
    lists.put("uflpa", uflpa());
    lists.put("cbp_wro", cbp());
    return lists;
  }

  private static List<ListEntry> uflpa() {
    List<ListEntry> out = new ArrayList<>();
    for (CSVRecord r : records("lists/uflpa_entity_list.csv")) {
      String notes = r.get("notes");
      List<String> aliases = split(r.get("aliases"), ";");
      out.add(ListEntry.builder("uflpa", String.format(Locale.ROOT, "uflpa-%04d", out.size() + 1),
              r.get("name").trim())
          .aliases(aliases)
          .section(blankToNull(r.get("section")))
          .country("China")
          .effectiveDate(blankToNull(r.get("effective_date")))
          .includesSubsidiaries(notes.toLowerCase(Locale.ROOT).contains("subsidiar"))
          .notes(notes)
          .build());
    }
    return out;
  }

  private static List<ListEntry> cbp() {
    List<ListEntry> out = new ArrayList<>();
    for (CSVRecord r : records("lists/cbp_wro_findings_active_unverified.csv")) {
      List<String> names = split(r.get("Entity"), ", a/k/a ");
      if (names.isEmpty()) {
        continue;
      }
      out.add(ListEntry.builder("cbp_wro",
              String.format(Locale.ROOT, "cbp_wro-%04d", out.size() + 1), names.get(0))
          .aliases(names.subList(1, names.size()))
          .country(blankToNull(r.get("Country")))
          .effectiveDate(blankToNull(r.get("Effective Date")))
          .build());
    }
    return out;
  }

  private static List<CSVRecord> records(String path) {
    try (BufferedReader reader = BundledData.reader(path)) {
      return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled data/" + path, e);
    }
  }

  private static List<String> split(String cell, String separator) {
    if (cell == null || cell.isBlank()) {
      return List.of();
    }
    return Arrays.stream(cell.split(java.util.regex.Pattern.quote(separator)))
        .map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
