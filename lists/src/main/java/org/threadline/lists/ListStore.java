package org.threadline.lists;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.threadline.core.BadInputException;
import org.threadline.core.lists.ListEntry;
import org.threadline.core.lists.ListInfo;
import org.threadline.core.lists.ReferenceList;
import org.threadline.core.lists.TvpraList;
import org.threadline.core.model.FindingKind;
import org.threadline.input.InputOptions;
import org.threadline.input.TextInput;
import org.threadline.lists.bundled.BundledData;
import org.threadline.lists.parse.CbpWroCsvParser;
import org.threadline.lists.parse.CsvTable;

/**
 * The reference lists Threadline screens against: the bundled copies, replaced list by list by
 * newer copies the user loaded ({@code threadline lists update}), plus the sanctions lists the
 * user saved as FollowTheMoney JSON Lines.
 *
 * <p>The user data folder ({@link #defaultUserDataDir()}) holds:
 *
 * <ul>
 *   <li>{@code lists/<id>.json}: the provenance of the user's copy of list {@code id} and the name
 *       of its data file {@code lists/<id>-<timestamp>.<csv|html>}, the user's file as given;
 *   <li>{@code sanctions/*.ftm.json}, {@code sanctions/*.jsonl}: sanctions lists (FollowTheMoney
 *       entities), each a list whose id is the file name without its extension.
 * </ul>
 *
 * <p>The metadata file is written last and names its data file, so an interrupted update leaves
 * the previous copy in force. Lists are read once per store, on first use.
 */
public final class ListStore {
  /** The id of the UFLPA Entity List. */
  public static final String UFLPA = "uflpa";
  /** The id of CBP's Withhold Release Orders and Findings. */
  public static final String CBP_WRO = "cbp_wro";
  /** The id of the DOL TVPRA list of goods. */
  public static final String DOL_TVPRA = "dol_tvpra";

  private static final List<String> ENTITY_LISTS = List.of(UFLPA, CBP_WRO);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path userDataDir;
  private final ListCatalog catalog = ListCatalog.bundled();
  private List<ReferenceList> entityLists;
  private TvpraList dolTvpra;

  /**
   * @param userDataDir the user's data folder, or null for the bundled lists only
   */
  public ListStore(Path userDataDir) {
    this.userDataDir = userDataDir;
  }

  /** {@code $THREADLINE_HOME}, else {@code ~/.threadline}. */
  public static Path defaultUserDataDir() {
    String home = System.getenv("THREADLINE_HOME");
    if (home != null && !home.isBlank()) {
      return Path.of(home);
    }
    return Path.of(System.getProperty("user.home"), ".threadline");
  }

  /** The user data folder, or null. */
  public Path userDataDir() {
    return userDataDir;
  }

  /** The entity lists: UFLPA, CBP WRO/Findings, then the user's sanctions lists by file name. */
  public synchronized List<ReferenceList> entityLists() {
    if (entityLists == null) {
      List<ReferenceList> lists = new ArrayList<>();
      for (String id : ENTITY_LISTS) {
        lists.add(loadEntityList(id));
      }
      lists.addAll(sanctionsLists());
      entityLists = List.copyOf(lists);
    }
    return entityLists;
  }

  /** The entity list with this id ({@code uflpa}, {@code cbp_wro} or a sanctions list). */
  public ReferenceList entityList(String listId) {
    for (ReferenceList l : entityLists()) {
      if (l.info().id().equals(listId)) {
        return l;
      }
    }
    throw new BadInputException(null, -1, null, "no entity list '" + listId + "' (known: "
        + String.join(", ", entityLists().stream().map(l -> l.info().id()).toList()) + ")");
  }

  /** The DOL TVPRA goods list: the user's copy if any, else the bundled one. */
  public synchronized TvpraList dolTvpra() {
    if (dolTvpra == null) {
      ListCatalog.Entry bundled = catalog.get(DOL_TVPRA);
      UserCopy user = userCopy(DOL_TVPRA);
      dolTvpra = user != null
          ? user.format.parseGoods(TextInput.read(user.file, InputOptions.defaults()), user.file.getFileName().toString(), user.info)
          : bundled.format().parseGoods(bundledText(bundled.file()), "data/" + bundled.file(), bundled.info());
    }
    return dolTvpra;
  }

