package org.threadline.core.screening.eval;

import java.util.List;
import java.util.Objects;

/**
 * A reviewer's label for one party of a real population, as kept in {@code
 * data/eval/realworld/}.
 *
 * @param file the population file, relative to the populations folder ({@code
 *     cn_registry/2003_北京.csv})
 * @param id the party's id in that file (its 1-based data row when the file has no id column)
 * @param name the party's name as the file gives it, so that a label that no longer fits its row
 *     is noticed
 * @param label for list labels {@code listed | branch | not_listed}; for Xinjiang labels {@code
 *     xinjiang | not_xinjiang}
 * @param entries for a listed party or branch, the entry ids it is (any of them found counts)
 * @param cause for a false alarm, its class ({@code common_words}, {@code short_trade_name},
 *     {@code romanisation}, ...); may be empty
 * @param reason why, in words
 */
public record PartyLabel(
    String file, String id, String name, String label, List<String> entries, String cause,
    String reason) {

  public PartyLabel {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(id, "id");
    entries = entries == null ? List.of() : List.copyOf(entries);
    cause = cause == null ? "" : cause.strip();
  }

  /** The key a label is looked up by: file and id. */
  public String key() {
    return key(file, id);
  }

  /** The lookup key of a party in a file. */
  public static String key(String file, String id) {
    return file + "\u0000" + id;
  }
}
