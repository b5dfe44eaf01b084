package org.threadline.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.threadline.core.lists.ListEntry;
import org.threadline.core.lists.ListInfo;
import org.threadline.core.lists.ReferenceList;
import org.threadline.core.lists.TvpraGood;

/**
 * The SHA-256 of everything in a {@link ListSet} that can change a result: each list's provenance
 * and every entry and good, in order. Two sets with the same fingerprint screen alike; a copy of a
 * list with one alias more has another.
 */
final class ListFingerprint {
  private final MessageDigest digest;

  private ListFingerprint() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** The fingerprint of {@code lists}, as 64 hexadecimal digits. */
  static String of(ListSet lists) {
    ListFingerprint f = new ListFingerprint();
    for (ReferenceList list : lists.entityLists()) {
      f.info(list.info());
      f.number(list.entries().size());
      for (ListEntry e : list.entries()) {
        f.entry(e);
      }
    }
    f.info(lists.dolTvpra().info());
    f.number(lists.dolTvpra().goods().size());
    for (TvpraGood g : lists.dolTvpra().goods()) {
      f.text(g.country());
      f.text(g.good());
      f.flag(g.childLabour());
      f.flag(g.forcedLabour());
    }
    return HexFormat.of().formatHex(f.digest.digest());
  }

  private void info(ListInfo i) {
    text(i.id());
    text(i.title());
    text(i.version());
    text(i.source());
    text(i.retrieved());
    text(i.licence());
    text(i.findingKind() == null ? null : i.findingKind().code());
    flag(i.complete());
    flag(i.verified());
    text(i.notice());
    text(i.origin());
  }

  private void entry(ListEntry e) {
    text(e.listId());
    text(e.id());
    text(e.name());
    texts(e.aliases());
    text(e.section());
    text(e.country());
    texts(e.addresses());
    text(e.effectiveDate());
    flag(e.includesSubsidiaries());
    text(e.notes());
    Map<String, String> sorted = new TreeMap<>(e.properties());
    number(sorted.size());
    sorted.forEach(
        (k, v) -> {
          text(k);
          text(v);
        });
  }

  private void texts(List<String> values) {
    number(values.size());
    for (String v : values) {
      text(v);
    }
  }

  /** A length-prefixed string, so that no two sequences of strings hash alike; null is -1. */
  private void text(String s) {
    if (s == null) {
      number(-1);
      return;
    }
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    number(bytes.length);
    digest.update(bytes);
  }

  private void flag(boolean b) {
    digest.update((byte) (b ? 1 : 0));
  }

  private void number(int n) {
    digest.update((byte) (n >>> 24));
    digest.update((byte) (n >>> 16));
    digest.update((byte) (n >>> 8));
    digest.update((byte) n);
  }
}
