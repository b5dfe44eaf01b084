package org.threadline.core.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * China's administrative divisions, provinces down to townships, with Chinese names, pinyin and
 * English names, from the bundled {@code cn_admin_level4_pinyin.csv} (columns {@code
 * id,pid,deep,name,pinyin_prefix,pinyin,ext_id,ext_name}) and the English province names.
 */
public final class ChinaDivisions {
  private static final String[] SUFFIXES = {"市", "县", "区"};

  private final Map<String, Division> byCode;
  private final Map<String, String> provinceOtherForms;
  // Townships outside Xinjiang by short name: not divisions anything places a party in, but the
  // reason a Xinjiang name such as 温泉 (温泉镇 in Beijing) needs support.
  private final Map<String, List<Division>> townshipsOutsideXinjiang;

  // Ancestors by identity, so that resolving an address looks up no strings.
  private final Map<Division, Division> provinces = new java.util.IdentityHashMap<>();
  private final Map<Division, Division> prefectures = new java.util.IdentityHashMap<>();

  private ChinaDivisions(Map<String, Division> byCode, Map<String, String> provinceOtherForms,
      Map<String, List<Division>> townshipsOutsideXinjiang) {
    this.byCode = Collections.unmodifiableMap(byCode);
    this.provinceOtherForms = Collections.unmodifiableMap(provinceOtherForms);
    this.townshipsOutsideXinjiang = Collections.unmodifiableMap(townshipsOutsideXinjiang);
    for (Division d : byCode.values()) {
      provinces.put(d, byCode.get(d.provinceCode()));
      prefectures.put(d, walkUp(d, Division.PREFECTURE));
    }
  }

  private Division walkUp(Division d, int level) {
    Division cur = d;
    while (cur != null && cur.level() > level) {
      cur = byCode.get(cur.parentCode());
    }
    return cur != null && cur.level() == level ? cur : null;
  }

  /**
   * Builds the table.
   *
   * @param levelLines the lines of {@code cn_admin_level4_pinyin.csv} (or the level-3 file)
   * @param provinceEnglishLines the lines of {@code cn_province_names_en.csv} ({@code
   *     code,english,other_forms}, other forms separated by {@code ;})
   * @param englishOverrides English names by code that replace the pinyin-derived ones (the
   *     Xinjiang gazetteer's common English forms)
   */
  public static ChinaDivisions of(
      List<String> levelLines, List<String> provinceEnglishLines, Map<String, String> englishOverrides) {
    Map<String, String> provinceEnglish = new HashMap<>();
    Map<String, String> otherForms = new LinkedHashMap<>();
    for (List<String> row : CsvFields.rows(provinceEnglishLines)) {
      provinceEnglish.put(row.get(0), row.get(1));
      if (row.size() > 2 && !row.get(2).isBlank()) {
        for (String form : row.get(2).split(";")) {
          otherForms.put(form.strip(), row.get(0));
        }
      }
    }
    Map<String, Division> byCode = new LinkedHashMap<>();
    Map<String, List<Division>> townshipsOutsideXinjiang = new HashMap<>();
    for (List<String> row : CsvFields.rows(levelLines)) {
      if (row.size() < 8) {
        throw new IllegalArgumentException("division row has " + row.size() + " fields, expected 8: " + row);
      }
      String id = row.get(0);
      int level = Integer.parseInt(row.get(2));
      String parent = row.get(1);
      if (id.startsWith("91") || id.equals("0")) {
        continue; // "国外" (abroad) is not a division of China
      }
      // Townships elsewhere are kept by name only: no address is placed in them.
      if (level == Division.TOWNSHIP && !id.startsWith("65")) {
        String townshipPinyin = row.get(5).toLowerCase(Locale.ROOT).strip();
        Division township = new Division(id, parent, level, row.get(7), row.get(3), townshipPinyin,
            englishOf(townshipPinyin, row.get(7), level));
        townshipsOutsideXinjiang.computeIfAbsent(row.get(3), k -> new ArrayList<>(1)).add(township);
        continue;
      }
      // The source repeats each Corps city as a county below itself (659001 -> 659001000).
      if (level == Division.COUNTY && id.length() == 9 && id.endsWith("000") && byCode.containsKey(parent)) {
        continue;
      }
      if (level == Division.TOWNSHIP && parent.length() == 9 && parent.endsWith("000")) {
        parent = parent.substring(0, 6);
      }
      String full = row.get(7);
      String name = row.get(3);
      String pinyin = row.get(5).toLowerCase(Locale.ROOT).strip();
      for (String suffix : SUFFIXES) {
        String[] syllables = pinyin.split(" ");
        if (level >= Division.PREFECTURE && name.length() > 2 && name.endsWith(suffix)
            && syllables.length == name.length()) {
          name = name.substring(0, name.length() - 1);
          pinyin = String.join(" ", java.util.Arrays.copyOf(syllables, syllables.length - 1));
        }
      }
      String english = englishOverrides.get(id);
      if (english == null) {
        english = level == Division.PROVINCE && provinceEnglish.containsKey(id)
            ? provinceEnglish.get(id)
            : englishOf(pinyin, full, level);
      }
      byCode.put(id, new Division(id, level == 0 ? null : parent, level, full, name, pinyin, english));
    }
    return new ChinaDivisions(byCode, otherForms, townshipsOutsideXinjiang);
  }

