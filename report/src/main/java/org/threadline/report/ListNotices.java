package org.threadline.report;

import java.util.ArrayList;
import java.util.List;
import org.threadline.core.lists.ListInfo;

/**
 * What a user must know about the lists behind a report: which copies are incomplete or
 * unverified, and how to load a current one. The lists' own notices come first; a list marked
 * incomplete or unverified without one still gets a sentence, so no output stays silent about
 * it, and every such notice ends with the command that loads a newer copy.
 */
public final class ListNotices {
  private ListNotices() {}

  /** One notice per list that has something to say, in list order. */
  public static List<String> of(List<ListInfo> lists) {
    List<String> notices = new ArrayList<>();
    for (ListInfo info : lists) {
      String notice = of(info);
      if (notice != null) {
        notices.add(notice);
      }
    }
    return notices;
  }

  /** The notice of one list, or null when its copy is complete, verified and has no notice. */
  public static String of(ListInfo info) {
    boolean blank = info.notice() == null || info.notice().isBlank();
    if (blank && info.complete() && info.verified()) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    text.append(info.id()).append(' ').append(info.version()).append(": ");
    if (!blank) {
      text.append(info.notice().strip());
    } else {
      String what = info.title() == null ? info.id() : info.title();
      if (!info.complete()) {
        text.append("this copy of the ").append(what)
            .append(" is known to miss entries of the official list.");
      }
      if (!info.verified()) {
        text.append(info.complete() ? "" : " ").append("this copy of the ").append(what)
            .append(" has not been checked against the official source.");
      }
    }
    boolean updatable = !"file".equals(info.origin());
    if ((!info.complete() || !info.verified()) && updatable
        && !text.toString().contains("lists update")) {
      text.append(" Load the current list with: threadline lists update --list ")
          .append(info.id()).append(" FILE");
    }
    return text.toString();
  }
}
