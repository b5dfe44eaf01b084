package org.threadline.core.screening;

import org.threadline.core.lists.ListInfo;
import org.threadline.core.matching.NameMatcher;

/** A reference list's provenance together with the matcher built over its entries. */
public record ListScreen(ListInfo info, NameMatcher matcher) {}
