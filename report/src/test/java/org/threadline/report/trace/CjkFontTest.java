package org.threadline.report.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CjkFontTest {
  private static final Path WQY = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
  private static final Path NOTO = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");

  @Test
  void acceptsACollectionWithTrueTypeOutlines() {
    assumeTrue(Files.exists(WQY), "fonts-wqy-zenhei is not installed");
    assertThat(CjkFont.usable(WQY)).isTrue();
  }

  @Test
  void skipsNotoSansCjkWhoseCffOutlinesPdfboxCannotSubset() {
    assumeTrue(Files.exists(NOTO), "fonts-noto-cjk is not installed");
    assertThat(CjkFont.usable(NOTO)).isFalse();
  }

  @Test
  void skipsAFileThatIsNotAFont(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path notAFont = Files.writeString(dir.resolve("font.ttf"), "not a font");
    assertThat(CjkFont.usable(notAFont)).isFalse();
    assertThat(CjkFont.usable(dir.resolve("missing.ttc"))).isFalse();
  }
}
