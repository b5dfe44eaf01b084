package org.threadline.cli;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.threadline.core.model.Party;
import org.threadline.input.PartySource;

/** The parties of several files, one file after the other, with how much of them is read. */
final class PartySources implements Iterator<Party> {
  private final List<PartySource> sources;
  private int current;

  PartySources(List<PartySource> sources) {
    this.sources = List.copyOf(sources);
  }

  @Override
  public boolean hasNext() {
    while (current < sources.size()) {
      if (sources.get(current).hasNext()) {
        return true;
      }
      current++;
    }
    return false;
  }

  @Override
  public Party next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return sources.get(current).next();
  }

  /** Share of all input read: files before the current one whole, it as far as it is read. */
  double fractionRead() {
    if (current >= sources.size()) {
      return 1.0;
    }
    double f = sources.get(current).fractionRead();
    return f < 0 ? -1 : (current + f) / sources.size();
  }
}
