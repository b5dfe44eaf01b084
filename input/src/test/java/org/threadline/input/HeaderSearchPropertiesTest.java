package org.threadline.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.threadline.core.model.Party;

/**
 * Whatever title rows an export puts above its header (words, dates, separators, blank rows),
 * the parties read are those of the same table without them.
 */
class HeaderSearchPropertiesTest {
  private static final String TABLE = "Supplier Name,Country,Address\n"
      + "Acme Cotton Co,VN,\"1 Road, Hanoi\"\n"
      + "Beta Yarn Mill,CN,Keqiao\n";

  /** A title row: words and digits with commas or semicolons, never naming a column. */
  private static Gen<String> titleRow() {
    Gen<String> word = strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 8)
        .map(w -> "x" + w);
    Gen<Integer> separators = integers().between(0, 3);
    return lists().of(word).ofSizeBetween(0, 4).zip(separators, (words, commas) ->
        String.join(" ", words) + ",".repeat(commas));
  }

  private static List<Party> read(String text) {
    List<Party> out = new ArrayList<>();
    InputOptions options = InputOptions.defaults()
        .withHeader(PartyReader::namesANameOrAddressColumn);
    try (PartySource s = PartyReader.from(
        TableReader.open(new StringReader(text), "export.csv", options))) {
      s.forEachRemaining(out::add);
    }
    return out;
  }

  @Test
  void titleRowsAboveTheHeaderChangeNoParty() {
    List<Party> plain = read(TABLE);
    qt().withExamples(300).forAll(lists().of(titleRow()).ofSizeBetween(0, 6))
        .checkAssert(titles -> {
          StringBuilder text = new StringBuilder();
          titles.forEach(t -> text.append(t).append('\n'));
          assertThat(read(text + TABLE)).isEqualTo(plain);
        });
  }
}
