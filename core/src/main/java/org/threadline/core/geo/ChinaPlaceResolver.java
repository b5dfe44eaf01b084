package org.threadline.core.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Names the province and prefecture of any Chinese address, in Chinese or Western format or
 * mixed: {@code 浙江省杭州市西湖区文三路}, {@code No. 8 Wensan Road, Hangzhou, Zhejiang}. Each
 * place name found votes for the province and prefecture it lies in (a county votes for its
 * prefecture and province, an ambiguous name splits its vote); the province with most votes wins,
 * then its best prefecture. Street and building names ({@code 新疆路}) do not vote, nor does a
 * name that follows, in Chinese text, a city or province of another province ({@code 咸宁市温泉}:
 * 温泉 is a part of Xianning there). Safe to share between threads.
 */
public final class ChinaPlaceResolver {
  /**
   * A Xinjiang name that also names places elsewhere ({@code 温泉}, {@code 新星}), and any county's
   * two-character name without its suffix ({@code 合作}, {@code 光明}: also ordinary words), casts
   * half a vote: alone it does not outvote a prefecture named elsewhere in the record.
   */
  private static final double SHARED_NAME_WEIGHT = 0.5;
  private final XinjiangGazetteer gazetteer;
  private final ChinaDivisions divisions;
  private final PlaceIndex index;

  public ChinaPlaceResolver(XinjiangGazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.divisions = gazetteer.divisions();
    this.index = gazetteer.index();
  }

  /** The place of an address (any of its parts joined: address, city, region), if it is in China. */
  public Optional<ChinaPlace> resolve(String address) {
    PlaceText t = PlaceText.of(address);
    return resolve(t, index.scan(t));
  }

  Optional<ChinaPlace> resolve(PlaceText t, List<PlaceMatch> matches) {
    Map<String, Double> provinceVotes = new LinkedHashMap<>();
    Map<String, Double> prefectureVotes = new HashMap<>();
    Map<String, Division> counties = new LinkedHashMap<>();
    Map<String, Integer> townshipVotes = new HashMap<>();
    String openedProvince = null;
    int openedEnd = 0;
    for (PlaceMatch m : matches) {
      if (m.phrase() != null || m.forms().isEmpty()) {
        continue;
      }
      AddressWord next = index.wordAt(t, m.end());
      if (next == AddressWord.STREET || next == AddressWord.BUILDING || index.overlapsWordAt(t, m.end())) {
        continue;
      }
      // The first place that opens a province rules the run up to the next comma.
      boolean fresh = openedProvince == null || t.breakBetween(openedEnd - 1, m.start());
      if (!fresh && insidePlaceOfOtherProvince(t, m, openedProvince, openedEnd)) {
        continue;
      }
      String opens = fresh ? openingProvince(t, m, next) : null;
      if (opens != null) {
        openedProvince = opens;
        openedEnd = m.end();
      }
      List<Division> named = new ArrayList<>(m.forms().size());
      double shared = 1.0;
      for (PlaceForm f : m.forms()) {
        if (f.refineOnly()) {
          Division township = divisions.get(f.code());
          Division county = township == null ? null : divisions.get(township.parentCode());
          if (county != null) {
            townshipVotes.merge(county.code(), 1, Integer::sum);
          }
          continue;
        }
        if (f.needsSuffix() && next != AddressWord.ADMIN) {
          continue;
        }
        Division d = divisions.get(f.code());
        if (d != null && !named.contains(d)) {
          named.add(d);
        }
        if (shared == 1.0 && (bareTwoCharacterCounty(f) || f.sharedReason() != null)
            && !index.namesTheDivision(t, m.end(), next)) {
          shared = SHARED_NAME_WEIGHT;
        }
      }
      if (named.isEmpty()) {
        continue;
      }
      // 乌鲁木齐 names the city and its county, 和田 the prefecture, city and county: the
      // broadest reading is meant unless a suffix says otherwise.
      named.removeIf(d -> named.stream().anyMatch(a -> a != d && d.code().startsWith(a.code())));
      double weight = shared / named.size();
      for (Division d : named) {
        Division provinceDivision = divisions.ancestorAt(d, Division.PROVINCE);
        String province = provinceDivision != null ? provinceDivision.code() : d.provinceCode();
        provinceVotes.merge(province, weight * (d.level() == Division.PROVINCE ? 2 : 1), Double::sum);
        Division prefecture = divisions.ancestorAt(d, Division.PREFECTURE);
        if (prefecture != null) {
          prefectureVotes.merge(prefecture.code(), weight * (d.level() == Division.PREFECTURE ? 3 : 2), Double::sum);
        }
        if (d.level() == Division.COUNTY) {
          counties.putIfAbsent(d.code(), d);
        }
      }
    }
    // A township name only tips the balance between places the address already names (新市区 is
    // in Urumqi and in Tainan; its street 南纬路街道 only in Urumqi): it never names a place alone.
    townshipVotes.forEach((countyCode, votes) -> {
      Division county = divisions.get(countyCode);
      if (county != null && provinceVotes.containsKey(county.provinceCode())) {
        provinceVotes.merge(county.provinceCode(), 0.25 * votes, Double::sum);
        Division prefecture = divisions.ancestorAt(county, Division.PREFECTURE);
        if (prefecture != null && prefectureVotes.containsKey(prefecture.code())) {
          prefectureVotes.merge(prefecture.code(), 0.25 * votes, Double::sum);
        }
      }
    });
    String province = best(provinceVotes, null);
    if (province == null) {
      return Optional.empty();
    }
    String prefecture = best(prefectureVotes, province);
    Division county = null;
    for (Division c : counties.values()) {
      if (prefecture != null && prefecture.equals(c.parentCode())) {
        county = c;
        break;
      }
    }
    List<String> evidence = new ArrayList<>(2);
    for (PlaceMatch m : matches) {
      for (PlaceForm f : m.forms()) {
        if (f.code().startsWith(province) && !f.refineOnly() && !evidence.contains(m.surface())) {
          evidence.add(m.surface());
        }
      }
    }
    return Optional.of(new ChinaPlace(divisions.get(province), divisions.get(prefecture), county, evidence));
  }

