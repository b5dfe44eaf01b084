package org.threadline.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadline.core.BadInputException;
import org.threadline.core.model.Party;

class EncodingDetectionTest {
  private static final Charset GBK = Charset.forName("GBK");
  private static final Charset BIG5 = Charset.forName("Big5");

  /** Mainland suppliers as a Chinese Excel saves them: simplified characters, GBK. */
  private static final String SIMPLIFIED = "供应商名称,地址,电话\n"
      + "新疆华孚色纺有限公司,新疆阿克苏市纺织工业城,0997-2345678\n"
      + "合盛硅业股份有限公司,浙江省嘉兴市乍浦镇,0573-89179052\n"
      + "江苏阳光集团有限公司,江苏省江阴市新桥镇,0510-86121688\n";

  /** Taiwanese and Hong Kong suppliers: traditional characters, Big5. */
  private static final String TRADITIONAL = "公司名稱,地址,電話\n"
      + "台灣塑膠工業股份有限公司,台北市松山區敦化北路201號,02-27122211\n"
      + "遠東新世紀股份有限公司,台北市大安區敦化南路二段207號,02-27338000\n"
      + "聯華電子股份有限公司,新竹科學工業園區力行二路3號,03-5782258\n";

  @TempDir Path dir;

  private List<Party> parties(Path file, InputOptions options) {
    List<Party> parties = new ArrayList<>();
    try (PartySource source = PartyReader.open(file, options)) {
      source.forEachRemaining(parties::add);
    }
    return parties;
  }

  @Test
  void detectsGbkEncodedSimplifiedChinese() throws IOException {
    Path file = new TestFiles(dir).write("gbk.csv", SIMPLIFIED, GBK);
    List<String> warnings = new ArrayList<>();
    List<Party> parties = parties(file, new InputOptions(null, false, warnings::add));
    assertThat(parties).extracting(Party::name)
        .containsExactly("新疆华孚色纺有限公司", "合盛硅业股份有限公司", "江苏阳光集团有限公司");
    assertThat(parties.get(0).address()).isEqualTo("新疆阿克苏市纺织工业城");
    assertThat(warnings).singleElement().asString().contains("read as GB18030");
  }

  @Test
  void detectsBig5EncodedTraditionalChinese() throws IOException {
    Path file = new TestFiles(dir).write("big5.csv", TRADITIONAL, BIG5);
    List<Party> parties = parties(file, InputOptions.defaults());
    assertThat(parties).extracting(Party::name)
        .containsExactly("台灣塑膠工業股份有限公司", "遠東新世紀股份有限公司", "聯華電子股份有限公司");
    assertThat(parties.get(1).address()).isEqualTo("台北市大安區敦化南路二段207號");
  }

  @Test
  void tellsGbkFromBig5ByCommonHanCharacters() {
    byte[] gbk = SIMPLIFIED.getBytes(GBK);
    byte[] big5 = TRADITIONAL.getBytes(BIG5);
    assertThat(EncodingDetector.commonHanShare(gbk, EncodingDetector.GB18030))
        .isGreaterThan(EncodingDetector.commonHanShare(gbk, EncodingDetector.BIG5));
    assertThat(EncodingDetector.commonHanShare(big5, EncodingDetector.BIG5))
        .isGreaterThan(EncodingDetector.commonHanShare(big5, EncodingDetector.GB18030));
    assertThat(EncodingDetector.detect(gbk, gbk.length, true).orElseThrow().charset())
        .isEqualTo(EncodingDetector.GB18030);
    assertThat(EncodingDetector.detect(big5, big5.length, true).orElseThrow().charset())
        .isEqualTo(EncodingDetector.BIG5);
  }

