package org.threadline.report.trace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds a font file that covers Chinese for the PDF. PDF readers have no fallback for CJK text: the
 * font must be embedded, and Threadline bundles none (they weigh tens of megabytes). The file is
 * {@code $THREADLINE_CJK_FONT} when set, else the first of the Debian packages' files that exists:
 * {@code fonts-wqy-zenhei}, {@code fonts-noto-cjk}, {@code fonts-arphic-uming},
 * {@code fonts-droid-fallback}. Without one the PDF is still written, with Chinese shown as
 * empty boxes, and the writer says so.
 */
final class CjkFont {
  static final String ENV = "THREADLINE_CJK_FONT";
  static final List<String> CANDIDATES = List.of(
      "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
      "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
      "/usr/share/fonts/truetype/arphic/uming.ttc",
      "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");

  private CjkFont() {}

  static Optional<Path> locate() {
    String env = System.getenv(ENV);
    if (env != null && !env.isBlank() && Files.isReadable(Path.of(env))) {
      return Optional.of(Path.of(env));
    }
    for (String c : CANDIDATES) {
      Path p = Path.of(c);
      if (Files.isReadable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
