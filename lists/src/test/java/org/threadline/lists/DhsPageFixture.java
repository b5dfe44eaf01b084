package org.threadline.lists;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The saved DHS UFLPA Entity List page used by the tests (src/test/resources/lists). */
public final class DhsPageFixture {
  private DhsPageFixture() {}

  /** The page's HTML. */
  public static String html() {
    try (InputStream in = DhsPageFixture.class.getResourceAsStream("/lists/dhs_uflpa_entity_list_page.html")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
