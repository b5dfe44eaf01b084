package org.threadline.media.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import org.threadline.core.geo.PlaceForm;
import org.threadline.core.geo.XinjiangGazetteer;
import org.threadline.media.text.CharFolding;

/**
 * The Xinjiang gazetteer's place forms as a place lexicon: every prefecture, county and XPCC
 * division under its Chinese, English and historical names. Left out, because in running text
 * they name other things too: township names (they repeat all over China), forms the gazetteer
 * marks with a caution (also a place elsewhere, or an ordinary word), forms that count only
 * before an administrative word, bare pinyin, and the XPCC as a whole (an organisation, found as
 * a list entry). Names a preferred lexicon already has keep that lexicon's reading, and a
 * division it knows keeps its canonical name ("Shanshan County" is Shanshan, as "Shanshan" is).
 */
public record GazetteerPlaceLexicon(List<PlaceName> placeNames, String version) implements PlaceLexicon {
  public GazetteerPlaceLexicon {
    placeNames = List.copyOf(placeNames);
  }

  /**
   * @param gazetteer the Xinjiang gazetteer
   * @param version the version of its data
   * @param preferred a lexicon whose names win where both have one (may be null)
   */
  public static GazetteerPlaceLexicon of(XinjiangGazetteer gazetteer, String version, PlaceLexicon preferred) {
    Set<String> taken = new HashSet<>();
    Map<String, String> preferredName = new HashMap<>();
    if (preferred != null) {
      for (PlaceName p : preferred.placeNames()) {
        taken.add(CharFolding.foldString(p.surface()));
        if (p.divisionCode() != null) {
          preferredName.putIfAbsent(p.divisionCode(), p.name());
        }
      }
    }
    List<PlaceName> out = new ArrayList<>();
    for (PlaceForm f : gazetteer.forms()) {
      if (!f.xinjiang() || f.refineOnly() || f.needsSuffix() || !f.caution().isEmpty()
          || f.kind() == PlaceForm.Kind.PINYIN || f.kind() == PlaceForm.Kind.XPCC) {
        continue;
      }
      String folded = CharFolding.foldString(f.surface());
      if (folded.length() < 2 || !taken.add(folded)) {
        continue;
      }
      out.add(new PlaceName(f.surface(), preferredName.getOrDefault(f.code(), f.label()), f.code(), "CN"));
    }
    return new GazetteerPlaceLexicon(out, version);
  }
}
