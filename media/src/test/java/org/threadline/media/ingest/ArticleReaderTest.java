package org.threadline.media.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
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
  void extractsTheMainTextOfAChinesePage() {
    String html = "<html><head><title>新闻网</title></head><body>"
        + "<div class=\"nav\"><a href=\"/\">首页</a><a href=\"/gj\">国际</a></div>"
        + "<div class=\"article-content\"><h1>报告：工人被转移至内地工厂</h1>"
        + "<p>一份调查报告指出，新疆和田地区的工人通过劳动力转移项目被送往内地工厂，实行封闭式管理，不准离开厂区。</p>"
        + "<p>报告说，这些情况符合强迫劳动的指标，企业应当加强供应链尽职调查。</p></div>"
        + "<div class=\"related\"><h3>相关阅读</h3><ul><li>新疆棉花丰收</li></ul></div>"
        + "<div id=\"comments\"><h3>发表评论</h3><p>网友：支持！</p></div>"
        + "<div class=\"footer\">版权所有 © 新闻网</div></body></html>";
    Article a = reader.parse(html.getBytes(StandardCharsets.UTF_8), "html", "zh.html", "zh.html").get(0);
    assertThat(a.title()).isEqualTo("报告：工人被转移至内地工厂");
    assertThat(a.text()).contains("不准离开厂区", "尽职调查").doesNotContain("首页", "相关阅读", "网友", "版权所有");
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
  void fetchesAnHtmlPageFromAUrl() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    byte[] page = "<html><head><title>T</title></head><body><nav>Home</nav><article><h1>Forced labour found</h1><p>Workers at a mill in Aksu were not allowed to leave, the report said.</p></article></body></html>"
        .getBytes(StandardCharsets.UTF_8);
    server.createContext("/story", exchange -> {
      exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, page.length);
      exchange.getResponseBody().write(page);
      exchange.close();
    });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/story";
      Article a = reader.read(List.of(url)).get(0);
      assertThat(a.id()).isEqualTo(url);
      assertThat(a.text()).isEqualTo("Forced labour found\n\nWorkers at a mill in Aksu were not allowed to leave, the report said.");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void namesTheFileThatIsMissing() {
    assertThatThrownBy(() -> reader.read(Path.of("no/such/file.txt")))
        .isInstanceOf(BadInputException.class).hasMessageContaining("no/such/file.txt");
  }
}
