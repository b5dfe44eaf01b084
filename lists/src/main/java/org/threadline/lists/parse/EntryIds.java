package org.threadline.lists.parse;

/**
 * Entry ids: the list id and the entry's 1-based position in the copy it was read from, four
 * digits wide ({@code uflpa-0001}). The bundled files are only ever appended to or corrected in
 * place, so an entry keeps its id from one load of a copy to the next.
 */
public final class EntryIds {
  private EntryIds() {}

  /** The id of the n-th entry (1-based) of a list. */
  public static String of(String listId, int position) {
    if (position < 1) {
      throw new IllegalArgumentException("entry positions start at 1, got " + position);
    }
    return String.format(java.util.Locale.ROOT, "%s-%04d", listId, position);
  }
}
