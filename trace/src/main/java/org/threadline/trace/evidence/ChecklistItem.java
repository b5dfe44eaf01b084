package org.threadline.trace.evidence;

import org.threadline.trace.model.DocumentType;

/**
 * One document the evidence pack needs: for a flow, or for a party (production records, the
 * sources of a polysilicon maker's quartz and silicon).
 *
 * @param flow the flow id, or null for a party's document
 * @param party the party id (for a flow: the seller)
 * @param type the document type
 * @param present true when the chain's files give such a document
 */
public record ChecklistItem(String flow, String party, DocumentType type, boolean present) {}
