package org.threadline.media.analysis;

/**
 * An organisation or a person the article names.
 *
 * @param name the name as written
 * @param start offset in the article text
 * @param end end offset (exclusive)
 */
public record NameMention(String name, int start, int end) {}