  private static boolean bareTwoCharacterCounty(PlaceForm f) {
    return f.level() == Division.COUNTY && f.kind() == PlaceForm.Kind.CHINESE_SHORT && f.surface().length() == 2;
  }

  /**
   * The province a run of Chinese text opens, when it names a place there unambiguously with a
   * province, a prefecture or a full county name ({@code 湖北省}, {@code 咸宁市}, {@code 岳西县}):
   * Chinese addresses go from the large to the small, so what follows lies inside it. Null for
   * Latin text, township names, bare county names and names shared with places elsewhere.
   */
  String openingProvince(PlaceText t, PlaceMatch m, AddressWord next) {
    if (t.category[m.start()] != PlaceText.HAN || m.forms().isEmpty()) {
      return null;
    }
    String first = null;
    boolean opens = false;
    for (PlaceForm f : m.forms()) {
      if (f.refineOnly() || (first != null && !first.regionMatches(0, f.code(), 0, 2))
          || (f.sharedReason() != null && !index.namesTheDivision(t, m.end(), next))) {
        return null;
      }
      first = f.code();
      opens |= f.kind() == PlaceForm.Kind.CHINESE_FULL || f.level() <= Division.PREFECTURE;
    }
    return opens ? first.substring(0, 2) : null;
  }

  /**
   * True when {@code m} is Chinese text that follows, in the same run (no comma between), a place
   * that opened another province, and names nothing in that province: 温泉 after 咸宁市 is a
   * neighbourhood of Xianning, not the county in Xinjiang.
   */
  static boolean insidePlaceOfOtherProvince(PlaceText t, PlaceMatch m, String openedProvince, int openedEnd) {
    if (t.category[m.start()] != PlaceText.HAN || t.breakBetween(openedEnd - 1, m.start())) {
      return false;
    }
    for (PlaceForm f : m.forms()) {
      if (f.code().startsWith(openedProvince)) {
        return false;
      }
    }
    return true;
  }

  private static String best(Map<String, Double> votes, String provincePrefix) {
    String best = null;
    double bestVotes = 0;
    for (Map.Entry<String, Double> e : votes.entrySet()) {
      if (provincePrefix != null && !e.getKey().startsWith(provincePrefix)) {
        continue;
      }
      if (e.getValue() > bestVotes + 1e-9) {
        best = e.getKey();
        bestVotes = e.getValue();
      }
    }
    return best;
  }

  /** The gazetteer this resolver reads names with. */
  public XinjiangGazetteer gazetteer() {
    return gazetteer;
  }
}
