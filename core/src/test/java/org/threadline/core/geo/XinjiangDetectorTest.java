package org.threadline.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.threadline.core.model.Party;
import org.threadline.core.model.XinjiangNexus;

class XinjiangDetectorTest {
  private static final XinjiangDetector DETECTOR = Geo.DETECTOR;

  private static Party.Builder party() {
    return Party.builder("P-1");
  }

  private static List<XinjiangNexus> detect(Party.Builder p) {
    return DETECTOR.detect(p.build());
  }

  private static XinjiangNexus only(List<XinjiangNexus> findings, String signal) {
    List<XinjiangNexus> of = findings.stream().filter(f -> f.signal().equals(signal)).toList();
    assertThat(of).as("findings for " + signal + " in " + findings).hasSize(1);
    return of.get(0);
  }

  private static String valid(String first17) {
    return first17 + UsccCode.checkCharacter(first17);
  }

  @Test
  void findsAChineseAddressInUrumqiDownToItsDistrict() {
    XinjiangNexus f = only(detect(party().address("新疆维吾尔自治区乌鲁木齐市天山区解放北路100号")), "address");
    assertThat(f.divisionCode()).isEqualTo("650102");
    assertThat(f.divisionName()).isEqualTo("Tianshan District");
    assertThat(f.score()).isGreaterThanOrEqualTo(0.9);
    assertThat(f.explanation()).anySatisfy(e -> assertThat(e.detail()).contains("乌鲁木齐市"));
  }

  @Test
  void findsWesternFormatAndMixedScriptAddresses() {
    assertThat(only(detect(party().address("No. 18 Youhao Road, Urumqi, Xinjiang, China")), "address").divisionCode())
        .isEqualTo("6501");
    assertThat(only(detect(party().address("Kashgar City, Xinjiang Uygur Autonomous Region")), "address").divisionCode())
        .isEqualTo("653101");
    assertThat(only(detect(party().address("新疆Korla市")), "address").divisionCode()).isEqualTo("652801");
    assertThat(only(detect(party().address("UrumqiXinjiang")), "address").divisionCode()).isEqualTo("6501");
    assertThat(only(detect(party().address("Ürümqi")), "address").divisionCode()).isEqualTo("6501");
    assertThat(only(detect(party().address("Ghulja")), "address").divisionCode()).isEqualTo("654002");
  }

  @Test
  void readsTraditionalChinese() {
    assertThat(only(detect(party().address("新疆維吾爾自治區烏魯木齊市")), "address").divisionCode()).isEqualTo("6501");
  }

  @Test
  void flagsXinjiangRoadInQingdaoAsNotXinjiang() {
    NexusAssessment a = DETECTOR.assess(party().address("山东省青岛市市北区新疆路8号").build());
    assertThat(a.findings()).isEmpty();
    assertThat(a.dismissed()).anySatisfy(d -> assertThat(d.reason()).contains("street"));
    assertThat(a.place().province().code()).isEqualTo("37");
    assertThat(a.place().prefecture().code()).isEqualTo("3702");
  }

  @Test
  void urumqiNorthRoadInShanghaiAndKashgarRoadAreStreets() {
    assertThat(detect(party().address("上海市静安区乌鲁木齐北路200号"))).isEmpty();
    assertThat(detect(party().address("No. 8 Kashgar Road, Yangpu District, Shanghai"))).isEmpty();
    assertThat(detect(party().address("88 Xinjiang Rd, Qingdao, Shandong"))).isEmpty();
    assertThat(detect(party().address("Wulumuqi Zhonglu 12, Shanghai"))).isEmpty();
  }

  @Test
  void sameNamePlacesAbroadAreNotXinjiang() {
    assertThat(detect(party().address("Aksu, Pavlodar Region").country("Kazakhstan"))).isEmpty();
    assertThat(detect(party().address("Altay, Govi-Altai").country("Mongolia"))).isEmpty();
    assertThat(detect(party().address("12 Lenina St, Altai, Russia"))).isEmpty();
    assertThat(detect(party().address("Aksu, Antalya, Turkey"))).isEmpty();
  }

