package org.threadline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.threadline.core.lists.ListEntry;
import org.threadline.core.lists.ListInfo;
import org.threadline.core.lists.ReferenceList;
import org.threadline.lists.ListDiff;
import org.threadline.lists.ListStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code threadline lists show|update|diff}: what lists Threadline screens against, loading a
 * newer copy of one, and what changed between two copies.
 */
@Command(
    name = "lists",
    mixinStandardHelpOptions = true,
    description = "Shows, updates and compares the reference lists (UFLPA Entity List, CBP WRO/Findings,"
        + " DOL TVPRA goods, saved sanctions lists).",
    subcommands = {
      ListsCommand.Show.class,
      ListsCommand.Update.class,
      ListsCommand.Diff.class,
      CommandLine.HelpCommand.class
    })
public final class ListsCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The user data folder option every sub-command takes. */
  static final class Folder {
    @Option(names = "--lists", paramLabel = "DIR",
        description = "The user data folder with saved lists (default: $THREADLINE_HOME, else ~/.threadline).")
    Path dir;

    ListStore store() {
      return new ListStore(dir != null ? dir : ListStore.defaultUserDataDir());
    }
  }

  /** The {@code --list ID} option of update and diff. */
  static final class ListId {
    @Option(names = "--list", required = true, paramLabel = "ID", description = "uflpa, cbp_wro, dol_tvpra, or a sanctions list's id.")
    String id;
  }

  /** {@code lists show}. */
  @Command(name = "show", mixinStandardHelpOptions = true,
      description = "Prints each list: id, title, version, entry count, source, retrieval date, licence,"
          + " origin (bundled or user) and what to know about the copy.")
  static final class Show implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @CommandLine.Mixin Folder folder;

    @Override
    public Integer call() {
      ListStore store = folder.store();
      PrintWriter out = spec.commandLine().getOut();
      for (ReferenceList l : store.entityLists()) {
        print(out, l.info(), l.entries().size(), "entries");
      }
      var dol = store.dolTvpra();
      print(out, dol.info(), dol.goods().size(), "goods");
      out.flush();
      return ThreadlineCommand.EXIT_OK;
    }

    private static void print(PrintWriter out, ListInfo i, int count, String unit) {
      out.println(i.id() + "  " + i.title());
      row(out, "version", i.version());
      row(out, unit, Integer.toString(count));
      row(out, "source", i.source());
      row(out, "retrieved", i.retrieved());
      row(out, "licence", i.licence());
      row(out, "origin", i.origin());
      if (!i.complete()) {
        row(out, "complete", "no");
      }
      if (!i.verified()) {
        row(out, "verified", "no");
      }
      if (i.notice() != null) {
        row(out, "notice", i.notice());
      }
      out.println();
    }

    private static void row(PrintWriter out, String label, String value) {
      out.printf("  %-10s %s%n", label, value);
    }
  }

  /** {@code lists update --list ID FILE}. */
  @Command(name = "update", mixinStandardHelpOptions = true,
      description = "Loads a newer copy of a list into the user data folder, where it replaces the bundled"
          + " copy. uflpa takes a CSV or the DHS UFLPA Entity List page saved as HTML; cbp_wro and"
          + " dol_tvpra take CSV. A FollowTheMoney JSON Lines file (.ftm.json, .jsonl) with any other id"
          + " is saved as a sanctions list. The bundled copy is never changed.")
  static final class Update implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @CommandLine.Mixin Folder folder;

    @CommandLine.Mixin ListId list;

    @Parameters(paramLabel = "FILE", description = "The saved copy (CSV, or HTML for uflpa).")
    Path file;

    @Override
    public Integer call() {
      ListStore store = folder.store();
      String listId = list.id;
      ListInfo saved = store.update(listId, file);
      PrintWriter out = spec.commandLine().getOut();
      int count = ListStore.DOL_TVPRA.equals(listId) ? store.dolTvpra().goods().size()
          : store.entityList(listId).entries().size();
      out.println("loaded " + listId + " version " + saved.version() + " (" + count + " "
          + (ListStore.DOL_TVPRA.equals(listId) ? "goods" : "entries") + ") from " + saved.source()
          + " into " + store.userDataDir().resolve("lists"));
      if (saved.notice() != null) {
        out.println("notice: " + saved.notice());
      }
      out.flush();
      return ThreadlineCommand.EXIT_OK;
    }
  }

  /** {@code lists diff --list ID OLD [NEW]}. */
  @Command(name = "diff", mixinStandardHelpOptions = true,
      description = "Prints the entries added, removed and changed between two copies of a list (matched by"
          + " normalised name). With one file, compares the list in use now with that file.")
  static final class Diff implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @CommandLine.Mixin Folder folder;

    @CommandLine.Mixin ListId list;

    @Parameters(arity = "1..2", paramLabel = "FILE", description = "OLD NEW, or just NEW to compare with the list in use.")
    List<Path> files;

    @Override
    public Integer call() {
      ListStore store = folder.store();
      String listId = list.id;
      ReferenceList older = files.size() == 2 ? store.readEntityFile(listId, files.get(0)) : store.current(listId);
      ReferenceList newer = store.readEntityFile(listId, files.get(files.size() - 1));
      ListDiff diff = ListStore.diff(older, newer);
      PrintWriter out = spec.commandLine().getOut();
      out.println(listId + ": " + describe(older) + " -> " + describe(newer));
      section(out, "added", '+', diff.added());
      section(out, "removed", '-', diff.removed());
      if (!diff.changed().isEmpty()) {
        out.println("changed (" + diff.changed().size() + "):");
        for (ListDiff.Change c : diff.changed()) {
          out.println("  ~ " + c.after().name() + ": " + String.join(", ", c.fields()));
        }
      }
      out.println(diff.added().size() + " added, " + diff.removed().size() + " removed, "
          + diff.changed().size() + " changed");
      out.flush();
      return ThreadlineCommand.EXIT_OK;
    }

    private static String describe(ReferenceList l) {
      return l.info().version() + ("bundled".equals(l.info().origin()) ? " (bundled)"
          : " (" + l.info().origin() + ", " + l.info().source() + ")");
    }

    private static void section(PrintWriter out, String title, char mark, List<ListEntry> entries) {
      if (entries.isEmpty()) {
        return;
      }
      out.println(title + " (" + entries.size() + "):");
      for (ListEntry e : entries) {
        StringBuilder sb = new StringBuilder("  ").append(mark).append(' ').append(e.name());
        if (e.section() != null || e.effectiveDate() != null) {
          sb.append(" [");
          if (e.section() != null) {
            sb.append("section ").append(e.section());
          }
          if (e.effectiveDate() != null) {
            sb.append(e.section() != null ? ", " : "").append(e.effectiveDate());
          }
          sb.append(']');
        }
        out.println(sb);
      }
    }
  }
}
