package org.threadline.media.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.threadline.core.BadInputException;
import org.threadline.input.InputOptions;
import org.threadline.input.TextInput;

/**
 * Reads articles from what a user names: a plain-text, HTML or feed file; a folder of them
 * (recursively, in name order; files of other kinds are skipped); or an {@code http(s)} URL
 * when a network is there. Text is read as UTF-8 (a byte-order mark is dropped), falling back to
 * GB18030 for Chinese files that are not UTF-8.
 */
public final class ArticleReader {
  private static final Set<String> TEXT = Set.of("txt", "text", "md");
  private static final Set<String> HTML = Set.of("html", "htm", "xhtml");
  private static final Set<String> FEED = Set.of("xml", "rss", "atom", "feed");
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final HtmlMainText html = new HtmlMainText();
  private final FeedArticles feeds = new FeedArticles();

  /** Every article found at each of {@code locations}, in order. */
  public List<Article> read(List<String> locations) {
    List<Article> out = new ArrayList<>();
    for (String location : locations) {
      if (location.startsWith("http://") || location.startsWith("https://")) {
        out.addAll(fetch(URI.create(location)));
      } else {
        out.addAll(read(Path.of(location)));
      }
    }
    return out;
  }

  /** The articles of one file or folder. */
  public List<Article> read(Path path) {
    if (Files.isDirectory(path)) {
      List<Article> out = new ArrayList<>();
      try (Stream<Path> files = Files.walk(path)) {
        for (Path f : files.filter(Files::isRegularFile).filter(ArticleReader::isArticleFile)
            .sorted().toList()) {
          out.addAll(readFile(f, path.relativize(f).toString().replace('\\', '/')));
        }
      } catch (IOException e) {
        throw new BadInputException(path.toString(), -1, null, "cannot read the folder: " + e.getMessage(), e);
      }
      return out;
    }
    if (!Files.isRegularFile(path)) {
      throw new BadInputException(path.toString(), -1, null, "no such file or folder");
    }
    return readFile(path, path.getFileName().toString());
  }

  /** True for the file kinds read from folders. */
  public static boolean isArticleFile(Path f) {
    String ext = extension(f.getFileName().toString());
    return !f.getFileName().toString().startsWith(".")
        && (TEXT.contains(ext) || HTML.contains(ext) || FEED.contains(ext));
  }

  private List<Article> readFile(Path file, String id) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new BadInputException(file.toString(), -1, null, "cannot read the file: " + e.getMessage(), e);
    }
    return parse(bytes, extension(id), id, file.toString());
  }

  /**
   * The articles in a document.
   *
   * @param bytes the document
   * @param ext its kind as a file extension ({@code txt}, {@code html}, {@code xml}, ...); the
   *     kind is guessed from the content when the extension is not one of those
   * @param id the id of the article (plain text and HTML)
   * @param source the file or URL, for messages
   */
  public List<Article> parse(byte[] bytes, String ext, String id, String source) {
    String kind = TEXT.contains(ext) ? "text" : HTML.contains(ext) ? "html" : FEED.contains(ext) ? "feed" : sniff(bytes);
    switch (kind) {
      case "feed":
        return feeds.read(bytes, source);
      case "html": {
        HtmlMainText.MainText main = html.extract(decode(bytes, source), source);
        return List.of(new Article(id, main.title(), main.text(), source));
      }
      default: {
        String text = decode(bytes, source);
        return List.of(new Article(id, firstLine(text), text, source));
      }
    }
  }

  private List<Article> fetch(URI uri) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT)
        .followRedirects(HttpClient.Redirect.NORMAL).build();
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
        .header("User-Agent", "Threadline media monitor").GET().build();
    HttpResponse<byte[]> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new BadInputException(uri.toString(), -1, null, "cannot fetch the URL: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BadInputException(uri.toString(), -1, null, "interrupted while fetching the URL", e);
    }
    if (response.statusCode() / 100 != 2) {
      throw new BadInputException(uri.toString(), -1, null, "the server answered HTTP " + response.statusCode());
    }
    String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
    String ext = type.contains("html") ? "html"
        : type.contains("xml") || type.contains("rss") || type.contains("atom") ? "xml"
        : type.startsWith("text/plain") ? "txt" : "";
    return parse(response.body(), ext, uri.toString(), uri.toString());
  }

  private static String sniff(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.UTF_8)
        .toLowerCase(Locale.ROOT);
    if (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf")) {
      return "feed";
    }
    if (head.contains("<html") || head.contains("<!doctype html") || head.contains("<body")) {
      return "html";
    }
    return "text";
  }

  /** The text in any encoding a supplier file may have; never fails silently on bad bytes. */
  static String decode(byte[] bytes, String source) {
    return TextInput.decode(bytes, source, InputOptions.defaults());
  }

  private static String firstLine(String text) {
    for (String line : text.split("\\R", 20)) {
      if (!line.isBlank()) {
        String t = line.strip();
        return t.length() > 300 ? t.substring(0, 300) : t;
      }
    }
    return "";
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
