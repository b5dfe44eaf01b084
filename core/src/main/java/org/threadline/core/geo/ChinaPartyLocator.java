package org.threadline.core.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.threadline.core.model.Location;
import org.threadline.core.model.Party;
import org.threadline.core.screening.PartyLocator;

/**
 * Locates parties with a Chinese address: the province, prefecture and county that
 * {@link ChinaPlaceResolver} reads from the address, city and region columns. A party whose
 * country column names another country is not located here.
 */
public final class ChinaPartyLocator implements PartyLocator {
  private final ChinaPlaceResolver resolver;
  private final CountryColumnReader countries;

  /**
   * @param resolver reads the place of a Chinese address
   * @param countries reads the country column; a party in another country is not located
   */
  public ChinaPartyLocator(ChinaPlaceResolver resolver, CountryColumnReader countries) {
    this.resolver = resolver;
    this.countries = countries;
  }

  @Override
  public Optional<Location> locate(Party party) {
    if (party.country() != null && !"CN".equals(countries.codeOf(party.country()))) {
      return Optional.empty();
    }
    var text = new StringBuilder();
    for (String part : new String[] {party.address(), party.city(), party.region()}) {
      if (part != null) {
        text.append(text.length() > 0 ? ", " : "").append(part);
      }
    }
    if (text.length() == 0) {
      return Optional.empty();
    }
    return resolver.resolve(text.toString()).map(ChinaPartyLocator::location);
  }

  private static Location location(ChinaPlace place) {
    List<Location.Area> areas = new ArrayList<>(3);
    add(areas, "province", place.province());
    add(areas, "prefecture", place.prefecture());
    add(areas, "county", place.county());
    return new Location("CN", areas, place.evidence());
  }

  private static void add(List<Location.Area> areas, String level, Division d) {
    if (d != null) {
      areas.add(new Location.Area(level, d.code(), d.englishName(), d.chineseName()));
    }
  }
}
