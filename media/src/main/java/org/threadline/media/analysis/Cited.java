package org.threadline.media.analysis;

/**
 * A code (topic, sector, stance) and the text that shows it.
 *
 * @param code the topic, sector or stance code
 * @param start offset of the cue in the article text
 * @param end end offset (exclusive)
 * @param weight the cue's weight
 */
public record Cited(String code, int start, int end, double weight) {}
