package org.threadline.trace.model;

/**
 * A document of {@code documents.csv}.
 *
 * @param id the document id
 * @param type the normalised type
 * @param typeText the type as the file writes it
 * @param party index of the party the document is about, or -1
 * @param date the date as written, or null
 * @param file the file the document is in, or null
 * @param row the data row in {@code documents.csv}
 */
public record Document(
    String id, DocumentType type, String typeText, int party, String date, String file, long row) {}
