package org.threadline.trace.model;

import org.threadline.core.model.Party;

/**
 * A party of {@code parties.csv}: its contract "Screening input" record and its role in the chain.
 *
 * @param party the record that screening reads
 * @param role the role, or null when the file gives none
 */
public record ChainParty(Party party, Role role) {

  public String id() {
    return party.id();
  }

  /** The name to show: the party's name, else its id. */
  public String label() {
    return party.name() != null ? party.name() : party.id();
  }
}
