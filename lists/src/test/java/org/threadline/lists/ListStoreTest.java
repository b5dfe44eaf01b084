package org.threadline.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadline.core.BadInputException;
import org.threadline.core.lists.ListEntry;
import org.threadline.core.lists.ListInfo;
import org.threadline.core.lists.ReferenceList;
import org.threadline.core.model.FindingKind;
import org.threadline.lists.bundled.BundledData;


class ListStoreTest {
  @TempDir Path home;

  private static final String UFLPA_CSV = "name,aliases,section,effective_date,addresses,source,notes\n"
      + "\"Hoshine Silicon Industry (Shanshan) Co., Ltd.\",Hoshine,i,2022-06-21,,DHS,including subsidiaries\n"
      + "\"New Listed Entity Co., Ltd.\",NLE; New Listed,v,2025-09-30,,DHS,\n";

  private static String bundledDigest() throws Exception {
    try (var in = BundledData.open("lists/uflpa_entity_list.csv")) {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
    }
  }

  private Path write(String name, String text) throws IOException {
    Path p = home.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void aUserCopyReplacesTheBundledOneAndNeverTouchesIt() throws Exception {
    String before = bundledDigest();
    Path file = write("uflpa-2025-09.csv", UFLPA_CSV);
    ListStore store = new ListStore(home.resolve("data"));
    ListInfo saved = store.update("uflpa", file);

    assertThat(saved.origin()).isEqualTo("user");
    assertThat(saved.version()).isEqualTo("2025-09-30");
    assertThat(saved.source()).isEqualTo("uflpa-2025-09.csv");
    assertThat(saved.retrieved()).isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
    assertThat(saved.complete()).isTrue();
    assertThat(bundledDigest()).isEqualTo(before);

    ReferenceList reloaded = new ListStore(home.resolve("data")).entityList("uflpa");
    assertThat(reloaded.info()).isEqualTo(saved);
    assertThat(reloaded.entries()).extracting(ListEntry::name)
        .containsExactly("Hoshine Silicon Industry (Shanshan) Co., Ltd.", "New Listed Entity Co., Ltd.");
    assertThat(reloaded.entries().get(1).aliases()).containsExactly("NLE", "New Listed");
    // The other lists are still the bundled ones.
    assertThat(new ListStore(home.resolve("data")).entityList("cbp_wro").info().origin()).isEqualTo("bundled");
    assertThat(new ListStore(null).entityList("uflpa").entries()).hasSize(95);
  }

  @Test
  void loadsTheDhsPageSavedAsHtml() throws Exception {
    Path file = write("UFLPA Entity List _ Homeland Security.html", DhsPageFixture.html());
    ListStore store = new ListStore(home.resolve("data"));
    ListInfo saved = store.update("uflpa", file);
    assertThat(saved.version()).isEqualTo("2025-01-15");
    ReferenceList list = new ListStore(home.resolve("data")).entityList("uflpa");
    assertThat(list.entries()).hasSize(22);
    assertThat(list.info().source()).isEqualTo("UFLPA Entity List _ Homeland Security.html");
  }

  @Test
  void readsAPageSavedInTheEncodingItDeclares() throws Exception {
    String html = DhsPageFixture.html().replace("<meta charset=\"utf-8\">", "<meta charset=\"windows-1252\">")
        .replace("Baoding LYSZD Trade and Business", "Baoding LYSZD Trade and Business\u00A0Caf\u00E9");
    Path file = home.resolve("page-1252.html");
    Files.write(file, html.getBytes(java.nio.charset.Charset.forName("windows-1252")));
    ListInfo saved = new ListStore(home.resolve("data")).update("uflpa", file);
    assertThat(saved.version()).isEqualTo("2025-01-15");
    assertThat(new ListStore(home.resolve("data")).entityList("uflpa").entries())
        .anyMatch(e -> e.name().startsWith("Baoding LYSZD Trade and Business Caf\u00E9"));
  }

  @Test
  void anInvalidFileChangesNothing() throws Exception {
    ListStore store = new ListStore(home.resolve("data"));
    store.update("uflpa", write("good.csv", UFLPA_CSV));
    List<Path> before = listing(home.resolve("data"));
    Path bad = write("bad.html", "<html><body><p>Page not found</p></body></html>");
    assertThatThrownBy(() -> store.update("uflpa", bad))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("bad.html")
        .hasMessageContaining("found 0 entities");
    assertThat(listing(home.resolve("data"))).isEqualTo(before);
    assertThat(new ListStore(home.resolve("data")).entityList("uflpa").entries()).hasSize(2);
  }

  @Test
  void aSecondUpdateLeavesOneSavedCopy() throws Exception {
    ListStore store = new ListStore(home.resolve("data"));
    store.update("uflpa", write("a.csv", UFLPA_CSV));
    store.update("uflpa", write("b.csv", UFLPA_CSV.replace("2025-09-30", "2025-10-01")));
    assertThat(listing(home.resolve("data"))).extracting(p -> p.getFileName().toString())
        .filteredOn(n -> n.startsWith("uflpa-")).hasSize(1);
    assertThat(new ListStore(home.resolve("data")).entityList("uflpa").info().version()).isEqualTo("2025-10-01");
  }

  @Test
  void aCbpCopyInCbpsOwnLayoutIsVerifiedAndATranscriptionIsNot() throws Exception {
    ListStore store = new ListStore(home.resolve("data"));
    ListInfo own = store.update("cbp_wro", write("cbp.csv",
        "Calendar Year,Country,Country Code,Entity,Industry,Status,WRO/Finding,Effective Date,Press Release,Remarks\n"
            + "2021,China,CN,\"Hoshine Silicon Industry Co., Ltd.\",Industrial,Active,WRO,06/24/2021,,\n"));
    assertThat(own.verified()).isTrue();
    assertThat(own.version()).isEqualTo("2021-06-24");
    ListInfo copy = store.update("cbp_wro", write("copy.csv",
        "Entity,Country,Industry,Effective Date,WRO/Finding\nXiang-Yang Machinery Plant,China,Machinery,11/6/1991,WRO\n"));
    assertThat(copy.verified()).isFalse();
    assertThat(copy.notice()).contains("not verified");
  }

  @Test
  void updatesTheDolListFromANewerLayout() throws Exception {
    ListStore store = new ListStore(home.resolve("data"));
    store.update("dol_tvpra", write("dol2024.csv", "Country/Area,Good,Exploitation Type\nChina,Polysilicon,Forced Labor\n"));
    var dol = new ListStore(home.resolve("data")).dolTvpra();
    assertThat(dol.info().origin()).isEqualTo("user");
    assertThat(dol.goods()).hasSize(1);
  }

  @Test
  void refusesUnknownListsAndHtmlForListsOtherThanUflpa() throws Exception {
    ListStore store = new ListStore(home.resolve("data"));
    Path f = write("x.csv", UFLPA_CSV);
    assertThatThrownBy(() -> store.update("ofac", f)).isInstanceOf(BadInputException.class)
        .hasMessageContaining("unknown list 'ofac'");
    Path html = write("x.html", DhsPageFixture.html());
    assertThatThrownBy(() -> store.update("cbp_wro", html)).isInstanceOf(BadInputException.class)
        .hasMessageContaining("only the UFLPA Entity List");
    assertThatThrownBy(() -> store.update("uflpa", home.resolve("missing.csv"))).isInstanceOf(BadInputException.class)
        .hasMessageContaining("no such file");
  }

  @Test
  void readsSanctionsListsFromTheUserFolder() throws Exception {
    Path dir = Files.createDirectories(home.resolve("data/sanctions"));
    Files.writeString(dir.resolve("us_ofac_sdn.ftm.json"),
        "{\"id\":\"NK-1\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Xinjiang Production and Construction Corps\"],"
            + "\"alias\":[\"XPCC\"],\"country\":[\"cn\"]}}\n"
            + "{\"id\":\"S-1\",\"schema\":\"Sanction\",\"properties\":{\"entity\":[\"NK-1\"]}}\n");
    ListStore store = new ListStore(home.resolve("data"));
    assertThat(store.entityLists()).extracting(l -> l.info().id()).containsExactly("uflpa", "cbp_wro", "us_ofac_sdn");
    ReferenceList sdn = store.entityList("us_ofac_sdn");
    assertThat(sdn.info().findingKind()).isEqualTo(FindingKind.SANCTIONS_MATCH);
    assertThat(sdn.entries()).singleElement().satisfies(e -> {
      assertThat(e.id()).isEqualTo("NK-1");
      assertThat(e.aliases()).containsExactly("XPCC");
      assertThat(e.country()).isEqualTo("cn");
    });
  }

  @Test
  void savesAFollowTheMoneyFileAsASanctionsList() throws Exception {
    Path f = write("sdn.jsonl", "{\"id\":\"NK-1\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Acme\"]}}\n");
    ListStore store = new ListStore(home.resolve("data"));
    ListInfo info = store.update("us_ofac_sdn", f);
    assertThat(info.id()).isEqualTo("us_ofac_sdn");
    assertThat(info.findingKind()).isEqualTo(FindingKind.SANCTIONS_MATCH);
    assertThat(Files.exists(home.resolve("data/sanctions/us_ofac_sdn.ftm.json"))).isTrue();
    assertThat(new ListStore(home.resolve("data")).entityList("us_ofac_sdn").entries()).hasSize(1);
    Path empty = write("none.jsonl", "{\"id\":\"S\",\"schema\":\"Sanction\",\"properties\":{}}\n");
    assertThatThrownBy(() -> store.update("other", empty)).isInstanceOf(BadInputException.class)
        .hasMessageContaining("holds no FollowTheMoney entities");
    assertThat(Files.exists(home.resolve("data/sanctions/other.ftm.json"))).isFalse();
  }

  @Test
  void diffsTwoCopiesByName() throws Exception {
    ListStore store = new ListStore(null);
    ReferenceList older = store.readEntityFile("uflpa", write("old.csv", UFLPA_CSV));
    ReferenceList newer = store.readEntityFile("uflpa", write("new.csv",
        "name,aliases,section,effective_date,addresses,source,notes\n"
            + "\"New Listed Entity Co., Ltd.\",NLE,v,2025-09-30,,DHS,\n"
            + "\"Another Added Co., Ltd.\",,ii,2025-11-01,,DHS,\n"));
    ListDiff diff = ListStore.diff(older, newer);
    assertThat(diff.added()).extracting(ListEntry::name).containsExactly("Another Added Co., Ltd.");
    assertThat(diff.removed()).extracting(ListEntry::name).containsExactly("Hoshine Silicon Industry (Shanshan) Co., Ltd.");
    assertThat(diff.changed()).singleElement().satisfies(c -> assertThat(c.fields()).containsExactly("aliases"));
    assertThat(diff.oldVersion()).isEqualTo("2025-09-30");
    assertThat(diff.newVersion()).isEqualTo("2025-11-01");
    assertThat(ListStore.diff(newer, newer).isEmpty()).isTrue();
  }

  private static List<Path> listing(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.sorted().toList();
    }
  }
}
