package org.threadline.core.geo;

import java.util.Set;

/**
 * One way of writing one place: a surface form and the division it names.
 *
 * @param surface the form as written in the data ({@code Ürümqi}, {@code 乌市}, {@code 第八师})
 * @param key the folded lookup key ({@code urumqi})
 * @param code the division's code ({@code 6590} for the XPCC as a whole)
 * @param level the division's level (see {@link Division}); 1 for XPCC divisions and the XPCC
 * @param kind how the form is written
 * @param label the English name a finding reports for this form
 * @param caution where else the name names a place (ISO country codes) and {@code word} when it
 *     is also an ordinary word or name; such a form needs corroboration
 * @param refineOnly the form only sharpens a place already found (townships, whose names repeat
 *     all over China)
 * @param needsSuffix the form only counts when an administrative word follows it (pinyin of
 *     counties outside Xinjiang, too common as plain words)
 * @param sharedReason for a Xinjiang name that also names places or things outside Xinjiang
 *     (温泉: 温泉镇 in Beijing; 新源: a two-character county name), why it counts only with
 *     support; null for a distinctive name
 */
public record PlaceForm(
    String surface,
    String key,
    String code,
    int level,
    Kind kind,
    String label,
    Set<String> caution,
    boolean refineOnly,
    boolean needsSuffix,
    String sharedReason) {

  /** How a form is written. */
  public enum Kind {
    /** Official Chinese name with its suffix: 乌鲁木齐市. */
    CHINESE_FULL,
    /** Chinese name without the suffix, or a common short form: 乌鲁木齐, 乌市. */
    CHINESE_SHORT,
    /** Pinyin of the short name, spaces removed: wulumuqi. */
    PINYIN,
    /** English, Uyghur Latin, postal, Wade-Giles or historical form: Urumqi, Tihwa, Sinkiang. */
    EXONYM,
    /** The XPCC as a whole, in any naming: 兵团, XPCC, China Xinjian Group. */
    XPCC,
    /** One of the XPCC's 14 divisions: 第八师, 8th Division. */
    XPCC_DIVISION
  }

  public PlaceForm {
    caution = Set.copyOf(caution);
  }

  /** A form whose name is not shared with places outside Xinjiang beyond what its caution says. */
  public PlaceForm(String surface, String key, String code, int level, Kind kind, String label, Set<String> caution,
      boolean refineOnly, boolean needsSuffix) {
    this(surface, key, code, level, kind, label, caution, refineOnly, needsSuffix, null);
  }

  /** This form, marked as shared with places outside Xinjiang for {@code reason}. */
  PlaceForm sharedFor(String reason) {
    return new PlaceForm(surface, key, code, level, kind, label, caution, refineOnly, needsSuffix, reason);
  }

  /** True when the form names a place in Xinjiang or the XPCC. */
  public boolean xinjiang() {
    return code.startsWith("65") || code.startsWith("66");
  }

  /** True when the form is written in Latin letters. */
  public boolean latin() {
    return !key.isEmpty() && key.charAt(0) < 0x80;
  }

  /** True when the form names the XPCC or one of its divisions. */
  public boolean xpcc() {
    return kind == Kind.XPCC || kind == Kind.XPCC_DIVISION;
  }
}
