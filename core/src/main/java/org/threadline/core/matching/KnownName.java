package org.threadline.core.matching;

import java.util.Objects;

/**
 * A name a listed entity is known by that its list does not give (its registered Chinese name, a
 * former name), from Threadline's own table: matched like the list's names, but a match says
 * where the name comes from.
 *
 * @param name the name
 * @param kind what the name is ({@code registered_name}, {@code former_name})
 * @param source where the name comes from
 */
public record KnownName(String name, String kind, String source) {
  public KnownName {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
  }

  /** How an explanation calls the name. */
  public String describe() {
    String what = switch (kind) {
      case "registered_name" -> "the entry's registered name";
      case "former_name" -> "a former name of the entry";
      default -> "a name of the entry (" + kind.replace('_', ' ') + ")";
    };
    return what + " in Threadline's name table, not on the list (source: " + source + ")";
  }
}
