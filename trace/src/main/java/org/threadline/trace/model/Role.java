package org.threadline.trace.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a party does in a supply chain (contract "Supply chain on disk", {@code parties.csv}
 * column {@code role}).
 */
public enum Role {
  IMPORTER("importer"),
  EXPORTER("exporter"),
  MANUFACTURER("manufacturer"),
  PROCESSOR("processor"),
  TRADER("trader"),
  RAW_MATERIAL_PRODUCER("raw_material_producer"),
  LOGISTICS("logistics");

  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-]+");

  private final String code;

  Role(String code) {
    this.code = code;
  }

  /** The snake-case code of contract "Supply chain on disk". */
  public String code() {
    return code;
  }

  /**
   * The role a cell names ({@code Raw material producer}, {@code raw-material-producer} and
   * {@code raw_material_producer} are the same), or null when the text names none.
   */
  public static Role ofText(String text) {
    if (text == null) {
      return null;
    }
    String key = SEPARATORS.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll("_");
    for (Role r : values()) {
      if (r.code.equals(key)) {
        return r;
      }
    }
    return null;
  }
}
