package org.threadline.core.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every name of every place in Xinjiang and of the XPCC: the official Chinese names, short names
 * and pinyin of the region, its prefectures, counties and townships (from the bundled division
 * table), and the English, Uyghur Latin, postal, Wade-Giles and short forms the table lacks (from
 * {@code xinjiang_exonyms.csv}: {@code code,form,kind,caution,source,label}). Immutable and safe
 * to share between threads.
 */
public final class XinjiangGazetteer {
  private final ChinaDivisions divisions;
  private final List<PlaceForm> forms;
  private final PlaceIndex index;
  private final Map<String, String> sharedNames;

  private XinjiangGazetteer(ChinaDivisions divisions, List<PlaceForm> forms, PlaceIndex index,
      Map<String, String> sharedNames) {
    this.divisions = divisions;
    this.forms = forms;
    this.index = index;
    this.sharedNames = sharedNames;
  }

  /**
   * The common English name of each division listed in the exonym file: its first {@code
   * english} row. Used to name Xinjiang's divisions in reports.
   */
  public static Map<String, String> englishNames(List<String> exonymLines) {
    Map<String, String> out = new LinkedHashMap<>();
    for (List<String> row : CsvFields.rows(exonymLines)) {
      if (row.get(2).equals("english")) {
        out.putIfAbsent(row.get(0), row.get(1));
      }
    }
    return out;
  }

  /**
   * Builds the gazetteer.
   *
   * @param divisions China's divisions (built with {@link #englishNames} as overrides)
   * @param exonymLines the lines of {@code xinjiang_exonyms.csv}
   * @param addressWordLines the lines of {@code address_words.csv} ({@code word,kind})
   */
  public static XinjiangGazetteer of(
      ChinaDivisions divisions, List<String> exonymLines, List<String> addressWordLines) {
    Map<String, Set<String>> cautionByKey = new LinkedHashMap<>();
    List<PlaceForm> forms = new ArrayList<>();
    for (List<String> row : CsvFields.rows(exonymLines)) {
      if (row.size() < 6) {
        throw new IllegalArgumentException("exonym row has " + row.size() + " fields, expected 6: " + row);
      }
      String code = row.get(0);
      Division d = divisions.get(code);
      String kindName = row.get(2);
      PlaceForm.Kind kind = kindName.equals("xpcc") ? PlaceForm.Kind.XPCC
          : kindName.equals("xpcc_division") ? PlaceForm.Kind.XPCC_DIVISION
          : kindName.equals("short") ? PlaceForm.Kind.CHINESE_SHORT
          : kindName.equals("former") ? PlaceForm.Kind.CHINESE_FULL
          : PlaceForm.Kind.EXONYM;
      String label = !row.get(5).isBlank() ? row.get(5) : d != null ? d.englishName() : row.get(1);
      Set<String> caution = row.get(3).isBlank() ? Set.of() : new HashSet<>(Arrays.asList(row.get(3).split(";")));
      String key = PlaceText.keyOf(row.get(1));
      int level = d != null ? d.level() : Division.PREFECTURE;
      forms.add(new PlaceForm(row.get(1), key, code, level, kind, label, caution, false, false));
      if (!caution.isEmpty()) {
        cautionByKey.computeIfAbsent(key, k -> new HashSet<>()).addAll(caution);
      }
    }
    for (Division d : divisions.all()) {
      if (!d.inXinjiang() || d.code().equals("6590")) {
        continue;
      }
      boolean township = d.level() == Division.TOWNSHIP;
      forms.add(new PlaceForm(d.chineseName(), PlaceText.keyOf(d.chineseName()), d.code(), d.level(),
          PlaceForm.Kind.CHINESE_FULL, d.englishName(), Set.of(), township, false));
      if (township) {
        continue;
      }
      if (d.shortName().length() >= 2 && !d.shortName().equals(d.chineseName())) {
        forms.add(new PlaceForm(d.shortName(), PlaceText.keyOf(d.shortName()), d.code(), d.level(),
            PlaceForm.Kind.CHINESE_SHORT, d.englishName(), Set.of(), false, false));
      }
      // 昌吉州, 伊犁州: the usual short form of an autonomous prefecture.
      if (d.chineseName().endsWith("自治州")) {
        String zhou = d.shortName() + "州";
        forms.add(new PlaceForm(zhou, PlaceText.keyOf(zhou), d.code(), d.level(),
            PlaceForm.Kind.CHINESE_SHORT, d.englishName(), Set.of(), false, false));
      }
      String pinyin = d.pinyin().replace(" ", "");
      if (pinyin.length() >= 4) {
        String key = PlaceText.keyOf(pinyin);
        Set<String> caution = cautionByKey.getOrDefault(key, Set.of());
        forms.add(new PlaceForm(pinyin, key, d.code(), d.level(), PlaceForm.Kind.PINYIN,
            d.englishName(), caution, false, false));
      }
    }
    List<PlaceForm> all = new ArrayList<>(PlaceIndex.nationalForms(divisions));
    for (Division d : divisions.all()) {
      String full = fullPinyin(d);
      if (d.inXinjiang() && d.level() == Division.COUNTY && full != null) {
        forms.add(new PlaceForm(full, PlaceText.keyOf(full), d.code(), d.level(), PlaceForm.Kind.PINYIN,
            d.englishName(), Set.of(), false, false));
      }
    }
    // Each shared Xinjiang form carries its reason, so that reading a text looks nothing up.
    Map<String, String> shared = sharedNames(divisions);
    forms.replaceAll(f -> shared.containsKey(f.key()) ? f.sharedFor(shared.get(f.key())) : f);
    all.addAll(forms);
    PlaceIndex index = new PlaceIndex(all, addressWordLines);
    return new XinjiangGazetteer(divisions, List.copyOf(forms), index, shared);
  }

