package org.threadline.report.trace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * Finds a font file that covers Chinese for the PDF. PDF readers have no fallback for CJK text: the
 * font must be embedded, and Threadline bundles none (they weigh tens of megabytes). The file is
 * {@code $THREADLINE_CJK_FONT} when set, else the first of the Debian packages' files that exists:
 * {@code fonts-wqy-zenhei}, {@code fonts-noto-cjk}, {@code fonts-arphic-uming},
 * {@code fonts-droid-fallback}. Only fonts with TrueType outlines are used: PDFBox cannot
 * subset the CFF outlines of Noto Sans CJK ({@code fonts-noto-cjk}'s files are skipped for that
 * reason). Without a usable font the PDF is still written, with Chinese shown as empty boxes, and
 * the writer says so.
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
    if (env != null && !env.isBlank() && usable(Path.of(env))) {
      return Optional.of(Path.of(env));
    }
    for (String c : CANDIDATES) {
      Path p = Path.of(c);
      if (usable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** True when the file is a readable TrueType font or collection with TrueType outlines. */
  static boolean usable(Path file) {
    if (!Files.isReadable(file)) {
      return false;
    }
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    try {
      if (name.endsWith(".ttc")) {
        boolean[] glyf = {false};
        try (TrueTypeCollection fonts = new TrueTypeCollection(file.toFile())) {
          fonts.processAllFonts(font -> glyf[0] |= font.getTableMap().containsKey("glyf"));
        }
        return glyf[0];
      }
      try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
        return font.getTableMap().containsKey("glyf");
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
