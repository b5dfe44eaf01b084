package org.threadline.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadline.core.BadInputException;
import org.threadline.core.lists.ListEntry;

class FtmImporterTest {
  @TempDir Path dir;

  @Test
  void importsEntitySchemataAndSkipsStatements() throws IOException {
    Path f = dir.resolve("sdn.jsonl");
    Files.writeString(f, String.join("\n",
        "{\"properties\":{\"name\":[\"Xinjiang Production and Construction Corps\",\"XPCC\"],\"alias\":[\"Bingtuan\"],"
            + "\"country\":[\"cn\"],\"address\":[\"Urumqi\"],\"notes\":[\"and its subordinate and affiliated entities\"],"
            + "\"sanctions\":[{\"nested\":true}]},\"schema\":\"Organization\",\"id\":\"ofac-1\",\"datasets\":[\"us_ofac_sdn\"]}",
        "{\"id\":\"own-1\",\"schema\":\"Ownership\",\"properties\":{\"owner\":[\"ofac-1\"],\"asset\":[\"ofac-2\"]}}",
        "{\"id\":\"ofac-2\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Wang Junzheng\"],\"nationality\":[\"cn\"],\"topics\":[\"sanction\"]}}",
        "{\"id\":\"ofac-3\",\"schema\":\"Vessel\",\"properties\":{\"name\":[\"Da Wang\"],\"flag\":[\"vu\"],\"imoNumber\":[\"IMO1234567\"]}}",
        "{\"id\":\"s-1\",\"schema\":\"Sanction\",\"properties\":{\"entity\":[\"ofac-1\"]}}",
        "", "{\"id\":\"no-name\",\"schema\":\"Company\",\"properties\":{}}"));
    List<ListEntry> entries = new ArrayList<>();
    long n = FtmImporter.stream(f, "sdn", entries::add);
    assertThat(n).isEqualTo(3);
    ListEntry xpcc = entries.get(0);
    assertThat(xpcc.id()).isEqualTo("ofac-1");
    assertThat(xpcc.listId()).isEqualTo("sdn");
    assertThat(xpcc.name()).isEqualTo("Xinjiang Production and Construction Corps");
    assertThat(xpcc.aliases()).containsExactly("XPCC", "Bingtuan");
    assertThat(xpcc.addresses()).containsExactly("Urumqi");
    assertThat(xpcc.includesSubsidiaries()).isTrue();
    assertThat(xpcc.properties()).containsEntry("schema", "Organization");
    assertThat(entries.get(1).country()).isEqualTo("cn");
    assertThat(entries.get(2).properties()).containsEntry("imoNumber", "IMO1234567");
  }

  @Test
  void namesTheLineOfBrokenJson() throws IOException {
    Path f = dir.resolve("broken.jsonl");
    Files.writeString(f, "{\"id\":\"a\",\"schema\":\"Company\",\"properties\":{\"name\":[\"A\"]}}\n{\"id\": \"b\", \n");
    assertThatThrownBy(() -> FtmImporter.stream(f, "x", e -> { }))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("broken.jsonl, row 3")
        .hasMessageContaining("not valid JSON");
  }

  @Test
  void streamsAMillionLineFile() throws IOException {
    Path f = dir.resolve("big.ftm.json");
    try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
      for (int i = 0; i < 1_000_000; i++) {
        if (i % 2 == 0) {
          w.write("{\"id\":\"c" + i + "\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Company " + i + "\"]}}\n");
        } else {
          w.write("{\"id\":\"s" + i + "\",\"schema\":\"Sanction\",\"properties\":{\"entity\":[\"c" + (i - 1) + "\"]}}\n");
        }
      }
    }
    AtomicLong last = new AtomicLong();
    long n = FtmImporter.stream(f, "big", e -> last.set(Long.parseLong(e.id().substring(1))));
    assertThat(n).isEqualTo(500_000);
    assertThat(last.get()).isEqualTo(999_998);
  }
}