  @Test
  void aCautiousNameCountsWhenTheCountryIsChina() {
    assertThat(only(detect(party().address("Aksu").country("China")), "address").divisionCode()).startsWith("6529");
  }

  @Test
  void aNameSharedWithAPlaceElsewhereInChinaNeedsCorroboration() {
    assertThat(detect(party().address("Yiwu, Zhejiang").country("China"))).isEmpty();
    List<XinjiangNexus> withPhone = detect(party().address("Yiwu").phone("0902-1234567"));
    assertThat(only(withPhone, "address").score()).isLessThan(0.9);
  }

  @Test
  void productWordsInANameAreNotPlaces() {
    assertThat(detect(party().name("广州哈密瓜贸易有限公司").address("广东省广州市天河区"))).isEmpty();
    assertThat(detect(party().name("Korla Pear Imports LLC").country("USA"))).isEmpty();
    assertThat(detect(party().name("Hami Melon Fresh Co."))).isEmpty();
    NexusAssessment a = DETECTOR.assess(party().name("库尔勒香梨批发").build());
    assertThat(a.findings()).isEmpty();
    assertThat(a.dismissed()).anySatisfy(d -> assertThat(d.reason()).contains("product"));
  }

  @Test
  void aCountryColumnSayingElsewhereCancelsWeakSignals() {
    assertThat(detect(party().name("Kashgar Restaurant").address("12 High St, London").country("UK"))).isEmpty();
    assertThat(detect(party().postalCode("831001").address("Jamshedpur, Jharkhand").country("India"))).isEmpty();
    assertThat(detect(party().phone("0991 234 5678").country("Turkey"))).isEmpty();
    assertThat(detect(party().postalCode("840001").country("Uruguay"))).isEmpty();
  }

  @Test
  void aValidUsccRegisteredInXinjiangIsNearCertain() {
    XinjiangNexus f = only(detect(party().registrationId(valid("91654003MA7812345"))), "registration_id");
    assertThat(f.divisionCode()).isEqualTo("654003");
    assertThat(f.divisionName()).isEqualTo("Kuytun");
    assertThat(f.score()).isEqualTo(0.99);
  }

  @Test
  void anInvalidUsccIsReportedAsInvalidAndNotTrusted() {
    String code = valid("91654003MA7812345");
    char wrong = code.charAt(17) == '0' ? '1' : '0';
    XinjiangNexus f = only(detect(party().registrationId(code.substring(0, 17) + wrong)), "registration_id");
    assertThat(f.score()).isLessThan(0.7);
    assertThat(f.explanation().get(0).detail()).contains("not a valid").contains("not trusted");
  }

  @Test
  void anXpccRegistrationSaysXpcc() {
    XinjiangNexus f = only(detect(party().registrationId(valid("91660000MA7812345"))), "registration_id");
    assertThat(f.divisionName()).contains("XPCC");
  }

  @Test
  void aValidOldRegistrationNumberFromXinjiangIsNearCertain() {
    String number = "65400300012345" + RegistrationNumber.checkDigit("65400300012345");
    XinjiangNexus f = only(detect(party().registrationId(number.substring(0, 6) + " " + number.substring(6))),
        "registration_id");
    assertThat(f.divisionCode()).isEqualTo("654003");
    assertThat(f.divisionName()).isEqualTo("Kuytun");
    assertThat(f.score()).isEqualTo(0.99);
    assertThat(f.explanation().get(0).detail()).contains("registration number").contains("GS 15-2006");
  }

  @Test
  void anOldRegistrationNumberWithAWrongCheckDigitIsNotTrusted() {
    String first14 = "65400300012345";
    char right = RegistrationNumber.checkDigit(first14);
    char wrong = right == '0' ? '1' : '0';
    XinjiangNexus f = only(detect(party().registrationId(first14 + wrong)), "registration_id");
    assertThat(f.score()).isLessThan(0.7);
    assertThat(f.explanation().get(0).detail()).contains("not a valid").contains("not trusted");
  }

  @Test
  void anOldRegistrationNumberFromElsewhereIsNoSignal() {
    assertThat(detect(party().registrationId("110108000000016"))).isEmpty();
  }

