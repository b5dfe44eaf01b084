package org.threadline.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.threadline.core.model.Party;
import org.threadline.core.model.XinjiangNexus;

/** Every prefecture-level unit, county and XPCC city, from its Chinese name, pinyin and English form. */
class XinjiangGazetteerTest {
  private static final XinjiangGazetteer G = Geo.GAZETTEER;
  private static final Map<String, String> ENGLISH = XinjiangGazetteer.englishNames(Geo.lines("geo/xinjiang_exonyms.csv"));

  private static List<Division> units() {
    List<Division> all = new ArrayList<>(G.prefectureLevelUnits());
    all.addAll(G.counties());
    return all;
  }

  /** The address finding for a text; the code it gives must be the division or an enclosing unit of the same name. */
  private static List<String> missing(String how, java.util.function.Function<Division, String> form, String context) {
    List<String> missing = new ArrayList<>();
    for (Division d : units()) {
      String text = form.apply(d);
      List<XinjiangNexus> found = Geo.DETECTOR.detect(Party.builder("x").address(text + context).build());
      boolean ok = found.stream().anyMatch(f -> f.signal().equals("address") && f.divisionCode().length() > 2
          && d.code().startsWith(f.divisionCode()));
      boolean inGazetteer = G.lookup(text).stream().anyMatch(f -> d.code().startsWith(f.code()));
      if (!ok || !inGazetteer) {
        missing.add(how + " " + text + context + " -> " + found);
      }
    }
    return missing;
  }

  /** The pinyin; with its suffix (yiningxian) when another Xinjiang unit of that level shares the bare pinyin. */
  private static String pinyin(Division d) {
    String bare = d.pinyin().replace(" ", "");
    boolean shared = G.lookup(bare).stream()
        .anyMatch(f -> f.level() == d.level() && !f.code().equals(d.code()) && !d.code().startsWith(f.code()));
    return shared ? XinjiangGazetteer.fullPinyin(d) : bare;
  }

  @Test
  void thereAre14PrefecturesAnd12XpccCitiesAndEveryCounty() {
    assertThat(G.prefectureLevelUnits()).hasSize(26);
    assertThat(G.counties()).hasSizeGreaterThan(90);
  }

