package org.threadline.trace.model;

/**
 * A product of {@code products.csv}.
 *
 * @param id the product id
 * @param name the product's name (the id when the file gives none)
 * @param hts the HTS code, or null
 * @param description free text, or null
 * @param unit the unit every quantity of this product is converted to: the file's {@code unit}
 *     column, else the base unit (kg, m, pcs, ...) of the dimension of the product's first flow;
 *     a transform's input per output without units is read in these units
 * @param row the data row in {@code products.csv}
 */
public record Product(String id, String name, String hts, String description, Unit unit, long row) {}
