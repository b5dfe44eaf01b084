package org.threadline.trace.model;

import java.util.Locale;
import java.util.regex.Pattern;
import java.util.Map;

/**
 * The kinds of document a supply-chain file names, with the synonyms traders use for them. The
 * first nine are those CBP's UFLPA guidance asks importers for (Operational Guidance for Importers,
 * June 2022; applicability-review FAQ, February 2023).
 */
public enum DocumentType {
  PURCHASE_ORDER("purchase_order", "purchase order for the goods"),
  INVOICE("invoice", "commercial invoice"),
  PACKING_LIST("packing_list", "packing list"),
  BILL_OF_LADING("bill_of_lading", "bill of lading (international transport)"),
  TRANSPORT_RECORD("transport_record", "proof of transport (waybill, delivery note, CMR)"),
  PAYMENT("payment", "proof of payment"),
  PRODUCTION_RECORD("production_record", "production records (inputs consumed, outputs made)"),
  BALE_RECORD("bale_record", "cotton bale-level records (bale ids, gin, origin)"),
  QUARTZ_SOURCE("quartz_source", "source of the quartz (mine, supplier, documents)"),
  METALLURGICAL_SILICON_SOURCE(
      "metallurgical_silicon_source", "source of the metallurgical-grade silicon"),
  CONTRACT("contract", "contract"),
  AUDIT_REPORT("audit_report", "audit report"),
  CERTIFICATE("certificate", "certificate"),
  LAB_TEST("lab_test", "laboratory test (isotopic or DNA origin test)"),
  OTHER("other", "other document");

  private static final Map<String, DocumentType> SYNONYMS =
      Map.ofEntries(
          Map.entry("po", PURCHASE_ORDER),
          Map.entry("order", PURCHASE_ORDER),
          Map.entry("commercial_invoice", INVOICE),
          Map.entry("inv", INVOICE),
          Map.entry("packinglist", PACKING_LIST),
          Map.entry("bol", BILL_OF_LADING),
          Map.entry("b/l", BILL_OF_LADING),
          Map.entry("bl", BILL_OF_LADING),
          Map.entry("airway_bill", BILL_OF_LADING),
          Map.entry("air_waybill", BILL_OF_LADING),
          Map.entry("sea_waybill", BILL_OF_LADING),
          Map.entry("transport", TRANSPORT_RECORD),
          Map.entry("transport_document", TRANSPORT_RECORD),
          Map.entry("waybill", TRANSPORT_RECORD),
          Map.entry("delivery_note", TRANSPORT_RECORD),
          Map.entry("cmr", TRANSPORT_RECORD),
          Map.entry("payment_record", PAYMENT),
          Map.entry("proof_of_payment", PAYMENT),
          Map.entry("bank_record", PAYMENT),
          Map.entry("production", PRODUCTION_RECORD),
          Map.entry("production_records", PRODUCTION_RECORD),
          Map.entry("bale_records", BALE_RECORD),
          Map.entry("bale_list", BALE_RECORD),
          Map.entry("bale_id_list", BALE_RECORD),
          Map.entry("quartz_sources", QUARTZ_SOURCE),
          Map.entry("mg_si_source", METALLURGICAL_SILICON_SOURCE),
          Map.entry("mgsi_source", METALLURGICAL_SILICON_SOURCE),
          Map.entry("metallurgical_silicon_sources", METALLURGICAL_SILICON_SOURCE),
          Map.entry("audit", AUDIT_REPORT),
          Map.entry("cert", CERTIFICATE),
          Map.entry("test", LAB_TEST),
          Map.entry("isotope_test", LAB_TEST));

  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-]+");

  private final String code;
  private final String title;

  DocumentType(String code, String title) {
    this.code = code;
    this.title = title;
  }

  /** The snake-case code written in every output. */
  public String code() {
    return code;
  }

  /** What the document is, in words for the evidence pack. */
  public String title() {
    return title;
  }

  /** The bit of this type in a set of types held as an int. */
  public int bit() {
    return 1 << ordinal();
  }

  /** The type a cell names, or null when it names none of the known types. */
  public static DocumentType ofText(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String key = SEPARATORS.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll("_");
    for (DocumentType t : values()) {
      if (t.code.equals(key) || (t.code + "s").equals(key)) {
        return t;
      }
    }
    return SYNONYMS.get(key);
  }
}
