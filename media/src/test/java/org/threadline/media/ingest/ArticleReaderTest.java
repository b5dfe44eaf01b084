package org.threadline.media.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadline.core.BadInputException;

class ArticleReaderTest {
  private final ArticleReader reader = new ArticleReader();

  @Test
  void dropsNavigationCommentsAndLeaveAReply() {
    Article a = reader.read(Path.of("../data/eval/media/articles/h02_travel_blog_comments.html")).get(0);
    assertThat(a.title()).isEqualTo("Over the Khunjerab Pass to Kashgar");
    assertThat(a.text()).contains("Id Kah mosque", "Practical notes");
    assertThat(a.text()).doesNotContain("forced labour", "Leave a Reply", "Popular posts", "WordPress", "Gear");
  }

  @Test
  void dropsSidebarsAndCookieBanners() {
    Article a = reader.read(Path.of("../data/eval/media/articles/h01_news_page_allegation.html")).get(0);
    assertThat(a.text()).startsWith("Apparel supplier accused over Uyghur workers\n\n");
    assertThat(a.text()).contains("Ganfeng Sportswear Co., Ltd.");
    assertThat(a.text()).doesNotContain("cookies", "Boycott", "Related", "Subscribe", "Solar panels seized");
  }

  @Test
  void readsEveryItemOfAnRssFeed(@TempDir Path dir) throws Exception {
    Path feed = dir.resolve("news.rss");
    Files.writeString(feed, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><link>http://x</link>"
        + "<description>d</description>"
        + "<item><title>First</title><guid>item-1</guid><description>&lt;p&gt;Forced labour in &lt;b&gt;Hotan&lt;/b&gt;.&lt;/p&gt;</description></item>"
        + "<item><title>Second</title><link>http://x/2</link><description>Plain text.</description></item>"
        + "</channel></rss>");
    List<Article> items = reader.read(feed);
    assertThat(items).extracting(Article::id).containsExactly("item-1", "http://x/2");
    assertThat(items.get(0).text()).isEqualTo("First\n\nForced labour in Hotan.");
  }

  @Test
  void readsAtomFeedsAndFoldersSkippingOtherFiles(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.atom"), "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
        + "<title>t</title><id>urn:f</id><updated>2025-01-01T00:00:00Z</updated>"
        + "<entry><title>Entry</title><id>urn:e1</id><updated>2025-01-01T00:00:00Z</updated><summary>Summary text.</summary></entry></feed>");
    Files.writeString(dir.resolve("b.txt"), "Headline\n\nBody.");
    Files.writeString(dir.resolve("labels.csv"), "not,an,article");
    List<Article> all = reader.read(List.of(dir.toString()));
    assertThat(all).extracting(Article::id).containsExactly("urn:e1", "b.txt");
    assertThat(all.get(1).title()).isEqualTo("Headline");
  }

  @Test
  void readsGb18030ChineseText(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("zh.txt");
    Files.write(f, "新疆劳动力转移".getBytes(Charset.forName("GB18030")));
    assertThat(reader.read(f).get(0).text()).isEqualTo("新疆劳动力转移");
  }

  @Test
  void dropsTheByteOrderMarkSoOffsetsMatchTheText(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("bom.txt");
    Files.write(f, ("\uFEFFTitle").getBytes(StandardCharsets.UTF_8));
    assertThat(reader.read(f).get(0).text()).isEqualTo("Title");
  }

  @Test
  void namesTheFileThatIsMissing() {
    assertThatThrownBy(() -> reader.read(Path.of("no/such/file.txt")))
        .isInstanceOf(BadInputException.class).hasMessageContaining("no/such/file.txt");
  }
}
