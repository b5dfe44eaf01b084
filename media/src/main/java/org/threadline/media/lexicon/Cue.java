package org.threadline.media.lexicon;

/**
 * One cue phrase of a lexicon.
 *
 * @param family the lexicon it belongs to
 * @param id what it signals: the topic, indicator, stance or sector code; the language for
 *     negations and organisation suffixes
 * @param language the language of the phrase ({@code en}, {@code zh})
 * @param phrase the phrase as the data file writes it
 * @param weight its weight (1 where the file gives none)
 */
public record Cue(CueFamily family, String id, String language, String phrase, double weight)
    implements Term {}