  @Test
  void readsUtf8WithAndWithoutByteOrderMark() throws IOException {
    TestFiles files = new TestFiles(dir);
    byte[] text = SIMPLIFIED.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream withBom = new ByteArrayOutputStream();
    withBom.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    withBom.write(text);
    for (Path file : List.of(files.write("plain.csv", text), files.write("bom.csv",
        withBom.toByteArray()))) {
      try (TableSource source = TableReader.open(file, InputOptions.defaults())) {
        assertThat(source.header()).first().isEqualTo("供应商名称");
        assertThat(source.next().get("地址")).isEqualTo("新疆阿克苏市纺织工业城");
      }
    }
  }

  @Test
  void readsUtf8WithByteOrderMarkAsJsonAndJsonLines() throws IOException {
    TestFiles files = new TestFiles(dir);
    for (String name : List.of("s.json", "s.jsonl")) {
      String json = name.endsWith("l") ? "{\"name\": \"合盛\"}\n" : "[{\"name\": \"合盛\"}]";
      Path file = files.write(name, "\uFEFF" + json);
      assertThat(parties(file, InputOptions.defaults())).extracting(Party::name).containsExactly("合盛");
    }
  }

  @Test
  void usesTheGivenEncoding() throws IOException {
    Path file = new TestFiles(dir).write("big5.txt", TRADITIONAL, BIG5);
    List<Party> parties = parties(file, InputOptions.defaults().withEncoding(BIG5));
    assertThat(parties.get(2).name()).isEqualTo("聯華電子股份有限公司");
  }

  @Test
  void readsUtf16WithByteOrderMarkAsExcelSavesUnicodeText() throws IOException {
    Path file = new TestFiles(dir).write("unicode.txt", "\uFEFFname\tcity\n合盛\t石河子\n",
        StandardCharsets.UTF_16LE);
    assertThat(parties(file, InputOptions.defaults())).singleElement()
        .satisfies(p -> assertThat(p.city()).isEqualTo("石河子"));
  }

  @Test
  void bytesTheGivenEncodingCannotDecodeNameTheFileAndRow() throws IOException {
    Path file = new TestFiles(dir).write("gbk.csv", SIMPLIFIED, GBK);
    assertThatThrownBy(() -> parties(file, InputOptions.defaults().withEncoding(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(BadInputException.class, e -> {
          assertThat(e.file()).isEqualTo(file.toString());
          assertThat(e.row()).isZero();
          assertThat(e.reason()).contains("not valid UTF-8", "--encoding");
        });
  }

  @Test
  void badBytesBeyondTheDetectionPrefixNameTheFirstBadRow() throws IOException {
    StringBuilder text = new StringBuilder("name,city\n");
    for (int i = 1; i <= 5000; i++) {
      text.append("Supplier ").append(i).append(",Hotan\n");
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(text.toString().getBytes(StandardCharsets.UTF_8));
    bytes.write("新疆华孚,阿克苏\n".getBytes(GBK));
    Path file = new TestFiles(dir).write("late.csv", bytes.toByteArray());
    List<String> names = new ArrayList<>();
    assertThatThrownBy(() -> {
      try (PartySource source = PartyReader.open(file, InputOptions.defaults())) {
        source.forEachRemaining(p -> names.add(p.name()));
      }
    }).isInstanceOfSatisfying(BadInputException.class, e -> {
      assertThat(e.row()).isEqualTo(5001);
      assertThat(e.reason()).contains("not valid UTF-8");
    });
    assertThat(names).hasSize(5000);
  }

  @Test
  void readsWesternTextInTheEncodingIcuRecognises() throws IOException {
    String text = "name,address\n"
        + "Société Générale de Textile,\"12 rue de l’Église, Roubaix\"\n"
        + "Müller Spinnerei GmbH,\"Straße des 17. Juni 4, Chemnitz\"\n"
        + "Tejidos Peñalba S.A.,\"Calle Mayor 3, Béjar\"\n";
    Path file = new TestFiles(dir).write("latin.csv", text, Charset.forName("windows-1252"));
    assertThat(parties(file, InputOptions.defaults())).extracting(Party::name).containsExactly(
        "Société Générale de Textile", "Müller Spinnerei GmbH", "Tejidos Peñalba S.A.");
  }
}
