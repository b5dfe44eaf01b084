package org.threadline.media.lexicon;

/**
 * A product or landmark named after a place ({@code 哈密瓜} Hami melon, {@code Korla pear}): found
 * so that the place inside it is not taken for a place the article is about.
 *
 * @param surface the name as written in the gazetteer's address words
 */
public record NamedAfterPlace(String surface) implements Term {}
