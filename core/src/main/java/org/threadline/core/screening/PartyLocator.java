package org.threadline.core.screening;

import java.util.Optional;
import org.threadline.core.model.Location;
import org.threadline.core.model.Party;

/** Says where a party is, when its record allows. */
@FunctionalInterface
public interface PartyLocator {
  /** A locator that never knows. */
  PartyLocator NONE = party -> Optional.empty();

  Optional<Location> locate(Party party);
}