  /**
   * The short names (and their pinyin) of Xinjiang's prefectures, counties and XPCC cities that
   * also name something outside Xinjiang, by key, with the reason: a township elsewhere in China
   * of that name ({@code 温泉}: 温泉镇 in Beijing and 30 more), or a two-character county or XPCC
   * city name, which without its suffix is as often a village's, an estate's or a firm's name
   * ({@code 新源}, {@code 民丰}, {@code 新星}). A prefecture's own short name ({@code 和田},
   * {@code 昌吉}) is not shared by its county-level namesake.
   */
  private static Map<String, String> sharedNames(ChinaDivisions divisions) {
    Set<String> prefectureNames = new HashSet<>();
    for (Division d : divisions.all()) {
      if (d.inXinjiang() && d.level() == Division.PREFECTURE && !d.code().startsWith("659")) {
        prefectureNames.add(d.shortName());
      }
    }
    Map<String, String> out = new java.util.HashMap<>();
    for (Division d : divisions.all()) {
      if (!d.inXinjiang() || d.level() == Division.PROVINCE || d.level() == Division.TOWNSHIP
          || d.code().equals("6590")) {
        continue;
      }
      String name = d.shortName();
      List<Division> townships = divisions.townshipsOutsideXinjiang(name);
      boolean countyLevel = d.level() == Division.COUNTY || d.code().startsWith("659");
      String reason;
      if (!townships.isEmpty()) {
        reason = "'" + name + "' also names " + describeTownship(divisions, townships.get(0))
            + (townships.size() > 1 ? " and " + (townships.size() - 1) + " more townships outside Xinjiang" : "");
      } else if (countyLevel && name.length() == 2 && !prefectureNames.contains(name)) {
        reason = "'" + name + "' is a two-character county name written without 县 or 市: names like it are"
            + " also the names of villages, estates and firms across China";
      } else {
        continue;
      }
      out.putIfAbsent(PlaceText.keyOf(name), reason);
      String pinyin = d.pinyin().replace(" ", "");
      if (pinyin.length() >= 4) {
        out.putIfAbsent(PlaceText.keyOf(pinyin), reason.replace("'" + name + "'", "'" + name + "' (" + pinyin + ")"));
      }
    }
    return Collections.unmodifiableMap(out);
  }

  private static String describeTownship(ChinaDivisions divisions, Division township) {
    Division county = divisions.get(township.parentCode());
    Division province = divisions.get(township.provinceCode());
    return township.chineseName() + (county == null ? "" : " in " + county.englishName())
        + (province == null || province == county ? "" : ", " + province.englishName());
  }

  /**
   * The pinyin of a county's name with its suffix ({@code yiningxian}, {@code hetianshi}), which
   * tells 伊宁县 from 伊宁市 where the bare pinyin cannot; null when the name has no such suffix.
   */
  public static String fullPinyin(Division d) {
    String name = d.chineseName();
    String base = d.pinyin().replace(" ", "");
    return name.endsWith("县") ? base + "xian" : name.endsWith("市") ? base + "shi"
        : name.endsWith("区") ? base + "qu" : null;
  }

  /** Every Xinjiang and XPCC surface form with the division it names. */
  public List<PlaceForm> forms() {
    return forms;
  }

