package org.threadline.media.analysis;

/**
 * An indicator of forced labour the article asserts.
 *
 * @param indicator an ILO indicator ({@code restriction_of_movement}, ...) or a state-imposed
 *     forced-labour signal ({@code labour_transfer}, {@code surplus_labour},
 *     {@code poverty_alleviation_transfer}, {@code pairing_assistance},
 *     {@code vocational_training_centre})
 * @param stateImposed true for the state-imposed signals
 * @param evidence the sentence that shows it; exactly the article text {@code [start, end)}
 * @param start offset of the sentence
 * @param end end offset of the sentence (exclusive)
 * @param cueStart offset of the words that signalled the indicator, inside the sentence
 * @param cueEnd end offset of those words (exclusive)
 */
public record IndicatorFinding(
    String indicator, boolean stateImposed, String evidence, int start, int end, int cueStart, int cueEnd) {}