  /** The provenance of every list: the entity lists, then the DOL TVPRA list. */
  public List<ListInfo> infos() {
    List<ListInfo> infos = new ArrayList<>();
    for (ReferenceList l : entityLists()) {
      infos.add(l.info());
    }
    infos.add(dolTvpra().info());
    return infos;
  }

  /** The ids {@code lists update} takes. */
  public static List<String> updatableIds() {
    return List.of(UFLPA, CBP_WRO, DOL_TVPRA);
  }

  /**
   * Reads a file as a copy of a bundled list (for {@code lists diff}), without saving it.
   *
   * @throws BadInputException when the id is unknown or the file is not a valid copy
   */
  public ReferenceList readEntityFile(String listId, Path file) {
    String text = TextInput.read(file, InputOptions.defaults());
    ListFormat format = formatOf(listId, file, text);
    ListInfo info = userInfo(listId, file, text);
    if (format.holdsGoods()) {
      TvpraList goods = format.parseGoods(text, file.toString(), info);
      return new ReferenceList(goods.info(), ListDiff.asEntries(goods));
    }
    ReferenceList list = format.parseEntities(text, file.toString(), info);
    return new ReferenceList(withVersion(info, newestDate(list.entries(), info.version())), list.entries());
  }

  /** The list with this id as an entity list, whatever it holds (the TVPRA goods as entries). */
  public ReferenceList current(String listId) {
    if (DOL_TVPRA.equals(listId)) {
      TvpraList t = dolTvpra();
      return new ReferenceList(t.info(), ListDiff.asEntries(t));
    }
    return entityList(listId);
  }

  /** What changed from one copy of a list to another. */
  public static ListDiff diff(ReferenceList older, ReferenceList newer) {
    return ListDiff.of(older, newer);
  }

  /**
   * Saves a newer copy of a bundled list in the user data folder, where it replaces the bundled
   * copy from then on. The file is parsed first: a file that is not a valid copy changes nothing.
   * The bundled copy is never touched.
   *
   * <p>A FollowTheMoney JSON Lines file ({@code .ftm.json}, {@code .jsonl}) given with any other
   * list id is saved as the sanctions list of that id ({@code sanctions/<id>.ftm.json}).
   *
   * @param listId {@code uflpa}, {@code cbp_wro}, {@code dol_tvpra}, or a sanctions list's id
   * @param file a CSV, for {@code uflpa} the DHS page saved as HTML, or FollowTheMoney JSON Lines
   * @return the provenance of the saved copy
   * @throws BadInputException when the id is unknown, the file is not a valid copy, or there is no
   *     user data folder
   */
  public synchronized ListInfo update(String listId, Path file) {
    if (userDataDir == null) {
      throw new BadInputException(null, -1, null, "no user data folder to save the list in");
    }
    if (!catalog.has(listId) && isFtm(file)) {
      return saveSanctionsList(listId, file);
    }
    String text = TextInput.read(file, InputOptions.defaults());
    ListFormat format = formatOf(listId, file, text);
    ListInfo info = userInfo(listId, file, text);
    // Parse to validate and to find the newest effective date, which becomes the version.
    String version;
    if (format.holdsGoods()) {
      format.parseGoods(text, file.toString(), info);
      version = fileDate(file);
    } else {
      version = newestDate(format.parseEntities(text, file.toString(), info).entries(), fileDate(file));
    }
    ListInfo saved = withVersion(info, version);
    Path dir = userDataDir.resolve("lists");
    try {
      Files.createDirectories(dir);
      String stamp = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmssSSS", Locale.ROOT)
          .format(java.time.LocalDateTime.now(ZoneOffset.UTC));
      Path data = dir.resolve(listId + "-" + stamp + "." + format.extension());
      writeAtomically(data, text.getBytes(StandardCharsets.UTF_8));
      ObjectNode meta = JSON.createObjectNode();
      meta.put("file", data.getFileName().toString());
      meta.put("format", format.code());
      meta.put("title", saved.title());
      meta.put("version", saved.version());
      meta.put("source", saved.source());
      meta.put("retrieved", saved.retrieved());
      meta.put("licence", saved.licence());
      meta.put("complete", saved.complete());
      meta.put("verified", saved.verified());
      if (saved.notice() != null) {
        meta.put("notice", saved.notice());
      }
      writeAtomically(dir.resolve(listId + ".json"),
          JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(meta));
      deleteOlderCopies(dir, listId, data);
    } catch (IOException e) {
      throw new BadInputException(dir.toString(), -1, null, "cannot save the list: " + e.getMessage(), e);
    }
    entityLists = null;
    dolTvpra = null;
    return saved;
  }

