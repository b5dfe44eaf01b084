package org.threadline.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.threadline.core.testing.Generators.range;
import static org.threadline.core.testing.Generators.strings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.threadline.core.model.Party;

class PlaceTextPropertiesTest {
  private static final List<PlaceForm> LATIN_FORMS =
      Geo.GAZETTEER.forms().stream().filter(PlaceForm::latin).toList();

  private static final Gen<String> MESSY_TEXT =
      strings("新疆乌鲁木齐市路号 ,.'-Üümqirk0123456789ＡＢ（）团师兵+" + range('a', 'z') + range('\u4e00', '\u4e20'), 0, 60);

  @Test
  void foldingIsIdempotent() {
    qt().forAll(MESSY_TEXT).checkAssert(text -> {
      String key = PlaceText.keyOf(text);
      assertThat(PlaceText.keyOf(key)).isEqualTo(key);
    });
  }

  @Test
  void preparedTextMapsBackToTheOriginal() {
    qt().forAll(MESSY_TEXT).checkAssert(text -> {
      PlaceText t = PlaceText.of(text);
      for (int k = 0; k < t.length; k++) {
        assertThat(CharFold.fold(text.charAt(t.originStart(k)))).isEqualTo(t.chars[k]);
      }
    });
  }

  @Test
  void theDetectorNeverThrowsWhateverTheRecordSays() {
    qt().forAll(MESSY_TEXT, MESSY_TEXT, MESSY_TEXT, MESSY_TEXT).checkAssert((name, address, phone, code) -> {
      Party p = Party.builder("x").name(name).address(address).phone(phone).registrationId(code)
          .postalCode(code).country(name).build();
      assertThatCode(() -> Geo.DETECTOR.assess(p)).doesNotThrowAnyException();
    });
  }

  @Test
  void spacesApostrophesAndCaseDoNotChangeWhatALatinNameNames() {
    qt().forAll(integers().between(0, 10_000), integers().between(1, 4)).checkAssert((which, cut) -> {
      PlaceForm form = LATIN_FORMS.get(which % LATIN_FORMS.size());
      String s = form.surface();
      int at = Math.min(cut, s.length() - 1);
      String messy = s.substring(0, at).toUpperCase() + "'" + s.substring(at);
      assertThat(Geo.GAZETTEER.lookup(messy)).extracting(PlaceForm::code)
          .containsExactlyInAnyOrderElementsOf(Geo.GAZETTEER.lookup(s).stream().map(PlaceForm::code).toList());
    });
  }
}
