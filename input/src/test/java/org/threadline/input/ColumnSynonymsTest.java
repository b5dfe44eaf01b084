package org.threadline.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ColumnSynonymsTest {

  @Property(tries = 2000)
  void normalisationIsIdempotent(@ForAll String header) {
    String once = ColumnSynonyms.normalise(header);
    assertThat(ColumnSynonyms.normalise(once)).isEqualTo(once);
  }

  @Property(tries = 2000)
  void normalisationIsIdempotentOnHeaderLikeText(@ForAll("headerLike") String header) {
    String once = ColumnSynonyms.normalise(header);
    assertThat(ColumnSynonyms.normalise(once)).isEqualTo(once);
  }

  /** Text made of what headers hold: case, digits, separators, full width, marks, a BOM. */
  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> headerLike() {
    return net.jqwik.api.Arbitraries.strings()
        .withChars("aAzZ09_-./:() \t\u00A0\u3000\uFEFF\u0301\u00DF\u0130ＡＢ１①㎏¼新疆İ#")
        .ofMaxLength(12);
  }

  @Property(tries = 500)
  void everySynonymMatchesWhateverItsCaseAndSeparators(@ForAll("columns") String column) {
    for (String synonym : ColumnSynonyms.synonymsOf(column)) {
      String shouted = "  " + synonym.toUpperCase(Locale.ROOT).replace(' ', '_') + " ";
      assertThat(ColumnSynonyms.columnFor(shouted)).as(shouted).contains(column);
    }
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> columns() {
    return net.jqwik.api.Arbitraries.of(ColumnSynonyms.COLUMNS);
  }

  @Test
  void foldsCaseWidthCamelCaseAndSeparators() {
    assertThat(ColumnSynonyms.normalise("\uFEFF Postal_Code ")).isEqualTo("postal code");
    assertThat(ColumnSynonyms.normalise("postalCode")).isEqualTo("postal code");
    assertThat(ColumnSynonyms.normalise("ＰＯＳＴＡＬ　ＣＯＤＥ")).isEqualTo("postal code");
    assertThat(ColumnSynonyms.normalise("HSCode")).isEqualTo("hs code");
    assertThat(ColumnSynonyms.normalise("Address1")).isEqualTo("address 1");
    assertThat(ColumnSynonyms.normalise("国家/地区")).isEqualTo("国家 地区");
  }

  @Test
  void mapsTheSynonymsTheContractNames() {
    assertThat(ColumnSynonyms.columnFor("Supplier Name")).contains("name");
    assertThat(ColumnSynonyms.columnFor("FACTORY_NAME")).contains("name");
    assertThat(ColumnSynonyms.columnFor("Legal name")).contains("name");
    assertThat(ColumnSynonyms.columnFor("Other Names")).contains("aliases");
    assertThat(ColumnSynonyms.columnFor("Address Line 1")).contains("address");
    assertThat(ColumnSynonyms.columnFor("Post Code")).contains("postal_code");
    assertThat(ColumnSynonyms.columnFor("State")).contains("region");
    assertThat(ColumnSynonyms.columnFor("Telephone")).contains("phone");
    assertThat(ColumnSynonyms.columnFor("Unified Social Credit Code")).contains("registration_id");
    assertThat(ColumnSynonyms.columnFor("Tax ID")).contains("registration_id");
    assertThat(ColumnSynonyms.columnFor("Web")).contains("website");
    assertThat(ColumnSynonyms.columnFor("HTS Code")).contains("hts");
    assertThat(ColumnSynonyms.columnFor("Products")).contains("product");
    assertThat(ColumnSynonyms.columnFor("公司名称")).contains("name");
    assertThat(ColumnSynonyms.columnFor("统一社会信用代码")).contains("registration_id");
    assertThat(ColumnSynonyms.columnFor("registration_id")).contains("registration_id");
    assertThat(ColumnSynonyms.columnFor("notes")).isEmpty();
  }
}
