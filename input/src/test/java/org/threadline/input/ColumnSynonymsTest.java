package org.threadline.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColumnSynonymsTest {
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
