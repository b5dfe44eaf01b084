package org.threadline.core.geo;

/**
 * A place named in a text (Contract 6 {@code places}).
 *
 * @param name the text as written
 * @param start offset of the first character in the text
 * @param end offset after the last character
 * @param divisionCode the division's code ({@code 65}, {@code 6531}, {@code 6590} for the XPCC)
 * @param divisionName the division's English name
 * @param country ISO country code ({@code CN})
 */
public record PlaceMention(
    String name, int start, int end, String divisionCode, String divisionName, String country) {}
