package org.threadline.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChinaPlaceResolverTest {
  private static final ChinaPlaceResolver RESOLVER = Geo.RESOLVER;

  @Test
  void namesProvinceAndPrefectureOfAChineseAddress() {
    ChinaPlace p = RESOLVER.resolve("浙江省杭州市西湖区文三路90号").orElseThrow();
    assertThat(p.province().code()).isEqualTo("33");
    assertThat(p.province().englishName()).isEqualTo("Zhejiang");
    assertThat(p.prefecture().code()).isEqualTo("3301");
    assertThat(p.prefecture().englishName()).isEqualTo("Hangzhou");
    assertThat(p.county().code()).isEqualTo("330106");
  }

  @Test
  void namesTheProvinceOfAWesternFormatAddress() {
    ChinaPlace p = RESOLVER.resolve("Room 1201, 88 Zhongshan Road, Nanjing, Jiangsu, PRC").orElseThrow();
    assertThat(p.province().englishName()).isEqualTo("Jiangsu");
    assertThat(p.prefecture().code()).isEqualTo("3201");
  }

  @Test
  void aCountyAloneGivesItsPrefectureAndProvince() {
    ChinaPlace p = RESOLVER.resolve("义乌市稠城街道").orElseThrow();
    assertThat(p.province().code()).isEqualTo("33");
    assertThat(p.prefecture().code()).isEqualTo("3307");
  }

  @Test
  void streetsNamedAfterPlacesDoNotVote() {
    ChinaPlace p = RESOLVER.resolve("青岛市新疆路").orElseThrow();
    assertThat(p.province().code()).isEqualTo("37");
  }

  @Test
  void anAddressOutsideChinaHasNoPlace() {
    assertThat(RESOLVER.resolve("1600 Amphitheatre Parkway, Mountain View, CA")).isEmpty();
  }

  @Test
  void placesXinjiangAddressesWithTheirEnglishNames() {
    ChinaPlace p = RESOLVER.resolve("喀什地区莎车县").orElseThrow();
    assertThat(p.prefecture().englishName()).isEqualTo("Kashgar");
    assertThat(p.county().englishName()).isEqualTo("Yarkant County");
  }
}
