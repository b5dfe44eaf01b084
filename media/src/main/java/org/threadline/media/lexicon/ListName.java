package org.threadline.media.lexicon;

import org.threadline.core.lists.ListEntry;
import org.threadline.core.lists.ListInfo;

/**
 * One name under which a list entry may be mentioned.
 *
 * @param list the list
 * @param entry the entry
 * @param surface the name: the entry's own name, an alias, or a form derived from one
 * @param derived true when {@code surface} was derived (legal form or bracketed part removed);
 *     such forms must be written capitalised to count, since "Western Gold" is a name and
 *     "western gold" is not
 */
public record ListName(ListInfo list, ListEntry entry, String surface, boolean derived)
    implements Term {}
