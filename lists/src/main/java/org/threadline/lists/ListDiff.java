package org.threadline.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.threadline.core.lists.ListEntry;
import org.threadline.core.lists.ReferenceList;
import org.threadline.core.lists.TvpraGood;
import org.threadline.core.lists.TvpraList;
import org.threadline.lists.parse.EntryIds;
import org.threadline.lists.parse.NameKey;

/**
 * What changed between two copies of a list: entries added, removed and changed, matched by
 * normalised primary name ({@link NameKey}), so that renumbered ids do not count as changes. An
 * entity a list gives several times (CBP: a WRO and later a Finding) is paired in order.
 *
 * @param listId the list
 * @param oldVersion the version of the older copy
 * @param newVersion the version of the newer copy
 * @param added entries of the new copy only
 * @param removed entries of the old copy only
 * @param changed entries in both whose details differ
 */
public record ListDiff(
    String listId,
    String oldVersion,
    String newVersion,
    List<ListEntry> added,
    List<ListEntry> removed,
    List<Change> changed) {

  public ListDiff {
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    changed = List.copyOf(changed);
  }

  /**
   * One entry in both copies with different details.
   *
   * @param before the entry in the old copy
   * @param after the entry in the new copy
   * @param fields the names of the fields that differ ({@code aliases}, {@code section}, ...)
   */
  public record Change(ListEntry before, ListEntry after, List<String> fields) {
    public Change {
      fields = List.copyOf(fields);
    }
  }

  /** True when the copies hold the same entries. */
  public boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
  }

  /** Compares two copies of an entity list. */
  public static ListDiff of(ReferenceList older, ReferenceList newer) {
    Map<String, ListEntry> before = keyed(older.entries());
    Map<String, ListEntry> after = keyed(newer.entries());
    List<ListEntry> added = new ArrayList<>();
    List<Change> changed = new ArrayList<>();
    for (Map.Entry<String, ListEntry> e : after.entrySet()) {
      ListEntry old = before.get(e.getKey());
      if (old == null) {
        added.add(e.getValue());
      } else {
        List<String> fields = differences(old, e.getValue());
        if (!fields.isEmpty()) {
          changed.add(new Change(old, e.getValue(), fields));
        }
      }
    }
    List<ListEntry> removed = new ArrayList<>();
    for (Map.Entry<String, ListEntry> e : before.entrySet()) {
      if (!after.containsKey(e.getKey())) {
        removed.add(e.getValue());
      }
    }
    return new ListDiff(newer.info().id(), older.info().version(), newer.info().version(),
        added, removed, changed);
  }

  /** Compares two copies of the DOL TVPRA goods list; a good is named "good (country)". */
  public static ListDiff of(TvpraList older, TvpraList newer) {
    return of(new ReferenceList(older.info(), asEntries(older)),
        new ReferenceList(newer.info(), asEntries(newer)));
  }

  /** The goods of a TVPRA list as entries: name = good, country, labour types as properties. */
  static List<ListEntry> asEntries(TvpraList list) {
    List<ListEntry> entries = new ArrayList<>();
    for (TvpraGood g : list.goods()) {
      entries.add(ListEntry.builder(list.info().id(),
              EntryIds.of(list.info().id(), entries.size() + 1),
              g.good() + " (" + g.country() + ")")
          .country(g.country())
          .properties(Map.of("child_labour", Boolean.toString(g.childLabour()),
              "forced_labour", Boolean.toString(g.forcedLabour())))
          .build());
    }
    return entries;
  }

  private static Map<String, ListEntry> keyed(List<ListEntry> entries) {
    Map<String, ListEntry> byKey = new LinkedHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (ListEntry e : entries) {
      String key = NameKey.of(e.name());
      int n = seen.merge(key, 1, Integer::sum);
      byKey.put(n == 1 ? key : key + "#" + n, e);
    }
    return byKey;
  }

  private static List<String> differences(ListEntry a, ListEntry b) {
    List<String> fields = new ArrayList<>();
    if (!a.name().equals(b.name())) {
      fields.add("name");
    }
    if (!new LinkedHashSet<>(a.aliases()).equals(new LinkedHashSet<>(b.aliases()))) {
      fields.add("aliases");
    }
    if (!Objects.equals(a.section(), b.section())) {
      fields.add("section");
    }
    if (!Objects.equals(a.country(), b.country())) {
      fields.add("country");
    }
    if (!Objects.equals(a.effectiveDate(), b.effectiveDate())) {
      fields.add("effective_date");
    }
    if (a.includesSubsidiaries() != b.includesSubsidiaries()) {
      fields.add("includes_subsidiaries");
    }
    if (!new LinkedHashSet<>(a.addresses()).equals(new LinkedHashSet<>(b.addresses()))) {
      fields.add("addresses");
    }
    for (String p : new String[] {"child_labour", "forced_labour", "action", "status"}) {
      if (!Objects.equals(a.properties().get(p), b.properties().get(p))) {
        fields.add(p);
      }
    }
    return fields;
  }
}
