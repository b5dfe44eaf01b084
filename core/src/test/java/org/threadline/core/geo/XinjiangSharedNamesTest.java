package org.threadline.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.threadline.core.model.Party;
import org.threadline.core.model.XinjiangNexus;

/**
 * The false alarms of issue 18 on real registries, one class per test, each on real records: the
 * Chinese company registries of 2001 and 2003 in {@code ../shared/data/realworld/cn_registry}
 * (file and data row in the comments) or public pages (named). Cases that were alarms at 0.75-0.95
 * and must not be, and the Xinjiang records the same rules must keep.
 */
class XinjiangSharedNamesTest {
  private static final XinjiangDetector DETECTOR = Geo.DETECTOR;

  private static Party.Builder party() {
    return Party.builder("P-1");
  }

  private static List<XinjiangNexus> worthALook(Party.Builder p) {
    return DETECTOR.detect(p.build()).stream().filter(f -> f.score() >= 0.7).toList();
  }

  private static XinjiangNexus only(Party.Builder p, String signal) {
    List<XinjiangNexus> of = DETECTOR.detect(p.build()).stream().filter(f -> f.signal().equals(signal)).toList();
    assertThat(of).as(signal + " findings").hasSize(1);
    return of.get(0);
  }

  private static String explanation(XinjiangNexus f) {
    StringBuilder sb = new StringBuilder();
    f.explanation().forEach(e -> sb.append(e.detail()).append(" | "));
    return sb.toString();
  }

  // --- place names that also exist elsewhere ----------------------------------------------------

  @Test
  void aXinjiangNameAfterACityOfAnotherProvinceIsALocalPlaceThere() {
    // 2003_湖北.csv 3871, 2003_北京.csv 304 and 3696, 2001_内蒙古.csv 1739, 2003_安徽.csv 4754,
    // 2003_河南.csv 1002, 2003_湖北.csv 4308, 2003_上海.csv 581: 0.75 before.
    for (String address : List.of("咸宁市温泉淦河大道2号", "北京市海淀区温泉镇杨家庄村南",
        "北京市大兴区黄村镇双河北里1号楼203室", "内蒙古自治区呼伦贝尔市新源小区",
        "合肥市瑶海区长江东路与当涂路交口福海新居商办楼501室", "洛阳市西工区御博路1号洛浦御博城4幢1-102",
        "湖北省恩施市白杨坪乡石桥子村", "上海市长宁区天山二村64号（乙）314室")) {
      NexusAssessment a = DETECTOR.assess(party().address(address).build());
      assertThat(a.findings()).as(address).isEmpty();
      assertThat(a.place().inXinjiang()).as(address).isFalse();
    }
    NexusAssessment wenquan = DETECTOR.assess(party().address("咸宁市温泉淦河大道2号").region("咸宁").build());
    assertThat(wenquan.dismissed()).anySatisfy(d -> assertThat(d.reason()).contains("follows 咸宁市").contains("Hubei"));
    assertThat(wenquan.place().prefecture().code()).isEqualTo("4212");
  }

  @Test
  void aSharedNameAloneIsNotAFindingAndTheDismissalSaysWhy() {
    // 2003_浙江.csv 4943: 新星 (an XPCC city, and a common name) in Jiaxing, 0.95 before.
    NexusAssessment a = DETECTOR.assess(party().name("嘉善宏利塑料五金厂").address("干窑镇新星工业园区内").region("嘉兴").build());
    assertThat(a.findings()).isEmpty();
    assertThat(a.dismissed()).anySatisfy(d -> assertThat(d.reason()).contains("新星").contains("two-character"));
    NexusAssessment wenquan = DETECTOR.assess(party().address("温泉").build());
    assertThat(wenquan.findings()).isEmpty();
    assertThat(wenquan.dismissed()).anySatisfy(d -> assertThat(d.reason()).contains("温泉镇"));
  }

  @Test
  void aSharedNameCountsWithSupportAndTheExplanationNamesTheSupport() {
    String code = "91652723MA78123" + "45";
    String uscc = code.substring(0, 17) + UsccCode.checkCharacter(code.substring(0, 17));
    XinjiangNexus byCode = only(party().address("温泉").registrationId(uscc), "address");
    assertThat(byCode.score()).isGreaterThanOrEqualTo(0.7);
    assertThat(explanation(byCode)).contains("温泉镇").contains("it counts because").contains("registration code");
    // 1999_新疆.csv 778, the address without its prefecture: the name's 伊犁 supports 伊宁.
    XinjiangNexus byName = only(party().name("伊犁伟伯热力有限责任公司").address("伊宁边境经济合作区辽宁路"), "address");
    assertThat(byName.score()).isGreaterThanOrEqualTo(0.7);
    assertThat(explanation(byName)).contains("the name names 伊犁");
    XinjiangNexus byProvince = only(party().address("新疆温泉"), "address");
    assertThat(byProvince.divisionCode()).isEqualTo("652723");
  }

