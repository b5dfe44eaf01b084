package org.threadline.core.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One party (supplier, factory, shipper) as a user's file describes it: the contract "Screening
 * input" columns.
 *
 * <p>Every text field is either {@code null} or a trimmed, non-empty string. {@code row} is the
 * 1-based data row in the source file (1 = first data row) and {@code id} defaults to it. Columns
 * the reader does not know are kept, in file order, in {@code extra} so writers can carry them
 * through untouched.
 */
public record Party(
    long row,
    String id,
    String name,
    List<String> aliases,
    String address,
    String city,
    String region,
    String postalCode,
    String country,
    String phone,
    String registrationId,
    String website,
    String product,
    String hts,
    Map<String, String> extra) {

  public Party {
    Objects.requireNonNull(id, "id");
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    extra = extra == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extra));
  }

  /** The name followed by the aliases: every name the party is known by. */
  public List<String> names() {
    if (name == null) {
      return aliases;
    }
    var all = new java.util.ArrayList<String>(aliases.size() + 1);
    all.add(name);
    all.addAll(aliases);
    return all;
  }

  /** A builder, for tests and for readers that fill columns one at a time. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** Mutable builder for {@link Party}; blank strings become {@code null}. */
  public static final class Builder {
    private long row;
    private String id;
    private String name;
    private List<String> aliases = List.of();
    private String address;
    private String city;
    private String region;
    private String postalCode;
    private String country;
    private String phone;
    private String registrationId;
    private String website;
    private String product;
    private String hts;
    private final Map<String, String> extra = new LinkedHashMap<>();

    private Builder(String id) {
      this.id = id;
    }

    private static String clean(String s) {
      if (s == null) {
        return null;
      }
      String t = s.strip();
      return t.isEmpty() ? null : t;
    }

    public Builder row(long v) { this.row = v; return this; }
    public Builder id(String v) { this.id = clean(v); return this; }
    public Builder name(String v) { this.name = clean(v); return this; }
    public Builder aliases(List<String> v) { this.aliases = v; return this; }
    public Builder address(String v) { this.address = clean(v); return this; }
    public Builder city(String v) { this.city = clean(v); return this; }
    public Builder region(String v) { this.region = clean(v); return this; }
    public Builder postalCode(String v) { this.postalCode = clean(v); return this; }
    public Builder country(String v) { this.country = clean(v); return this; }
    public Builder phone(String v) { this.phone = clean(v); return this; }
    public Builder registrationId(String v) { this.registrationId = clean(v); return this; }
    public Builder website(String v) { this.website = clean(v); return this; }
    public Builder product(String v) { this.product = clean(v); return this; }
    public Builder hts(String v) { this.hts = clean(v); return this; }
    public Builder extra(String column, String value) { this.extra.put(column, value); return this; }

    public Party build() {
      String theId = id != null ? id : Long.toString(row);
      return new Party(row, theId, name, aliases, address, city, region, postalCode, country,
          phone, registrationId, website, product, hts, extra);
    }
  }
}
