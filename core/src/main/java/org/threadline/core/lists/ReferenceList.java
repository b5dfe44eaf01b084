package org.threadline.core.lists;

import java.util.List;

/** A list of entities (UFLPA, CBP WRO, a sanctions list, a user's own list) with provenance. */
public record ReferenceList(ListInfo info, List<ListEntry> entries) {
  public ReferenceList {
    entries = List.copyOf(entries);
  }
}
