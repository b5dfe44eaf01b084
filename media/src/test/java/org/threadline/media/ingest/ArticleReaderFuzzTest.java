package org.threadline.media.ingest;

import static org.threadline.core.testing.UserFiles.readsOrRefuses;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Whatever bytes an article file holds, {@link ArticleReader#parse} (plain text, an HTML page
 * through {@link HtmlMainText}, an RSS or Atom feed through {@link FeedArticles}, or a document
 * whose kind is told from its bytes) reads it or refuses it with a {@link
 * org.threadline.core.BadInputException}: never another exception, a hang or running out of
 * memory.
 *
 * <p>{@code mvn verify} runs each target on its seeds only, in
 * {@code src/test/resources/org/threadline/media/ingest/ArticleReaderFuzzTestInputs/<target>/}. To
 * fuzz one target for real (Jazzer explores from the seeds; a crash is saved beside them):
 *
 * <pre>JAZZER_FUZZ=1 mvn -pl core,lists,media test -Dtest=ArticleReaderFuzzTest#htmlPage -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * See {@code docs/fuzzing.md}.
 */
class ArticleReaderFuzzTest {
  private static final ArticleReader READER = new ArticleReader();

  @FuzzTest(maxDuration = "5m")
  void plainText(byte[] bytes) {
    parse(bytes, "txt");
  }

  @FuzzTest(maxDuration = "5m")
  void htmlPage(byte[] bytes) {
    parse(bytes, "html");
  }

  @FuzzTest(maxDuration = "5m")
  void feed(byte[] bytes) {
    parse(bytes, "xml");
  }

  @FuzzTest(maxDuration = "5m")
  void unknownKind(byte[] bytes) {
    parse(bytes, "");
  }

  private static void parse(byte[] bytes, String extension) {
    readsOrRefuses(() -> READER.parse(bytes, extension, "article", "article." + extension));
  }
}
