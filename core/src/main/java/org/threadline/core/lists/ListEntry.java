package org.threadline.core.lists;

import java.util.List;
import java.util.Map;

/**
 * One entity on a reference list.
 *
 * @param listId the id of the list the entry belongs to
 * @param id a stable entry id (e.g. {@code uflpa-0012}); stable across loads of the same copy
 * @param name the list's own primary name, exactly as written
 * @param aliases other names, as written
 * @param section statutory section (UFLPA {@code i}, {@code ii}, {@code iv}, {@code v}), or null
 * @param country the country the list gives, or null
 * @param addresses addresses the list gives
 * @param effectiveDate ISO date the entry took effect, or null
 * @param includesSubsidiaries true when the list names the entity "and subsidiaries" (or
 *     similar), so that its subsidiaries and branches are covered too
 * @param notes free text notes from the list, or null
 * @param properties other properties of the source, by name
 */
public record ListEntry(
    String listId,
    String id,
    String name,
    List<String> aliases,
    String section,
    String country,
    List<String> addresses,
    String effectiveDate,
    boolean includesSubsidiaries,
    String notes,
    Map<String, String> properties) {

  public ListEntry {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    addresses = addresses == null ? List.of() : List.copyOf(addresses);
    properties = properties == null ? Map.of() : Map.copyOf(properties);
  }

  /** The primary name followed by the aliases. */
  public List<String> names() {
    var all = new java.util.ArrayList<String>(aliases.size() + 1);
    all.add(name);
    all.addAll(aliases);
    return all;
  }

  /** A builder for an entry of list {@code listId}; what it is not told stays empty or null. */
  public static Builder builder(String listId, String id, String name) {
    return new Builder(listId, id, name);
  }

  /** Builds a {@link ListEntry} field by named field. */
  public static final class Builder {
    private final String listId;
    private final String id;
    private final String name;
    private List<String> aliases = List.of();
    private String section;
    private String country;
    private List<String> addresses = List.of();
    private String effectiveDate;
    private boolean includesSubsidiaries;
    private String notes;
    private Map<String, String> properties = Map.of();

    private Builder(String listId, String id, String name) {
      this.listId = listId;
      this.id = id;
      this.name = name;
    }

    public Builder aliases(List<String> v) {
      this.aliases = v;
      return this;
    }

    public Builder section(String v) {
      this.section = v;
      return this;
    }

    public Builder country(String v) {
      this.country = v;
      return this;
    }

    public Builder addresses(List<String> v) {
      this.addresses = v;
      return this;
    }

    public Builder effectiveDate(String v) {
      this.effectiveDate = v;
      return this;
    }

    public Builder includesSubsidiaries(boolean v) {
      this.includesSubsidiaries = v;
      return this;
    }

    public Builder notes(String v) {
      this.notes = v;
      return this;
    }

    public Builder properties(Map<String, String> v) {
      this.properties = v;
      return this;
    }

    public ListEntry build() {
      return new ListEntry(listId, id, name, aliases, section, country, addresses, effectiveDate,
          includesSubsidiaries, notes, properties);
    }
  }
}