  @Test
  void sharedNamesInTheNameOfABranchElsewhereAreNotXinjiang() {
    // 2003_四川.csv 8599, 2003_湖北.csv 5192, 2001_宁夏.csv 197, 2003_安徽.csv 3426, 2001_内蒙古.csv 920,
    // 2003_河南.csv 1232: names alone, 0.75 before.
    for (String name : List.of("苍溪县龙山乡沙参专业合作社双河日杂综合门市部", "中国人寿保险股份有限公司咸宁分公司温泉营销服务部",
        "盐池新源工程有限责任公司", "五河县民丰汽车运输有限责任公司", "中国银行股份有限公司巴彦浩特分行和硕特支行",
        "新密市新源房地产评估有限公司")) {
      assertThat(worthALook(party().name(name))).as(name).isEmpty();
    }
    // 2003_四川.csv 1811, 2003_浙江.csv 3305: 新和 and 民丰 as a street and a village.
    assertThat(worthALook(party().address("广安区协兴镇新和街234号").region("广安"))).isEmpty();
    assertThat(worthALook(party().address("萧山区义桥镇民丰村").region("杭州"))).isEmpty();
  }

  @Test
  void xinxingInGuangdongIsXinxingCountyThere() {
    // Public: Guangdong Master Group, Xinxing County, Yunfu (stainless-steel kitchenware).
    NexusAssessment a = DETECTOR.assess(party().name("Guangdong Master Group")
        .address("Xinxing County, Yunfu, Guangdong").country("China").build());
    assertThat(a.findings()).isEmpty();
    assertThat(a.dismissed()).anySatisfy(d -> assertThat(d.reason()).contains("Guangdong"));
  }

  @Test
  void aChineseCompanyOrBranchNameStartsWithTheDivisionItIsRegisteredIn() {
    // 2001_新疆.csv 328 and 324, 1999_新疆.csv 1408, 2003_新疆.csv 2202: names alone.
    assertThat(only(party().name("奎屯宏发建材有限责任公司"), "name").score()).isGreaterThanOrEqualTo(0.7);
    XinjiangNexus branch = only(party().name("中国平安人寿保险股份有限公司奎屯中心支公司"), "name");
    assertThat(branch.score()).isGreaterThanOrEqualTo(0.7);
    assertThat(explanation(branch)).contains("branch's name starts");
    assertThat(only(party().name("江苏省建筑工程集团有限公司新疆分公司"), "name").score()).isGreaterThanOrEqualTo(0.7);
  }

  @Test
  void aXinjiangCompanysBranchElsewhereIsNotInXinjiang() {
    // 2003_陕西.csv 5014: the Xi'an branch of a Xinjiang company, 0.85 from its name alone before.
    XinjiangNexus f = only(party().name("新疆源泰铝业有限公司西安分公司"), "name");
    assertThat(f.score()).isLessThan(0.7);
    assertThat(explanation(f)).contains("branch").contains("西安");
  }

  // --- a regiment-style number elsewhere ----------------------------------------------------------

  @Test
  void aRegimentOfAnotherCorpsOrABareRegimentNumberIsNotTheXpcc() {
    // Public: the history of Qianjin Farm, Tongjiang, once 黑龙江生产建设兵团第六师第六十团.
    assertThat(DETECTOR.detect(party().address("黑龙江生产建设兵团第六师第六十团").build())).isEmpty();
    NexusAssessment bare = DETECTOR.assess(party().address("第六十团").build());
    assertThat(bare.findings()).isEmpty();
    assertThat(bare.dismissed()).anySatisfy(d -> assertThat(d.reason()).contains("regiment number without 兵团"));
    // With the Corps or a division before it, it is the XPCC's; 1999_新疆.csv 186 with its city.
    assertThat(only(party().address("兵团第八师一五二团"), "address").divisionCode()).startsWith("659");
    assertThat(only(party().address("新疆北屯市阿山路一八八团"), "address").divisionCode()).isEqualTo("659005");
  }

