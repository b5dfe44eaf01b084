package org.threadline.lists.matching;

import java.util.List;
import org.threadline.core.lists.ListEntry;
import org.threadline.core.matching.MatchingModel;
import org.threadline.core.matching.NameMatcher;
import org.threadline.core.matching.StructuredNameMatcher;

/**
 * Builds name matchers over list entries with the bundled dictionaries. The dictionaries are
 * read once, on first use, and shared by every matcher.
 */
public final class BundledMatchers {
  private BundledMatchers() {}

  private static final class Holder {
    static final MatchingModel MODEL = MatchingModel.build(MatchingDictionaries.bundled());
  }

  /** The matching model built from the bundled dictionaries. */
  public static MatchingModel model() {
    return Holder.MODEL;
  }

  /**
   * A thread-safe matcher over the entries' names and aliases, and the names Threadline's table
   * knows them by ({@link EntityNames}).
   */
  public static NameMatcher forEntries(List<ListEntry> entries) {
    return forEntries(entries, EntityNames.bundled());
  }

  /** A thread-safe matcher over the entries' names and aliases and the given known names. */
  public static NameMatcher forEntries(List<ListEntry> entries, EntityNames names) {
    return new StructuredNameMatcher(Holder.MODEL, entries,
        StructuredNameMatcher.DEFAULT_CANDIDATES, names::of);
  }
}
