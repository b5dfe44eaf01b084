package org.threadline.lists;

import java.io.StringReader;
import org.threadline.core.lists.ListInfo;
import org.threadline.core.lists.ReferenceList;
import org.threadline.core.lists.TvpraList;
import org.threadline.lists.parse.CbpWroCsvParser;
import org.threadline.lists.parse.DhsUflpaPageParser;
import org.threadline.lists.parse.DolTvpraCsvParser;
import org.threadline.lists.parse.UflpaCsvParser;

/** The file layouts a copy of a reference list can come in, with the parser of each. */
public enum ListFormat {
  /** The UFLPA Entity List as a CSV (bundled layout, or the DHS table's column names). */
  UFLPA_CSV("uflpa_csv", "csv"),
  /** The DHS UFLPA Entity List web page saved as HTML. */
  DHS_HTML("dhs_html", "html"),
  /** CBP Withhold Release Orders and Findings as a CSV (bundled or CBP's own layout). */
  CBP_WRO_CSV("cbp_wro_csv", "csv"),
  /** The DOL TVPRA list of goods as a CSV (2016 or newer layouts). */
  DOL_TVPRA_CSV("dol_tvpra_csv", "csv");

  private final String code;
  private final String extension;

  ListFormat(String code, String extension) {
    this.code = code;
    this.extension = extension;
  }

  /** The code written in metadata files. */
  public String code() {
    return code;
  }

  /** The file extension a saved copy gets. */
  public String extension() {
    return extension;
  }

  /** The format of a code; null when unknown. */
  public static ListFormat ofCode(String code) {
    for (ListFormat f : values()) {
      if (f.code.equals(code)) {
        return f;
      }
    }
    return null;
  }

  /** True for the formats that hold goods, not entities. */
  public boolean holdsGoods() {
    return this == DOL_TVPRA_CSV;
  }

  /** Parses an entity list of this format. */
  public ReferenceList parseEntities(String text, String fileName, ListInfo info) {
    switch (this) {
      case UFLPA_CSV:
        return UflpaCsvParser.parse(new StringReader(text), fileName, info);
      case DHS_HTML:
        return DhsUflpaPageParser.parse(text, fileName, info);
      case CBP_WRO_CSV:
        return CbpWroCsvParser.parse(new StringReader(text), fileName, info);
      default:
        throw new IllegalStateException(code + " holds goods, not entities");
    }
  }

  /** Parses a goods list of this format. */
  public TvpraList parseGoods(String text, String fileName, ListInfo info) {
    if (this != DOL_TVPRA_CSV) {
      throw new IllegalStateException(code + " holds entities, not goods");
    }
    return DolTvpraCsvParser.parse(new StringReader(text), fileName, info);
  }
}