  @Test
  void aNormalSchoolIsNotAnXpccDivision() {
    assertThat(DETECTOR.detect(party().address("第一师范学院").build())).isEmpty();
    assertThat(only(party().address("第一师机关"), "address").divisionCode()).isEqualTo("659002");
  }

  // --- a postcode alone ---------------------------------------------------------------------------

  @Test
  void aPostcodeAloneSaysNothingWithoutChina() {
    // Public: Tata Cummins, Jamshedpur (Indian PIN codes 831xxx are Xinjiang's numbers too).
    NexusAssessment a = DETECTOR.assess(party().name("Tata Cummins Private Limited").address("Jamshedpur, Jharkhand")
        .postalCode("831001").build());
    assertThat(a.findings()).isEmpty();
    assertThat(a.dismissed()).anySatisfy(d -> assertThat(d.reason()).contains("nothing in the record says China"));
    assertThat(DETECTOR.detect(party().address("12 Harbourfront").city("Singapore").postalCode("838000").build()))
        .isEmpty();
    assertThat(only(party().postalCode("831001").country("China"), "postal_code").score()).isEqualTo(0.85);
  }

  // --- abbreviations, former names, XPCC forms ---------------------------------------------------

  @Test
  void prefectureAbbreviationsAreRead() {
    // 1999_新疆.csv 248, 2 and 20, without 新疆.
    XinjiangNexus bazhou = only(party().address("巴州且末县丝绸西路1号"), "address");
    assertThat(bazhou.divisionCode()).isEqualTo("652825");
    assertThat(explanation(bazhou)).contains("巴州 = Bayingolin");
    assertThat(only(party().address("克州阿克陶县清真寺路88号院"), "address").divisionCode()).isEqualTo("653022");
    assertThat(only(party().address("博州博乐市北京路"), "address").divisionCode()).isEqualTo("652701");
    // 巴州 is also 巴州区 in Bazhong, Sichuan: alone it is that.
    assertThat(DETECTOR.detect(party().address("巴州").build())).isEmpty();
    // 1999_新疆.csv 824: with 巴州 read, the XPCC division still names the unit, not its bare regiment.
    assertThat(only(party().address("新疆巴州第二师三十三团").region("巴音郭楞"), "address").divisionCode()).isEqualTo("659006");
  }

  @Test
  void formerNamesAreRead() {
    // 2003_新疆.csv 2471: 沙湾县 (沙湾市 since 2021), missed before; 沙湾区 is in Leshan, Sichuan.
    XinjiangNexus shawan = only(party().name("沙湾县定元塑料制品有限责任公司").address("沙湾县奎屯路39号"), "address");
    assertThat(shawan.divisionCode()).isEqualTo("654203");
    assertThat(shawan.score()).isEqualTo(0.95);
    assertThat(only(party().address("米泉市古牧地镇"), "address").divisionCode()).isEqualTo("650109");
    assertThat(only(party().address("库车县阿格乡"), "address").divisionCode()).isEqualTo("652902");
    assertThat(only(party().address("哈密地区八一南路"), "address").divisionCode()).startsWith("6505");
  }

  // --- 新疆 as a road, a lane, a township ----------------------------------------------------------

  @Test
  void xinjiangAsAStreetLaneOrSubdistrictElsewhereIsNotXinjiang() {
    // 2003_湖北.csv 4631, 2003_陕西.csv 2895 (0.95 before).
    assertThat(DETECTOR.detect(party().address("十堰市新疆路(东汽水厂)").region("十堰").build())).isEmpty();
    assertThat(DETECTOR.detect(party().address("西安市曲江新区西影路中段新疆三所巷内150米路西").region("西安").build()))
        .isEmpty();
    // 新疆街道 is a subdistrict of Pingfang District, Harbin (the division table, 230108005).
    assertThat(worthALook(party().name("新疆街道办事处").address("黑龙江省哈尔滨市平房区"))).isEmpty();
    assertThat(DETECTOR.detect(party().address("新疆六路").region("青岛").build())).isEmpty();
  }

  @Test
  void noPlaceNameIsReadAcrossAComma() {
    // 2003_北京.csv 385: "...10米" and the district column 东城 read as 米东 (Midong District), 0.75 before.
    assertThat(DETECTOR.detect(party().address("北京市东城区幸福南里9号楼迤东10米").region("东城").build())).isEmpty();
  }
}
