package org.threadline.core.screening;

import java.util.List;
import org.threadline.core.model.Finding;
import org.threadline.core.model.Party;

/** Any further source of findings about a party (adverse media, for one). */
@FunctionalInterface
public interface FindingSource {
  List<? extends Finding> findingsFor(Party party);
}
