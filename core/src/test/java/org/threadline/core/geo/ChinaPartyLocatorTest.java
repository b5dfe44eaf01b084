package org.threadline.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.threadline.core.model.Location;
import org.threadline.core.model.Party;

class ChinaPartyLocatorTest {
  private static final ChinaPartyLocator LOCATOR = new ChinaPartyLocator(Geo.RESOLVER,
      CountryColumnReader.of(Geo.lines("geo/countries.csv"),
          new org.threadline.core.goods.CountryNames(java.util.Map.of())));

  @Test
  void locatesAChineseAddressOutsideXinjiangDownToItsCounty() {
    Location l = LOCATOR.locate(Party.builder("1")
        .address("浙江省嘉兴市海宁市经编产业园区经都二路8号").country("中国").build()).orElseThrow();
    assertThat(l.country()).isEqualTo("CN");
    assertThat(l.areas()).extracting(Location.Area::code).containsExactly("33", "3304", "330481");
    assertThat(l.areas().get(0).name()).isEqualTo("Zhejiang");
  }

  @Test
  void placesARoadNamedAfterXinjiangInTheCityItIsIn() {
    Location l = LOCATOR.locate(Party.builder("2").address("新疆路16号").city("青岛")
        .region("山东").build()).orElseThrow();
    assertThat(l.areas()).extracting(Location.Area::code).startsWith("37", "3702");
  }

  @Test
  void doesNotLocateAPartyInAnotherCountry() {
    assertThat(LOCATOR.locate(Party.builder("3").address("Abay Street 12").city("Aksu")
        .country("Kazakhstan").build())).isEmpty();
  }

  @Test
  void doesNotLocateAPartyWithoutAnAddress() {
    assertThat(LOCATOR.locate(Party.builder("4").name("Acme").build())).isEmpty();
  }
}
