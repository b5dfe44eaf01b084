package org.threadline.trace.model;

/**
 * A party turns one product into another ({@code transforms.csv}).
 *
 * @param party index of the party in {@link SupplyChain#parties()}
 * @param input index of the input product
 * @param output index of the output product
 * @param inputPerOutput how many units of the input (in the input product's unit) one unit of the
 *     output takes (in the output product's unit): the yield, inverted
 * @param row the data row in {@code transforms.csv}
 */
public record Transform(int party, int input, int output, double inputPerOutput, long row) {}