  @Test
  void everyUnitIsFoundFromItsChineseName() {
    List<String> missing = new ArrayList<>();
    for (Division d : units()) {
      // A name shared with a division elsewhere (新市区) is written with its region, as addresses do.
      String context = G.namesPlaceElsewhereInChina(d.chineseName()) ? "新疆" : "";
      missing.addAll(missingOne(d, context + d.chineseName()));
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyUnitIsFoundFromItsPinyinWithXinjiangAround() {
    assertThat(missing("pinyin", XinjiangGazetteerTest::pinyin, ", Xinjiang")).isEmpty();
  }

  @Test
  void everyDistinctivePinyinIsFoundAlone() {
    List<String> missing = new ArrayList<>();
    for (Division d : units()) {
      String pinyin = pinyin(d);
      boolean cautious = G.lookup(pinyin).stream().anyMatch(f -> !f.caution().isEmpty());
      boolean shared = G.sharedReason(PlaceText.keyOf(pinyin)) != null;
      if (!G.namesPlaceElsewhereInChina(pinyin) && !cautious && !shared) {
        missing.addAll(missingOne(d, pinyin));
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void aSharedNameIsNotFoundAloneButIsWithItsPrefecture() {
    List<String> wrong = new ArrayList<>();
    for (Division d : G.counties()) {
      if (G.sharedReason(PlaceText.keyOf(d.shortName())) == null || G.namesPlaceElsewhereInChina(d.shortName())) {
        continue;
      }
      if (!Geo.DETECTOR.detect(Party.builder("x").address(d.shortName()).build()).isEmpty()) {
        wrong.add(d.shortName() + " alone was found");
      }
      // 伊宁 names the city and the county: either reading is right.
      Division prefecture = G.division(d.parentCode());
      List<String> readings = G.lookup(d.shortName()).stream().map(PlaceForm::code).toList();
      List<XinjiangNexus> found = Geo.DETECTOR.detect(Party.builder("x").address(prefecture.chineseName() + d.shortName()).build());
      if (found.stream().noneMatch(f -> f.signal().equals("address") && readings.contains(f.divisionCode()))) {
        wrong.add(prefecture.chineseName() + d.shortName() + " -> " + found);
      }
    }
    assertThat(wrong).isEmpty();
  }

  private static List<String> missingOne(Division d, String text) {
    List<XinjiangNexus> found = Geo.DETECTOR.detect(Party.builder("x").address(text).build());
    boolean ok = found.stream().anyMatch(f -> f.signal().equals("address") && d.code().startsWith(f.divisionCode()));
    return ok ? List.of() : List.of(text + " -> " + found);
  }

  @Test
  void everyUnitHasACommonEnglishFormAndIsFoundFromIt() {
    List<String> noEnglish = new ArrayList<>();
    for (Division d : units()) {
      if (!ENGLISH.containsKey(d.code())) {
        noEnglish.add(d.code() + " " + d.chineseName());
      }
    }
    assertThat(noEnglish).isEmpty();
    assertThat(missing("english", d -> ENGLISH.get(d.code()), ", Xinjiang, China")).isEmpty();
  }

  @Test
  void theXpccCitiesHaveTheirEnglishNames() {
    for (String name : List.of("Shihezi", "Aral", "Tumxuk", "Wujiaqu", "Beitun", "Tiemenguan", "Shuanghe",
        "Kokdala", "Kunyu", "Huyanghe", "Xinxing", "Baiyang")) {
      assertThat(G.lookup(name)).as(name).anySatisfy(f -> assertThat(f.code()).startsWith("6590"));
    }
  }

  @Test
  void exonymsResolveToTheirDivisions() {
    assertThat(G.resolve("Urumchi").code()).isEqualTo("6501");
    assertThat(G.resolve("Dihua").code()).isEqualTo("6501");
    assertThat(G.resolve("乌市").code()).isEqualTo("6501");
    assertThat(G.resolve("Qeshqer").code()).isEqualTo("6531");
    assertThat(G.resolve("Khotan").code()).isEqualTo("6532");
    assertThat(G.resolve("Kumul").code()).isEqualTo("6505");
    assertThat(G.resolve("Kuerle").code()).isEqualTo("652801");
    assertThat(G.resolve("Sinkiang").code()).isEqualTo("65");
    assertThat(G.resolve("XUAR").code()).isEqualTo("65");
    assertThat(G.resolve("Uyghur Region").code()).isEqualTo("65");
    assertThat(G.resolve("农八师").code()).isEqualTo("659001");
    assertThat(G.resolve("Eighth Agricultural Division").code()).isEqualTo("659001");
    assertThat(G.resolve("中国新建集团").code()).isEqualTo("6590");
    assertThat(G.resolve("Bingtuan").code()).isEqualTo("6590");
  }

  @Test
  void surfaceFormsMapEveryNameToItsDivisions() {
    Map<String, List<String>> forms = G.surfaceForms();
    assertThat(forms.get("Ürümqi")).containsExactly("6501");
    assertThat(forms.get("第八师")).containsExactly("659001");
    assertThat(forms).hasSizeGreaterThan(2000);
  }

  @Test
  void mentionsInAnArticleGiveOffsets() {
    String text = "Cotton from Aksu and Kashgar in Xinjiang ends up in yarn; Shanghai's Xinjiang Road is a street.";
    List<PlaceMention> m = G.mentions(text);
    assertThat(m).extracting(PlaceMention::name).containsExactly("Aksu", "Kashgar", "Xinjiang");
    PlaceMention xj = m.get(2);
    assertThat(text.substring(xj.start(), xj.end())).isEqualTo("Xinjiang");
    assertThat(xj.divisionCode()).isEqualTo("65");
    assertThat(xj.country()).isEqualTo("CN");
  }
}
