package org.threadline.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A version's fingerprint follows the lists' content and nothing else. */
class ListVersionTest {
  @TempDir Path home;

  @Test
  void theSameListsGiveTheSameFingerprintAndOneMoreAliasAnother() throws Exception {
    Path list = home.resolve("own.csv");
    Files.writeString(list, "id,name,aliases\nO-1,Acme Tiles Company,\n", StandardCharsets.UTF_8);
    ListSource source = ListSource.bundled().withFiles(List.of(list));
    ListVersion a = ScreeningEngine.builder(source).build().lists();
    ListVersion b = ScreeningEngine.builder(source).build().lists();
    assertThat(b.fingerprint()).isEqualTo(a.fingerprint()).hasSize(64);

    Files.writeString(
        list, "id,name,aliases\nO-1,Acme Tiles Company,Acme\n", StandardCharsets.UTF_8);
    ListVersion c = ScreeningEngine.builder(source).build().lists();
    assertThat(c.fingerprint()).isNotEqualTo(a.fingerprint());
    assertThat(c.infos()).extracting(i -> i.id()).contains("uflpa", "cbp_wro", "own", "dol_tvpra");
  }
}
