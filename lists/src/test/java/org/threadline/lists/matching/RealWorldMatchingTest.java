package org.threadline.lists.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.threadline.core.lists.ReferenceList;
import org.threadline.core.matching.NameMatch;
import org.threadline.core.matching.NameMatcher;
import org.threadline.lists.ListStore;

/**
 * The classes of mistakes the matcher made on real company registries and a brand's factory list
 * (names no one on the project wrote), each pinned by a real example, against the bundled UFLPA
 * and CBP lists. The names are from public Chinese registration records and a published factory
 * list (see data/eval/realworld/README.md).
 */
class RealWorldMatchingTest {
  private static final double WORTH_A_LOOK = 0.7;
  private static final List<Named> MATCHERS = matchers();

  private record Named(String list, NameMatcher matcher) {}

  private static List<Named> matchers() {
    List<Named> out = new ArrayList<>();
    // The bundled lists only, whatever the user's data folder holds.
    for (ReferenceList list : new ListStore(null).entityLists()) {
      out.add(new Named(list.info().id(), BundledMatchers.forEntries(list.entries())));
    }
    return out;
  }

  private static List<NameMatch> alarms(String name) {
    List<NameMatch> all = new ArrayList<>();
    for (Named n : MATCHERS) {
      all.addAll(n.matcher().match(List.of(name), WORTH_A_LOOK));
    }
    return all;
  }

  private static Optional<NameMatch> best(String name, String entryName) {
    NameMatch best = null;
    for (Named n : MATCHERS) {
      for (NameMatch m : n.matcher().match(List.of(name), 0.0)) {
        if (m.entry().name().equals(entryName) && (best == null || m.score() > best.score())) {
          best = m;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  // 1. Words every big name shares carry no match.

  @Test
  void aPostOfficeOfChinaPostIsNotEsquelChinaHoldings() {
    assertThat(alarms("中国邮政集团公司新疆维吾尔自治区墨玉县分公司")).isEmpty();
  }

  @Test
  void aBranchOfChinaUnicomIsNotChinaCattleBreeding() {
    assertThat(alarms("中国联合网络通信有限公司呼伦贝尔市分公司")).isEmpty();
  }

  // 2. A common two-syllable trade name alone, in another industry or place.

  @Test
  void aKaramayCompanyNamedChenguangIsNotChenguangBiotech() {
    assertThat(alarms("克拉玛依市晨光有限责任公司")).isEmpty();
  }

  @Test
  void aHomophoneInTheSameIndustryIsNotTheListedCompany() {
    // 晨冠 chen guan against 晨光 chen guang: one character and one sound apart.
    assertThat(alarms("晨冠生物科技有限公司")).isEmpty();
  }

  @Test
  void aShanghaiInvestmentFirmIsNotTheShuangheLabourFarm() {
    assertThat(alarms("上海双和投资有限公司")).isEmpty();
  }

  @Test
  void aFourSyllableTradeNameIsNotATwoSyllableOne() {
    assertThat(alarms("北京中金华泰投资有限公司")).isEmpty();
  }

  @Test
  void aTachengTradingFirmNamedJinbaoIsNotTheListedMiner() {
    assertThat(alarms("塔城市金宝商贸有限责任公司")).isEmpty();
  }

  @Test
  void aCompanyWhoseNameSoundsLikeACityIsNotAPrisonNamedForThatCity() {
    // 天锦 tian jin sounds like Tianjin, which in 'Tianjin No. 2 Prison' is the city.
    assertThat(alarms("合肥天锦商贸有限公司")).isEmpty();
    assertThat(alarms("乌鲁木齐准噶尔商贸有限责任公司")).isEmpty();
  }

  @Test
  void aPropertyFirmOfTheSameTradeNameAndProvinceIsNotTheListedGroup() {
    assertThat(alarms("乌鲁木齐中泰物业服务有限公司")).isEmpty();
  }

  // 3. Latin names that are not pinyin are not compared by sound with pinyin.

  @Test
  void aThaiFactoryIsNotXinjiangZhongtai() {
    assertThat(alarms("Thong Thai Textile Co., Ltd.")).isEmpty();
  }

  @Test
  void aLatinNameThreeLettersFromAListedOneIsNotIt() {
    assertThat(alarms("Supertex S.A.")).isEmpty();
  }

  // 4. Branches, units and subsidiaries that carry a listed company's name are found.

  @Test
  void theSalesDepartmentOfAListedSteelMakerIsFoundAsItsBranch() {
    NameMatch m = best("新疆八一钢铁股份有限公司喀什经销部",
        "Baowu Group Xinjiang Bayi Iron and Steel Co., Ltd.").orElseThrow();
    assertThat(m.score()).isGreaterThanOrEqualTo(0.9);
    assertThat(m.subsidiary()).isTrue();
    assertThat(m.explanation()).anySatisfy(e -> assertThat(e.feature()).isEqualTo("branch"));
  }

  @Test
  void aUnitOfTheListedSteelMakerNamedAfterItInFullIsFound() {
    NameMatch m = best("宝钢集团新疆八一钢铁有限公司职工游泳训练中心",
        "Baowu Group Xinjiang Bayi Iron and Steel Co., Ltd.").orElseThrow();
    assertThat(m.score()).isGreaterThanOrEqualTo(WORTH_A_LOOK);
    assertThat(m.explanation()).anySatisfy(e -> assertThat(e.detail()).contains("职工游泳训练中心"));
  }

  @Test
  void aCountyCompanyCarryingTheListedChemicalMakersNameIsAProbableSubsidiary() {
    NameMatch m = best("托克逊县中泰化学盐化有限责任公司", "Xinjiang Zhongtai Chemical Co., Ltd.")
        .orElseThrow();
    assertThat(m.score()).isBetween(WORTH_A_LOOK, 0.9);
    assertThat(m.subsidiary()).isTrue();
  }

  @Test
  void aBranchUnderTheListedCompanysFormerNameIsFoundAndSaysWhereTheNameComesFrom() {
    NameMatch m = best("中粮屯河股份有限公司乌苏番茄制品分公司", "COFCO Sugar Holding Co. Ltd.").orElseThrow();
    assertThat(m.score()).isGreaterThanOrEqualTo(0.9);
    assertThat(m.explanation().get(0).detail()).contains("former name").contains("not on the list");
  }

  @Test
  void aCompanyCarryingAListedGroupsNameWithACountyIsWorthALook() {
    NameMatch m = best("四川省九寨沟县紫金矿业有限公司", "Zijin Mining Group").orElseThrow();
    assertThat(m.score()).isBetween(WORTH_A_LOOK, 0.9);
  }

  // Sister companies of listed ones: related, below the alarm.

  @Test
  void anotherCompanyOfTheListedCompanysGroupIsNotAnAlarm() {
    assertThat(alarms("中棉集团沙湾棉业有限公司")).isEmpty();
    assertThat(alarms("东方希望(三门峡)铝业有限公司")).isEmpty();
  }

  // The listed companies themselves, under their registered names.

  @Test
  void listedCompaniesUnderTheirRegisteredChineseNamesAreNearCertain() {
    assertThat(best("新疆哈巴河阿舍勒铜业股份有限公司", "Xinjiang Habahe Ashele Copper Co., Ltd."))
        .hasValueSatisfying(m -> assertThat(m.score()).isGreaterThanOrEqualTo(0.9));
    assertThat(best("黄梅小池银丰棉花有限公司", "Huangmei Xiaochi Yinfeng Cotton"))
        .hasValueSatisfying(m -> assertThat(m.score()).isGreaterThanOrEqualTo(0.9));
  }

}
