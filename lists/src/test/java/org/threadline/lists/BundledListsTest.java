package org.threadline.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.threadline.core.lists.ListEntry;
import org.threadline.core.lists.ReferenceList;
import org.threadline.core.lists.TvpraGood;
import org.threadline.core.lists.TvpraList;
import org.threadline.core.model.FindingKind;

class BundledListsTest {
  private final ListStore store = new ListStore(null);

  private ListEntry uflpa(String name) {
    return store.entityList("uflpa").entries().stream()
        .filter(e -> e.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void loadsEveryRowOfTheBundledUflpaListWithStableIds() {
    ReferenceList uflpa = store.entityList("uflpa");
    assertThat(uflpa.entries()).hasSize(95);
    assertThat(uflpa.entries().get(0).id()).isEqualTo("uflpa-0001");
    assertThat(uflpa.entries().get(94).id()).isEqualTo("uflpa-0095");
    List<String> again = new ListStore(null).entityList("uflpa").entries().stream().map(ListEntry::id).toList();
    assertThat(uflpa.entries().stream().map(ListEntry::id).toList()).isEqualTo(again);
    assertThat(uflpa.entries().get(0).name()).isEqualTo("Baoding LYSZD Trade and Business Co., Ltd.");
  }

  @Test
  void uflpaInfoSaysTheBundledCopyIsPartialAndHowToUpdate() {
    var info = store.entityList("uflpa").info();
    assertThat(info.complete()).isFalse();
    assertThat(info.origin()).isEqualTo("bundled");
    assertThat(info.findingKind()).isEqualTo(FindingKind.ENTITY_LIST_MATCH);
    assertThat(info.notice()).contains("95", "144", "threadline lists update --list uflpa FILE");
    assertThat(info.version()).isNotBlank();
    assertThat(info.licence()).isNotBlank();
  }

  @Test
  void splitsUflpaAliasesAndKeepsSectionDateAndSource() {
    ListEntry e = uflpa("Changhong Meiling Co., Ltd.");
    assertThat(e.aliases()).containsExactly("Hefei Meiling Co., Ltd.", "Hefei Meiling Group Holdings Limited");
    assertThat(e.section()).isEqualTo("ii");
    assertThat(e.effectiveDate()).isEqualTo("2022-06-21");
    assertThat(e.properties().get("source")).startsWith("FLETF UFLPA Strategy initial list");
    assertThat(e.notes()).contains("renamed");
  }

  @Test
  void marksEntitiesListedWithTheirSubsidiariesAndOnlyThose() {
    assertThat(uflpa("Xinjiang Production and Construction Corps").includesSubsidiaries()).isTrue();
    assertThat(uflpa("Hoshine Silicon Industry (Shanshan) Co., Ltd.").includesSubsidiaries()).isTrue();
    assertThat(uflpa("Ninestar Corporation").includesSubsidiaries()).isTrue();
    assertThat(uflpa("Zhuhai Pantum Electronics Co., Ltd.").includesSubsidiaries()).isFalse();
    assertThat(uflpa("Western Gold Co., Ltd.").includesSubsidiaries()).isFalse();
    assertThat(uflpa("Chenguang Biotechnology Group Yanqi Co. Ltd.").includesSubsidiaries()).isFalse();
  }

  @Test
  void loadsTheCbpListAsUnverifiedWithAkaAliasesSplit() {
    ReferenceList cbp = store.entityList("cbp_wro");
    assertThat(cbp.entries()).hasSize(54);
    assertThat(cbp.info().verified()).isFalse();
    assertThat(cbp.info().notice()).contains("NOT verified");
    assertThat(cbp.info().findingKind()).isEqualTo(FindingKind.WRO_MATCH);
    ListEntry yunnan = cbp.entries().get(3);
    assertThat(yunnan.id()).isEqualTo("cbp_wro-0004");
    assertThat(yunnan.name()).isEqualTo("Yunnan Machinery");
    assertThat(yunnan.aliases()).containsExactly("Golden Horse (JinMa) Diesel Factory", "Yunnan 1st Prison");
    assertThat(yunnan.effectiveDate()).isEqualTo("1991-11-14");
    assertThat(yunnan.country()).isEqualTo("China");
    assertThat(yunnan.properties()).containsEntry("action", "WRO").containsEntry("industry", "Automotive and Aerospace");
  }

  @Test
  void loadsTheDolGoodsWithChildAndForcedLabourMarks() {
    TvpraList dol = store.dolTvpra();
    assertThat(dol.info().id()).isEqualTo("dol_tvpra");
    assertThat(dol.info().version()).isEqualTo("2016");
    assertThat(dol.goods()).contains(new TvpraGood("Afghanistan", "Bricks", true, true),
        new TvpraGood("Afghanistan", "Carpets", true, false));
    assertThat(dol.goods()).anySatisfy(g -> {
      assertThat(g.country()).isEqualTo("China");
      assertThat(g.good()).isEqualTo("Cotton");
      assertThat(g.forcedLabour()).isTrue();
    });
    Set<String> keys = new HashSet<>();
    for (TvpraGood g : dol.goods()) {
      assertThat(keys.add(g.country() + "|" + g.good())).as("one row per country and good").isTrue();
      assertThat(g.childLabour() || g.forcedLabour()).isTrue();
    }
  }

  @Test
  void entityListsAreUflpaThenCbpWithoutAUserFolder() {
    assertThat(store.entityLists()).extracting(l -> l.info().id()).containsExactly("uflpa", "cbp_wro");
    assertThat(store.infos()).extracting(i -> i.id()).containsExactly("uflpa", "cbp_wro", "dol_tvpra");
  }
}