  private static boolean isFtm(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".ftm.json") || n.endsWith(".jsonl");
  }

  /** Validates a FollowTheMoney file by streaming it, then copies it into sanctions/. */
  private ListInfo saveSanctionsList(String listId, Path file) {
    if (!listId.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
      throw new BadInputException(null, -1, null, "a list id is letters, digits, '_', '-' and '.', got '" + listId + "'");
    }
    long count = FtmImporter.stream(file, listId, e -> { });
    if (count == 0) {
      throw new BadInputException(file.toString(), 0, null, "holds no FollowTheMoney entities");
    }
    Path dir = userDataDir.resolve("sanctions");
    Path target = dir.resolve(listId + ".ftm.json");
    try {
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, "." + listId, ".tmp");
      try {
        Files.copy(file, tmp, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        Files.deleteIfExists(tmp);
        throw e;
      }
      moveIntoPlace(tmp, target);
    } catch (IOException e) {
      throw new BadInputException(dir.toString(), -1, null, "cannot save the list: " + e.getMessage(), e);
    }
    entityLists = null;
    return sanctionsInfo(target);
  }

  private static ListInfo sanctionsInfo(Path p) {
    String date = fileDate(p);
    return ListInfo.builder(ListFileName.stem(p))
        .title("Sanctions list " + p.getFileName())
        .version(date)
        .source(p.getFileName().toString())
        .retrieved(date)
        .licence("as published by the list's source (see the file's origin)")
        .findingKind(FindingKind.SANCTIONS_MATCH)
        .origin("user")
        .build();
  }

  private ReferenceList loadEntityList(String listId) {
    UserCopy user = userCopy(listId);
    if (user != null) {
      return user.format.parseEntities(
          TextInput.read(user.file, InputOptions.defaults()), user.file.getFileName().toString(), user.info);
    }
    ListCatalog.Entry bundled = catalog.get(listId);
    return bundled.format().parseEntities(bundledText(bundled.file()), "data/" + bundled.file(), bundled.info());
  }

  private List<ReferenceList> sanctionsLists() {
    List<ReferenceList> lists = new ArrayList<>();
    if (userDataDir == null) {
      return lists;
    }
    Path dir = userDataDir.resolve("sanctions");
    if (!Files.isDirectory(dir)) {
      return lists;
    }
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      for (Path p : ds) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (Files.isRegularFile(p) && (n.endsWith(".ftm.json") || n.endsWith(".jsonl"))) {
          files.add(p);
        }
      }
    } catch (IOException e) {
      throw new BadInputException(dir.toString(), -1, null, "cannot list the folder: " + e.getMessage(), e);
    }
    files.sort(null);
    for (Path p : files) {
      if (catalog.has(ListFileName.stem(p))) {
        // A sanctions list must not pass for an official list (a "uflpa" match sets the presumption).
        throw new BadInputException(p.toString(), -1, null, "a sanctions list cannot be named like the bundled list '"
            + ListFileName.stem(p) + "': rename the file");
      }
      lists.add(FtmImporter.load(p, sanctionsInfo(p)));
    }
    return lists;
  }

  private record UserCopy(Path file, ListFormat format, ListInfo info) {}

  /** The user's saved copy of a list, or null when there is none. */
  private UserCopy userCopy(String listId) {
    if (userDataDir == null) {
      return null;
    }
    Path meta = userDataDir.resolve("lists").resolve(listId + ".json");
    if (!Files.isRegularFile(meta)) {
      return null;
    }
    JsonNode n;
    try {
      n = JSON.readTree(meta.toFile());
    } catch (IOException e) {
      throw new BadInputException(meta.toString(), -1, null,
          "the saved list's metadata is unreadable (" + e.getMessage() + "); load the list again"
              + " with 'threadline lists update --list " + listId + " FILE'", e);
    }
    ListFormat format = ListFormat.ofCode(n.path("format").asText());
    Path file = meta.resolveSibling(n.path("file").asText("missing"));
    if (format == null || !Files.isRegularFile(file)) {
      throw new BadInputException(meta.toString(), -1, "file", "names no saved copy that exists;"
          + " load the list again with 'threadline lists update --list " + listId + " FILE'");
    }
    ListCatalog.Entry bundled = catalog.get(listId);
    ListInfo info = ListInfo.builder(listId)
        .title(n.path("title").asText(bundled.info().title()))
        .version(n.path("version").asText())
        .source(n.path("source").asText())
        .retrieved(n.path("retrieved").asText())
        .licence(n.path("licence").asText(bundled.info().licence()))
        .findingKind(bundled.info().findingKind())
        .complete(n.path("complete").asBoolean(true))
        .verified(n.path("verified").asBoolean(true))
        .notice(n.hasNonNull("notice") ? n.get("notice").asText() : null)
        .origin("user")
        .build();
    return new UserCopy(file, format, info);
  }

  /** The format of a user's file for a list, from the list and the file's first characters. */
  private ListFormat formatOf(String listId, Path file, String text) {
    if (!catalog.has(listId)) {
      throw new BadInputException(null, -1, null, "unknown list '" + listId + "': lists update takes "
          + String.join(", ", updatableIds()));
    }
    boolean html = text.stripLeading().startsWith("<");
    if (html && !UFLPA.equals(listId)) {
      throw new BadInputException(file.toString(), 0, null,
          "is an HTML page: only the UFLPA Entity List can be loaded from a saved page; save the "
              + listId + " list as CSV");
    }
    if (html) {
      return ListFormat.DHS_HTML;
    }
    return catalog.get(listId).format();
  }

  private ListInfo userInfo(String listId, Path file, String text) {
    ListInfo b = catalog.get(listId).info();
    boolean verified = true;
    String notice = null;
    if (CBP_WRO.equals(listId)) {
      verified = CbpWroCsvParser.isCbpLayout(CsvTable.read(new java.io.StringReader(text), file.toString()));
      if (!verified) {
        notice = "This copy of the CBP WRO/Findings list (" + file.getFileName() + ") is not in the"
            + " layout of CBP's own CSV and was not verified against it.";
      }
    }
    return ListInfo.builder(listId)
        .title(b.title())
        .version(fileDate(file))
        .source(file.getFileName().toString())
        .retrieved(LocalDate.now(ZoneOffset.UTC).toString())
        .licence(b.licence())
        .findingKind(b.findingKind())
        .verified(verified)
        .notice(notice)
        .origin("user")
        .build();
  }

  private static ListInfo withVersion(ListInfo i, String version) {
    return i.toBuilder().version(version).build();
  }

  private static String newestDate(List<ListEntry> entries, String fallback) {
    String newest = null;
    for (ListEntry e : entries) {
      if (e.effectiveDate() != null && (newest == null || e.effectiveDate().compareTo(newest) > 0)) {
        newest = e.effectiveDate();
      }
    }
    return newest != null ? newest : fallback;
  }

  private static String fileDate(Path file) {
    try {
      return LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneOffset.UTC).toString();
    } catch (IOException e) {
      return LocalDate.now(ZoneOffset.UTC).toString();
    }
  }

  private static String bundledText(String path) {
    try (BufferedReader r = BundledData.reader(path)) {
      StringBuilder sb = new StringBuilder();
      char[] buf = new char[8192];
      int n;
      while ((n = r.read(buf)) > 0) {
        sb.append(buf, 0, n);
      }
      return sb.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled data/" + path, e);
    }
  }

  /** Writes a temporary file in the same folder, then renames it over the target. */
  private static void writeAtomically(Path target, byte[] bytes) throws IOException {
    Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
    try {
      Files.write(tmp, bytes);
    } catch (IOException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    moveIntoPlace(tmp, target);
  }

  /** Renames a finished temporary file over the target (atomically where the file system can). */
  private static void moveIntoPlace(Path tmp, Path target) throws IOException {
    try {
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static void deleteOlderCopies(Path dir, String listId, Path keep) throws IOException {
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, listId + "-*")) {
      for (Path p : ds) {
        if (!p.equals(keep) && p.getFileName().toString().matches(java.util.regex.Pattern.quote(listId)
            + "-\\d{8}T\\d{9}\\.(csv|html)")) {
          Files.deleteIfExists(p);
        }
      }
    }
  }
}