  @Test
  void aUsccRegisteredElsewhereIsNoSignal() {
    assertThat(detect(party().registrationId(valid("91330106MA2812345")))).isEmpty();
  }

  @Test
  void findsXinjiangPhoneNumbersInEveryForm() {
    for (String phone : List.of("+86 991 1234567", "0086-991-12345678", "(0991) 1234567", "0998-2345678",
        "+86-(0)903-2012345", "86 909 2212345", "0901 6223456 / 13912345678")) {
      assertThat(only(detect(party().phone(phone)), "phone").score()).as(phone).isEqualTo(0.85);
    }
    assertThat(detect(party().phone("+1 991 123 4567"))).isEmpty();
    assertThat(detect(party().phone("13912345678"))).isEmpty();
    assertThat(detect(party().phone("021-55667788"))).isEmpty();
  }

  @Test
  void findsXinjiangPostcodesInTheColumnAndInTheAddress() {
    assertThat(only(detect(party().postalCode("830002").country("China")), "postal_code").score()).isEqualTo(0.85);
    assertThat(only(detect(party().address("Tianshan District 830002")), "postal_code")).isNotNull();
    assertThat(detect(party().postalCode("849000"))).isEmpty();
    assertThat(detect(party().postalCode("310000"))).isEmpty();
  }

  @Test
  void aXinjiangPlaceInTheNameIsWeakerWhenTheAddressSaysElsewhere() {
    XinjiangNexus strong = only(detect(party().name("新疆天业股份有限公司")), "name");
    XinjiangNexus weak = only(detect(party().name("新疆天业股份有限公司").address("上海市浦东新区张江路1号")), "name");
    assertThat(strong.score()).isGreaterThanOrEqualTo(0.8);
    assertThat(weak.score()).isLessThan(strong.score());
    assertThat(weak.explanation()).anySatisfy(e -> assertThat(e.detail()).contains("Shanghai"));
  }

  @Test
  void findsTheXpccAndItsDivisionsAndRegiments() {
    assertThat(only(detect(party().name("新疆生产建设兵团第八师天山铝业")), "name").score()).isEqualTo(0.9);
    assertThat(only(detect(party().address("兵团第八师一五二团")), "address").divisionCode()).isEqualTo("659001");
    assertThat(only(detect(party().address("农一师十团")), "address").divisionName()).isNotNull();
    assertThat(only(detect(party().name("China Xinjian Group Co.")), "name").divisionName()).contains("XPCC");
    assertThat(only(detect(party().address("Regiment 152, 8th Division, XPCC")), "address")).isNotNull();
    assertThat(detect(party().name("中国石化集团").address("北京市朝阳区"))).isEmpty();
    assertThat(detect(party().name("共青团委员会"))).isEmpty();
  }

  @Test
  void everyFindingHasEvidenceDivisionScoreAndExplanation() {
    Party p = party().name("新疆天业股份有限公司").address("新疆石河子市北三东路36号").postalCode("832000")
        .phone("+86 993 2623118").registrationId(valid("91659001MA7812345")).build();
    List<XinjiangNexus> findings = DETECTOR.detect(p);
    assertThat(findings).extracting(XinjiangNexus::signal)
        .containsExactlyInAnyOrder("registration_id", "address", "postal_code", "phone", "name");
    for (XinjiangNexus f : findings) {
      assertThat(f.evidence()).isNotBlank();
      assertThat(f.divisionCode()).startsWith("65");
      assertThat(f.divisionName()).isNotBlank();
      assertThat(f.score()).isBetween(0.0, 1.0);
      assertThat(f.explanation()).isNotEmpty();
    }
    assertThat(findings.get(0).signal()).isEqualTo("registration_id");
  }

  @Test
  void aCleanPartyHasNoSignal() {
    assertThat(detect(party().name("Acme Textiles Ltd").address("12 Nguyen Hue, District 1, Ho Chi Minh City")
        .country("Vietnam").phone("+84 28 3822 1234").postalCode("700000"))).isEmpty();
    assertThat(detect(party().name("杭州丝绸有限公司").address("浙江省杭州市西湖区文三路90号").postalCode("310012")
        .phone("0571-88886666"))).isEmpty();
  }
}