  /** The division with this code, or null. */
  public Division get(String code) {
    return code == null ? null : byCode.get(code);
  }

  /** Every division, provinces first within each branch, in the source's order. */
  public Collection<Division> all() {
    return byCode.values();
  }

  /** The province ({@code 65}) and prefecture ({@code 6501}, or an XPCC city) of a division. */
  public Division ancestorAt(Division d, int level) {
    if (level == Division.PROVINCE) {
      Division p = provinces.get(d);
      if (p != null) {
        return p;
      }
    } else if (level == Division.PREFECTURE && prefectures.containsKey(d)) {
      return prefectures.get(d);
    }
    Division cur = d;
    while (cur != null && cur.level() > level) {
      cur = get(cur.parentCode());
    }
    return cur != null && cur.level() == level ? cur : null;
  }

  /**
   * The townships, towns and subdistricts outside Xinjiang whose name without its suffix is
   * {@code shortName} ({@code 温泉} -> 温泉镇 in Haidian District, Beijing, and 30 more); empty when
   * there are none. They are not places a party is located in, only evidence that a name is shared.
   */
  public List<Division> townshipsOutsideXinjiang(String shortName) {
    return townshipsOutsideXinjiang.getOrDefault(shortName, List.of());
  }

  /** Other English and historical forms of province names ({@code Szechwan} -> 51). */
  Map<String, String> provinceOtherForms() {
    return provinceOtherForms;
  }

  /** Divisions whose parent is {@code code}. */
  public List<Division> children(String code) {
    List<Division> out = new ArrayList<>();
    for (Division d : byCode.values()) {
      if (code.equals(d.parentCode())) {
        out.add(d);
      }
    }
    return out;
  }

  private static String englishOf(String pinyin, String full, int level) {
    StringBuilder sb = new StringBuilder();
    for (String syllable : pinyin.split(" ")) {
      if (syllable.isEmpty()) {
        continue;
      }
      // Pinyin writes an apostrophe before a, o, e starting a syllable inside a word (Xi'an).
      if (sb.length() > 0 && "aoe".indexOf(syllable.charAt(0)) >= 0) {
        sb.append('\'');
      }
      sb.append(syllable);
    }
    if (sb.length() > 0) {
      sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
    }
    String base = sb.toString();
    if (level == Division.PREFECTURE) {
      return full.endsWith("州") || full.endsWith("地区") ? base + " Prefecture"
          : full.endsWith("盟") ? base + " League" : base;
    }
    if (level == Division.COUNTY) {
      return full.endsWith("区") ? base + " District"
          : full.endsWith("县") || full.endsWith("旗") ? base + " County" : base;
    }
    return base;
  }
}
