package org.threadline.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.threadline.core.model.Party;

class PlaceTextProperties {
  private static final List<PlaceForm> LATIN_FORMS =
      Geo.GAZETTEER.forms().stream().filter(PlaceForm::latin).toList();

  @Provide
  Arbitrary<String> messyText() {
    return Arbitraries.strings()
        .withChars("新疆乌鲁木齐市路号 ,.'-Üümqirk0123456789ＡＢ（）团师兵+")
        .withCharRange('a', 'z')
        .withCharRange('\u4e00', '\u4e20')
        .ofMaxLength(60);
  }

  @Property
  void foldingIsIdempotent(@ForAll("messyText") String text) {
    String key = PlaceText.keyOf(text);
    assertThat(PlaceText.keyOf(key)).isEqualTo(key);
  }

  @Property
  void preparedTextMapsBackToTheOriginal(@ForAll("messyText") String text) {
    PlaceText t = PlaceText.of(text);
    for (int k = 0; k < t.length; k++) {
      assertThat(CharFold.fold(text.charAt(t.originStart(k)))).isEqualTo(t.chars[k]);
    }
  }

  @Property
  void theDetectorNeverThrowsWhateverTheRecordSays(
      @ForAll("messyText") String name, @ForAll("messyText") String address, @ForAll("messyText") String phone,
      @ForAll("messyText") String code) {
    Party p = Party.builder("x").name(name).address(address).phone(phone).registrationId(code)
        .postalCode(code).country(name).build();
    assertThatCode(() -> Geo.DETECTOR.assess(p)).doesNotThrowAnyException();
  }

  @Property
  void spacesApostrophesAndCaseDoNotChangeWhatALatinNameNames(
      @ForAll @IntRange(min = 0, max = 10_000) int which, @ForAll @IntRange(min = 1, max = 4) int cut) {
    PlaceForm form = LATIN_FORMS.get(which % LATIN_FORMS.size());
    String s = form.surface();
    int at = Math.min(cut, s.length() - 1);
    String messy = s.substring(0, at).toUpperCase() + "'" + s.substring(at);
    assertThat(Geo.GAZETTEER.lookup(messy)).extracting(PlaceForm::code)
        .containsExactlyInAnyOrderElementsOf(Geo.GAZETTEER.lookup(s).stream().map(PlaceForm::code).toList());
  }
}