  /**
   * Every name mapped to the divisions it names in Xinjiang: the surface form as written in the
   * data to the codes (most names name one division; {@code 和田} names the prefecture, the city
   * and the county).
   */
  public Map<String, List<String>> surfaceForms() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (PlaceForm f : forms) {
      List<String> codes = out.computeIfAbsent(f.surface(), k -> new ArrayList<>(1));
      if (!codes.contains(f.code())) {
        codes.add(f.code());
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * The Xinjiang forms stored under a name, compared folded ({@code URUMQI}, {@code Ürümqi} and
   * {@code urumqi} are one name); empty when the name is not a Xinjiang place.
   */
  public List<PlaceForm> lookup(String name) {
    List<PlaceForm> out = new ArrayList<>();
    for (PlaceForm f : index.lookup(name)) {
      if (f.xinjiang()) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * What a name most plausibly names: the form of the broadest Xinjiang division stored under it
   * ({@code 和田} -> the prefecture; {@code 兵团} -> the XPCC, code 6590), or null.
   */
  public PlaceForm resolve(String name) {
    return broadest(lookup(name));
  }

  /** True when the name also names a place elsewhere in China ({@code Baicheng}, {@code Yiwu}). */
  public boolean namesPlaceElsewhereInChina(String name) {
    for (PlaceForm f : index.lookup(name)) {
      if (!f.xinjiang()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Xinjiang place names in free text (an article, an address), for reports and media analysis.
   * Street and building names ({@code 新疆路}, {@code Kashgar Road}), products ({@code Hami
   * melon}) and names that also name places elsewhere are left out unless the text names
   * Xinjiang plainly elsewhere.
   */
  public List<PlaceMention> mentions(String text) {
    PlaceText t = PlaceText.of(text);
    List<PlaceMention> strong = new ArrayList<>();
    List<PlaceMention> weak = new ArrayList<>();
    for (PlaceMatch m : index.scan(t)) {
      if (m.phrase() != null || m.forms().isEmpty()) {
        continue;
      }
      AddressWord next = index.wordAt(t, m.end());
      if (next == AddressWord.STREET || next == AddressWord.BUILDING) {
        continue;
      }
      PlaceForm best = broadest(xinjiangOnly(m.forms()));
      if (best == null) {
        continue;
      }
      boolean elsewhere = m.forms().stream().anyMatch(f -> !f.xinjiang());
      PlaceMention mention = new PlaceMention(m.surface(), t.originStart(m.start()), t.originEnd(m.end()),
          best.code(), best.label(), "CN");
      if (elsewhere || !best.caution().isEmpty() || best.refineOnly()) {
        weak.add(mention);
      } else {
        strong.add(mention);
      }
    }
    if (strong.isEmpty()) {
      return List.of();
    }
    strong.addAll(weak);
    strong.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return strong;
  }

  /**
   * Names of products and landmarks named after a Xinjiang place ({@code 哈密瓜}, {@code Hami
   * melon}, {@code Korla pear}, {@code Tian Shan}): the place inside them says nothing about where
   * something is made or happens.
   */
  public List<String> namedAfterPlaces() {
    return index.namedAfterPlaces();
  }

  /** The division of China with this code, or null. */
  public Division division(String code) {
    return divisions.get(code);
  }

  /** China's division table this gazetteer was built on. */
  public ChinaDivisions divisions() {
    return divisions;
  }

  /** Xinjiang's prefecture-level units, the XPCC cities included. */
  public List<Division> prefectureLevelUnits() {
    List<Division> out = new ArrayList<>();
    for (Division d : divisions.all()) {
      if (d.inXinjiang() && d.level() == Division.PREFECTURE && !d.code().equals("6590")) {
        out.add(d);
      }
    }
    return out;
  }

  /** Xinjiang's counties, districts and county-level cities. */
  public List<Division> counties() {
    List<Division> out = new ArrayList<>();
    for (Division d : divisions.all()) {
      if (d.inXinjiang() && d.level() == Division.COUNTY) {
        out.add(d);
      }
    }
    return out;
  }

  /** The English name of a Xinjiang or other Chinese division code, or null. */
  public String englishName(String code) {
    Division d = divisions.get(code);
    return d == null ? null : d.englishName();
  }

  PlaceIndex index() {
    return index;
  }

  /**
   * Why a Xinjiang name stored under {@code key} also names something outside Xinjiang, so that it
   * counts only with support; null for a distinctive name ({@code 乌鲁木齐}, {@code 温泉县}).
   */
  String sharedReason(String key) {
    return sharedNames.get(key);
  }

  static List<PlaceForm> xinjiangOnly(List<PlaceForm> forms) {
    List<PlaceForm> out = new ArrayList<>(forms.size());
    for (PlaceForm f : forms) {
      if (f.xinjiang()) {
        out.add(f);
      }
    }
    return out;
  }

  /** The form naming the broadest division (lowest level, then shortest code). */
  static PlaceForm broadest(List<PlaceForm> forms) {
    PlaceForm best = null;
    for (PlaceForm f : forms) {
      if (best == null || f.level() < best.level()
          || (f.level() == best.level() && f.code().length() < best.code().length())) {
        best = f;
      }
    }
    return best;
  }

}
