package org.threadline.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.threadline.core.model.Party;
import org.threadline.core.model.XinjiangNexus;

/**
 * Properties of the rule that a Xinjiang name shared with places elsewhere counts only with
 * support, over every such name and every prefecture of China (QuickTheories).
 */
class SharedPlaceNameProperties {
  private static final XinjiangGazetteer G = Geo.GAZETTEER;
  private static final List<String> LOCAL_WORDS = List.of("小区", "新村", "工业园", "花园", "村", "二村", "商贸城");
  private static final List<String> LATIN_STREETS =
      List.of("12 Main Road", "Plot 5, Industrial Area", "45 Station Street", "Sector 4", "7 Mill Lane");

  /** Xinjiang counties whose short name is shared and names no division elsewhere (温泉, 新源, 民丰...). */
  private static final List<Division> SHARED_COUNTIES = sharedCounties();
  /** Prefecture-level units outside Xinjiang (and outside Taiwan, Hong Kong, Macao). */
  private static final List<Division> PREFECTURES_ELSEWHERE = prefecturesElsewhere();

  private static List<Division> sharedCounties() {
    List<Division> out = new ArrayList<>();
    for (Division d : G.counties()) {
      if (G.sharedReason(PlaceText.keyOf(d.shortName())) != null && !G.namesPlaceElsewhereInChina(d.shortName())) {
        out.add(d);
      }
    }
    return out;
  }

  private static List<Division> prefecturesElsewhere() {
    List<Division> out = new ArrayList<>();
    for (Division d : G.divisions().all()) {
      if (d.level() == Division.PREFECTURE && !d.inXinjiang() && !d.code().startsWith("7")
          && !d.code().startsWith("8") && d.chineseName().endsWith("市")) {
        out.add(d);
      }
    }
    return out;
  }

  private static List<XinjiangNexus> worthALook(Party p) {
    return Geo.DETECTOR.detect(p).stream().filter(f -> f.score() >= 0.7).toList();
  }

  @Test
  void thereAreSharedNamesToTest() {
    assertThat(SHARED_COUNTIES).hasSizeGreaterThan(20);
    assertThat(PREFECTURES_ELSEWHERE).hasSizeGreaterThan(200);
  }

  @Test
  void aSharedXinjiangNameInsideACityOfAnotherProvinceIsNeverWorthALook() {
    qt().withExamples(400).forAll(Generate.pick(PREFECTURES_ELSEWHERE), Generate.pick(SHARED_COUNTIES),
        Generate.pick(LOCAL_WORDS)).checkAssert((city, county, word) -> {
          Party p = Party.builder("x").address(city.chineseName() + county.shortName() + word + "8号").build();
          assertThat(worthALook(p)).as(p.address()).isEmpty();
        });
  }

  @Test
  void aSharedXinjiangNameAloneIsNeverAFinding() {
    qt().withExamples(200).forAll(Generate.pick(SHARED_COUNTIES), Generate.pick(LOCAL_WORDS))
        .checkAssert((county, word) -> {
          NexusAssessment a = Geo.DETECTOR.assess(Party.builder("x").address(county.shortName() + word).build());
          assertThat(a.findings()).as(county.shortName() + word).isEmpty();
          assertThat(a.dismissed()).as(county.shortName() + word).isNotEmpty();
        });
  }

  @Test
  void aSharedNameWithItsPrefectureCountsAndSaysWhy() {
    qt().withExamples(200).forAll(Generate.pick(SHARED_COUNTIES), Generate.pick(LOCAL_WORDS))
        .checkAssert((county, word) -> {
          Division prefecture = G.division(county.parentCode());
          String address = "新疆" + prefecture.chineseName() + county.shortName() + word;
          List<XinjiangNexus> found = worthALook(Party.builder("x").address(address).build());
          assertThat(found).as(address).anySatisfy(f -> {
            assertThat(f.signal()).isEqualTo("address");
            assertThat(f.divisionCode()).startsWith(prefecture.code());
          });
        });
  }

  @Test
  void aSharedNameSupportedOnlyByTheRegistrationCodeNamesTheCodeInItsExplanation() {
    qt().withExamples(200).forAll(Generate.pick(SHARED_COUNTIES), integers().between(0, 99_999))
        .checkAssert((county, serial) -> {
          String first17 = "91" + county.code() + "MA7" + String.format("%06d", serial);
          String uscc = first17 + UsccCode.checkCharacter(first17);
          Party p = Party.builder("x").address(county.shortName() + "小区").registrationId(uscc).build();
          XinjiangNexus address = Geo.DETECTOR.detect(p).stream().filter(f -> f.signal().equals("address"))
              .findFirst().orElseThrow(() -> new AssertionError("no address finding for " + p.address()));
          assertThat(address.explanation()).anySatisfy(e -> assertThat(e.detail())
              .contains("it counts because the registration code " + uscc));
        });
  }

  @Test
  void aPostcodeInXinjiangsRangeWithNothingChineseIsNeverAFinding() {
    qt().withExamples(500).forAll(integers().between(830000, 848999), Generate.pick(LATIN_STREETS))
        .checkAssert((postcode, street) -> {
          Party p = Party.builder("x").name("Supplier").address(street).postalCode(Integer.toString(postcode)).build();
          assertThat(Geo.DETECTOR.detect(p)).as(street + " " + postcode).isEmpty();
        });
  }
}
