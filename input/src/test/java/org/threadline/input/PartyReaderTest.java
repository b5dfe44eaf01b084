package org.threadline.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadline.core.BadInputException;
import org.threadline.core.model.Party;

class PartyReaderTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return new TestFiles(dir).write(name, text);
  }

  private static List<Party> readAll(Path file) {
    List<Party> parties = new ArrayList<>();
    try (PartySource source = PartyReader.open(file, InputOptions.defaults())) {
      source.forEachRemaining(parties::add);
    }
    return parties;
  }

  @Test
  void mapsSynonymHeadersToContractColumnsAndCarriesUnknownColumnsInFileOrder() throws IOException {
    Path file = write("s.csv", "Internal Ref,Supplier_Name,AKA,Street,Zip,Province,Tel,USCC,URL,"
        + "HS Code,Goods,Buyer\n"
        + "R1,Acme Ltd,Acme;  ACME Co ;Acme Ltd,1 Road,830000,Xinjiang,+86 991,91650100X,acme.cn,"
        + "5201,cotton,Jane\n");
    try (PartySource source = PartyReader.open(file, InputOptions.defaults())) {
      assertThat(source.extraColumns()).containsExactly("Internal Ref", "Buyer");
      Party party = source.next();
      assertThat(party.id()).isEqualTo("1");
      assertThat(party.name()).isEqualTo("Acme Ltd");
      assertThat(party.aliases()).containsExactly("Acme", "ACME Co");
      assertThat(party.address()).isEqualTo("1 Road");
      assertThat(party.postalCode()).isEqualTo("830000");
      assertThat(party.region()).isEqualTo("Xinjiang");
      assertThat(party.phone()).isEqualTo("+86 991");
      assertThat(party.registrationId()).isEqualTo("91650100X");
      assertThat(party.website()).isEqualTo("acme.cn");
      assertThat(party.hts()).isEqualTo("5201");
      assertThat(party.product()).isEqualTo("cotton");
      assertThat(party.extra()).containsExactly(
          java.util.Map.entry("Internal Ref", "R1"), java.util.Map.entry("Buyer", "Jane"));
    }
  }

  @Test
  void mapsChineseHeaders() throws IOException {
    Path file = write("s.csv", "序号,供应商名称,地址,电话,统一社会信用代码\nS-9,新疆某某棉业有限公司,新疆阿克苏市,0997-1234567,91652900X\n");
    Party party = readAll(file).get(0);
    assertThat(party.id()).isEqualTo("S-9");
    assertThat(party.name()).isEqualTo("新疆某某棉业有限公司");
    assertThat(party.address()).isEqualTo("新疆阿克苏市");
    assertThat(party.phone()).isEqualTo("0997-1234567");
    assertThat(party.registrationId()).isEqualTo("91652900X");
  }

  @Test
  void idDefaultsToTheRowNumberAndABlankIdToo() throws IOException {
    List<Party> parties = readAll(write("s.csv", "id,name\n,A\nX-2,B\n,C\n"));
    assertThat(parties).extracting(Party::id).containsExactly("1", "X-2", "3");
  }

  @Test
  void readsAliasesFromAJsonArray() throws IOException {
    Path file = write("s.json", "[{\"company\": \"Acme\", \"aliases\": [\"A;1\", \"B\"], \"x\": {\"k\": 1}}]");
    try (PartySource source = PartyReader.open(file, InputOptions.defaults())) {
      Party party = source.next();
      assertThat(party.aliases()).containsExactly("A;1", "B");
      assertThat(party.extra()).containsEntry("x", "{\"k\":1}");
    }
  }

  @Test
  void theFirstColumnMeaningNameWinsAndTheOthersAreCarried() throws IOException {
    try (PartySource source = PartyReader.open(write("s.csv", "Company,Vendor Name\nA,B\n"),
        InputOptions.defaults())) {
      Party party = source.next();
      assertThat(party.name()).isEqualTo("A");
      assertThat(party.extra()).containsEntry("Vendor Name", "B");
    }
  }

  @Test
  void anAddressAloneIsEnough() throws IOException {
    assertThat(readAll(write("s.csv", "address\nKashgar\n"))).singleElement()
        .satisfies(p -> assertThat(p.address()).isEqualTo("Kashgar"));
  }

  @Test
  void failsNamingTheColumnsWhenThereIsNoNameOrAddress() throws IOException {
    Path file = write("s.csv", "city,phone\nA,1\n");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> PartyReader.open(file,
            InputOptions.defaults()))
        .isInstanceOfSatisfying(BadInputException.class, e -> {
          assertThat(e.file()).isEqualTo(file.toString());
          assertThat(e.row()).isZero();
          assertThat(e.reason()).contains("no name or address column", "city, phone");
        });
  }

  @Test
  void headerOnlyGivesNoParties() throws IOException {
    assertThat(readAll(write("s.csv", "name\n"))).isEmpty();
    assertThat(readAll(write("s.json", "[]"))).isEmpty();
  }

  @Test
  void readsTheBundledExampleSupplierFile() {
    Path file = Path.of("../examples/suppliers.csv");
    try (PartySource source = PartyReader.open(file, InputOptions.defaults())) {
      assertThat(source.extraColumns()).containsExactly("buyer", "annual_spend_usd");
      List<Party> parties = new ArrayList<>();
      source.forEachRemaining(parties::add);
      assertThat(parties).hasSizeGreaterThan(40)
          .allSatisfy(p -> assertThat(p.name() != null || p.address() != null).isTrue());
      assertThat(parties.get(0).id()).isEqualTo("S-01");
    }
  }
}
