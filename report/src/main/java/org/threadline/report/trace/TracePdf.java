package org.threadline.report.trace;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.threadline.trace.TraceResult;

/**
 * The evidence pack as a PDF for filing: the HTML pack's content on A4 landscape pages with page
 * numbers, the chain's picture drawn from its SVG, and a CJK font embedded so that Chinese names
 * and addresses print (see {@link CjkFont}).
 */
public final class TracePdf {
  private TracePdf() {}

  /**
   * Writes the PDF to {@code out} (which stays open).
   *
   * @param warnings told when no CJK font is found
   */
  public static void write(TraceResult result, OutputStream out, Consumer<String> warnings)
      throws IOException {
    // The renderer logs every stylesheet and font it loads to stderr; the CLI speaks for itself.
    XRLog.setLoggingEnabled(false);
    String html = TraceHtml.page(result, true);
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.useSVGDrawer(new BatikSVGDrawer());
    Optional<Path> font = CjkFont.locate();
    if (font.isPresent()) {
      builder.useFont(font.get().toFile(), TraceHtml.CJK_FAMILY);
    } else {
      warnings.accept("no CJK font found (install fonts-wqy-zenhei or fonts-noto-cjk, or set "
          + CjkFont.ENV + "): Chinese text in the PDF shows as boxes");
    }
    builder.withHtmlContent(html, null);
    builder.toStream(out);
    builder.run();
    out.flush();
  }
}
