package org.threadline.report.trace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.threadline.trace.TraceResult;

class TraceWritersTest {
  private static String json(TraceResult r) throws Exception {
    var out = new ByteArrayOutputStream();
    TraceJson.write(r, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void writesContractFiveJsonForTheApparelChain() throws Exception {
    TraceFixture.assertGolden("apparel.json", json(TraceFixture.trace("apparel")));
  }

  @Test
  void putsTheContractsFieldsFirstInEveryShipment() throws Exception {
    JsonNode root = new ObjectMapper().readTree(json(TraceFixture.trace("mass-balance-gap")));
    List<String> top = new ArrayList<>();
    root.fieldNames().forEachRemaining(top::add);
    assertThat(top).startsWith("lists", "shipments", "parties", "mass_balance");
    JsonNode shipment = root.get("shipments").get(0);
    List<String> fields = new ArrayList<>();
    shipment.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).startsWith("id", "verdict", "presumption", "reasons", "traced_share",
        "missing_documents");
    assertThat(shipment.get("verdict").asText()).isEqualTo("high");
    assertThat(shipment.get("traced_share").asDouble()).isEqualTo(0.724638);
    JsonNode gap = root.get("mass_balance").get(0);
    assertThat(gap.get("party").asText()).isEqualTo("PK-SPIN");
    assertThat(gap.get("output").asDouble()).isEqualTo(120000.0);
    assertThat(gap.get("unit").asText()).isEqualTo("kg");
  }

  @Test
  void writesTheEvidencePackForTheApparelChainAsSelfContainedHtml() throws Exception {
    var out = new ByteArrayOutputStream();
    TraceHtml.write(TraceFixture.trace("apparel"), out);
    String html = out.toString(StandardCharsets.UTF_8);
    assertThat(html).contains("<svg").doesNotContain("<script").doesNotContain("src=\"http");
    assertThat(html).contains("class=\"edge critical\"");
    TraceFixture.assertGolden("apparel.html", html);
  }

  @Test
  void rendersThePdfToPagesThatAreNotBlank() throws Exception {
    var out = new ByteArrayOutputStream();
    List<String> warnings = new ArrayList<>();
    TracePdf.write(TraceFixture.trace("solar"), out, warnings::add);
    try (var pdf = Loader.loadPDF(out.toByteArray())) {
      assertThat(pdf.getNumberOfPages()).isGreaterThan(0);
      BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 40);
      assertThat(inkedShare(page)).isGreaterThan(0.005);
    }
  }

  /** The share of pixels that are not white. */
  private static double inkedShare(BufferedImage image) {
    long inked = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xffffff) != 0xffffff) {
          inked++;
        }
      }
    }
    return (double) inked / ((long) image.getWidth() * image.getHeight());
  }
}
