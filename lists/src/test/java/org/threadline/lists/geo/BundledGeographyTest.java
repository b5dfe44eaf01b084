package org.threadline.lists.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.threadline.core.model.Party;

class BundledGeographyTest {

  @Test
  void loadsOnceAndHandsOutTheSameObjects() {
    assertThat(BundledGeography.nexusDetector()).isSameAs(BundledGeography.nexusDetector());
    assertThat(BundledGeography.gazetteer()).isSameAs(BundledGeography.gazetteer());
    assertThat(BundledGeography.placeResolver()).isSameAs(BundledGeography.placeResolver());
  }

  @Test
  void theBundledDetectorFindsAXinjiangAddressAndSaysWhichDataItUsed() {
    var findings = BundledGeography.nexusDetector()
        .detect(Party.builder("S-1").address("新疆阿克苏地区阿瓦提县").build());
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.divisionCode()).isEqualTo("652928");
      assertThat(f.explanation()).anySatisfy(e -> assertThat(e.detail()).contains(BundledGeography.DATA_VERSION));
    });
  }

  @Test
  void theGazetteerAndResolverComeFromTheBundledData() {
    assertThat(BundledGeography.gazetteer().resolve("Kashgar").code()).isEqualTo("6531");
    assertThat(BundledGeography.placeResolver().resolve("广东省深圳市南山区").orElseThrow().prefecture().englishName())
        .isEqualTo("Shenzhen");
  }
}
