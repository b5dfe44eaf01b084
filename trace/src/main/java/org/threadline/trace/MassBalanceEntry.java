package org.threadline.trace;

/**
 * A product line that ships more than its disclosed inputs can yield.
 *
 * @param party the party id
 * @param product the product name
 * @param output what the line ships
 * @param maxFromTracedInputs what its inputs traced to origin can yield
 * @param maxFromDisclosedInputs what all its disclosed inputs can yield
 * @param unit the unit of the three quantities
 */
public record MassBalanceEntry(
    String party,
    String product,
    double output,
    double maxFromTracedInputs,
    double maxFromDisclosedInputs,
    String unit) {}
