package org.threadline.media.analysis;

/**
 * A list entry the article names.
 *
 * @param list the list id ({@code uflpa}, {@code cbp_wro}, a user list's name)
 * @param listVersion the version of the list that has the entry
 * @param entryId the entry's id
 * @param entryName the list's own primary name for the entry
 * @param surface the text in the article
 * @param start offset of {@code surface}
 * @param end end offset (exclusive)
 */
public record ListMention(
    String list, String listVersion, String entryId, String entryName, String surface, int start, int end) {}
