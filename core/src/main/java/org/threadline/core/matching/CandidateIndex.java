package org.threadline.core.matching;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An inverted index from blocking keys to list names, so that a query is scored against a few
 * likely names rather than all of them.
 *
 * <p>Keys come from the trade name: its whole spelling, its first and last three letters, its
 * letter pairs and its one-letter deletions (so that a typing error still shares keys), its
 * translated words, and the consonant classes of its first two syllable onsets ({@code daqo}
 * and {@code da quan} both give {@code dj}; {@code hoshine} and {@code he sheng} both give
 * {@code hs}), so that romanisations that drift from pinyin still meet; and, with each place of
 * the name, the spelling and its deletions again, so that a company of the query's own place
 * spelled within a typing error of it is found first among the many namesakes a large list
 * holds elsewhere. Names without a trade name are keyed by their places and industries. A
 * query collects the names that share its keys, ranked by the summed rarity of the shared keys
 * (names of its place spelled within a letter of it first), and keeps the best {@code limit}.
 * Thread-safe after construction.
 */
public final class CandidateIndex {
  // The postings in flat arrays, not a map of lists: a million names file some thirty million
  // (key, name) pairs, and boxed or per-key objects would not fit a 2 GB heap. Keys are
  // 64-bit hashes cut to the bits the name ids leave free; two keys that share a hash only
  // merge their candidates, they lose none.
  private final int idBits;
  private final long[] keyHashes;
  // Where the key hashes of each value of their top bucketBits bits start: a lookup searches
  // one bucket of a few keys, not ten million.
  private final int bucketBits;
  private final int[] buckets;
  private final int[] starts;
  private final int[] ids;
  private final int size;
  private final int maxPostings;
  /** Share of the best candidate's key weight a name needs to be a candidate. */
  static final float MIN_SHARE = 0.6f;
  /**
   * Most names a key that only ranks candidates (a letter pair, the first or last three
   * letters, a place) may have to be walked: in a large list such keys are shared by thousands
   * of names, and the place-and-spelling keys rank those names better.
   */
  static final int MAX_RANKING_POSTINGS = 256;
  private static final byte STRONG = 1;
  private static final byte SAME_PLACE = 2;
  /** Added to the rank of a name of the query's place spelled within one letter of it. */
  private static final float SAME_PLACE_FIRST = 10_000f;
  /** Shortest trade-name spelling filed under its one-letter deletions. */
  static final int MIN_DELETION_LENGTH = 5;
  // Work arrays as long as the list, reused by whichever thread calls next.
  private final ScratchPool<Scratch> scratch;

  /** Indexes the names, whose ids are their positions in the list. */
  public CandidateIndex(List<ParsedName> names) {
    this.size = names.size();
    this.idBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, size - 1)));
    long idMask = (1L << idBits) - 1;
    // Sized from the first names' keys, so that a million names are not copied while growing.
    int sample = Math.min(size, 1000);
    long sampled = 0;
    for (int id = 0; id < sample; id++) {
      sampled += keys(names.get(id)).size();
    }
    long[] pairs = new long[(int) Math.min(Integer.MAX_VALUE - 8,
        Math.max(16, sampled * (long) size / Math.max(1, sample) * 11 / 10))];
    int count = 0;
    for (int id = 0; id < size; id++) {
      // not kept on the name: a list holds millions of names
      for (String key : keys(names.get(id))) {
        if (count == pairs.length) {
          pairs = Arrays.copyOf(pairs, pairs.length + (pairs.length >> 1));
        }
        pairs[count++] = hashOf(key) | id;
      }
    }
    Arrays.sort(pairs, 0, count); // in place: a parallel sort would need as much again
    int unique = 0;
    for (int i = 0; i < count; i++) {
      if (i == 0 || (pairs[i] & ~idMask) != (pairs[i - 1] & ~idMask)) {
        unique++;
      }
    }
    this.keyHashes = new long[unique];
    this.starts = new int[unique + 1];
    this.ids = new int[count];
    int k = -1;
    for (int i = 0; i < count; i++) {
      long hash = pairs[i] & ~idMask;
      if (k < 0 || hash != keyHashes[k]) {
        keyHashes[++k] = hash;
        starts[k] = i;
      }
      ids[i] = (int) (pairs[i] & idMask);
    }
    starts[unique] = count;
    this.bucketBits = Math.min(22, Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, unique))));
    this.buckets = new int[(1 << bucketBits) + 1];
    int b = 0;
    for (int i = 0; i < unique; i++) {
      int bucket = bucketOf(keyHashes[i]);
      while (b <= bucket) {
        buckets[b++] = i;
      }
    }
    while (b < buckets.length) {
      buckets[b++] = unique;
    }
    // Keys shared by more names than this tell too little to be worth walking (a letter pair
    // common to a hundredth of a large list); small lists use every key.
    this.maxPostings = Math.max(2000, size / 500);
    this.scratch = ScratchPool.forCores(() -> new Scratch(size));
  }

  // The key's hash with the low idBits cleared for the name id.
  private long hashOf(String key) {
    return fullHash(key) & -(1L << idBits);
  }

  // The key's 64-bit FNV-1a hash, mixed, made non-negative so that the sorted order is the
  // order of the buckets.
  private static long fullHash(String key) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < key.length(); i++) {
      h ^= key.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h >>> 1;
  }

  /**
   * A query's blocking keys as the index looks them up: each key's hash, whether it only ranks
   * candidates (or, for a deletion, is walked only when few names share it), and the flags it
   * gives the names it finds. Worked out once per parsed query, for every list.
   */
  static final class QueryKeys {
    final long[] hashes;
    final boolean[] rankingOnly;
    final byte[] flags;

    QueryKeys(Set<String> keys) {
      hashes = new long[keys.size()];
      rankingOnly = new boolean[keys.size()];
      flags = new byte[keys.size()];
      int i = 0;
      for (String key : keys) {
        boolean strong = isStrong(key);
        hashes[i] = fullHash(key);
        // A deletion shared by hundreds of names (of a short or common spelling) finds nothing
        // the spelling itself and the place-and-deletion keys do not.
        rankingOnly[i] = !strong || key.startsWith("d:");
        flags[i] = (byte) (!strong ? 0 : key.startsWith("qd:") ? STRONG | SAME_PLACE : STRONG);
        i++;
      }
    }
  }

  private int bucketOf(long hash) {
    return (int) (hash >>> (63 - bucketBits));
  }

  // The position of the key hash in keyHashes, or a negative number when no name has it.
  private int find(long hash) {
    int bucket = bucketOf(hash);
    return Arrays.binarySearch(keyHashes, buckets[bucket], buckets[bucket + 1], hash);
  }

  /** Number of distinct keys (key hashes) the names are filed under. */
  public int keyCount() {
    return keyHashes.length;
  }

  /** Number of (key, name) postings kept. */
  public int postingCount() {
    return ids.length;
  }

  /** Number of indexed names. */
  public int size() {
    return size;
  }

  /** The ids of at most {@code limit} candidate names for the query, best first. */
  public int[] candidates(ParsedName query, int limit) {
    Scratch s = scratch.take();
    try {
      return candidates(query, limit, s);
    } finally {
      s.reset();
      scratch.give(s);
    }
  }

  private int[] candidates(ParsedName query, int limit, Scratch s) {
    QueryKeys keys = query.blockingKeys();
    long mask = -(1L << idBits);
    for (int q = 0; q < keys.hashes.length; q++) {
      int k = find(keys.hashes[q] & mask);
      if (k < 0) {
        continue;
      }
      int from = starts[k];
      int to = starts[k + 1];
      if (to - from > (keys.rankingOnly[q] ? MAX_RANKING_POSTINGS : maxPostings)) {
        continue;
      }
      byte flag = keys.flags[q];
      float w = (float) Math.log(1.0 + (double) size / (to - from));
      for (int j = from; j < to; j++) {
        int id = ids[j];
        if (s.score[id] == 0f) {
          s.touched[s.count++] = id;
        }
        s.score[id] += w;
        s.flags[id] |= flag;
      }
    }
    // Names that share only a sliver of the query's letter pairs are not worth scoring: keep
    // those that share a telling key (the spelling, the onsets, a translated word, a place or
    // industry of a name without trade name) or are within reach of the best-sharing name.
    float top = 0f;
    for (int i = 0; i < s.count; i++) {
      top = Math.max(top, s.score[s.touched[i]]);
    }
    int n = 0;
    for (int i = 0; i < s.count; i++) {
      int id = s.touched[i];
      if (s.flags[id] != 0 || s.score[id] >= MIN_SHARE * top) {
        s.touched[n++] = id;
      } else {
        s.score[id] = 0f;
      }
    }
    s.count = n;
    if (n <= limit) {
      return Arrays.copyOf(s.touched, n);
    }
    // The best `limit`: first the names of the query's place spelled within one letter of it
    // (in a large list, namesakes elsewhere share more keys with the query than the company
    // itself with a typing error does), then by accumulated weight.
    // A min-heap of the best `limit` seen so far, rank and id packed in a long.
    long[] heap = s.heap(limit);
    int held = 0;
    for (int i = 0; i < n; i++) {
      int id = s.touched[i];
      float rank = s.score[id] + ((s.flags[id] & SAME_PLACE) != 0 ? SAME_PLACE_FIRST : 0f);
      long packed = ((long) Float.floatToIntBits(rank) << 32) | (id & 0xffffffffL);
      if (held < limit) {
        heap[held] = packed;
        siftUp(heap, held++);
      } else if (packed > heap[0]) {
        heap[0] = packed;
        siftDown(heap, limit);
      }
    }
    Arrays.sort(heap, 0, limit);
    int[] out = new int[limit];
    for (int i = 0; i < limit; i++) {
      out[i] = (int) heap[limit - 1 - i];
    }
    return out;
  }

  /** The blocking keys of a name. */
  static Set<String> keys(ParsedName name) {
    return keys(name, false);
  }

  /**
   * The blocking keys of a name: those it is filed under ({@code query} false) or those it is
   * looked up by ({@code query} true). They differ in one thing: a place is filed as a place
   * ({@code pt:}) and looked up as a trade name ({@code t:}), and a trade name is looked up as a
   * place too, so that a place meets a trade name spelled like it (灵宝麟志 / Lingbao Linzhi)
   * without every name of a place meeting every other.
   */
  static Set<String> keys(ParsedName name, boolean query) {
    Set<String> keys = new LinkedHashSet<>();
    List<Term> trade = name.tradeTerms();
    if (!trade.isEmpty()) {
      StringBuilder joined = new StringBuilder();
      for (Term t : trade) {
        joined.append(t.syllables() != null ? String.join("", t.syllables()) : t.key());
        if (t.role() == Term.Role.WORD) {
          keys.add("w:" + t.key());
        }
      }
      String spelling = SoundAlikeSpelling.canonical(joined.toString());
      keys.add("t:" + spelling);
      if (query) {
        keys.add("pt:" + spelling);
      }
      keys.add("o:" + onsets(spelling));
      if (query && trade.stream().allMatch(Term::isHan)) {
        // A name written in Chinese characters has no typing errors to forgive: it meets names
        // of its exact reading (or another reading of a character), its translated words, and
        // by its onsets the spellings that are not pinyin (合盛 Hoshine).
        for (String reading : name.otherReadings()) {
          keys.add("t:" + SoundAlikeSpelling.canonical(reading));
        }
        for (Term t : name.terms()) {
          if (t.role() == Term.Role.REGION || t.role() == Term.Role.QUALIFIER) {
            keys.add("q:" + t.key());
            keys.add("t:" + SoundAlikeSpelling.canonical(t.key()));
          }
        }
        return keys;
      }
      if (spelling.length() >= 3) {
        keys.add("p:" + spelling.substring(0, 3));
        keys.add("s:" + spelling.substring(spelling.length() - 3));
      }
      for (int i = 0; i + 2 <= spelling.length(); i++) {
        keys.add("b:" + spelling.substring(i, i + 2));
      }
      // The spelling and its one-letter deletions: two spellings one typing error apart (a
      // letter dropped, added or changed) share one of these. Alone for longer spellings; with
      // each of the name's places for all, so that a typing error in the trade name of a
      // company in the same place meets it first among the many names spelled alike elsewhere.
      List<String> places = new java.util.ArrayList<>(2);
      for (Term t : name.terms()) {
        if (t.role() == Term.Role.REGION || t.role() == Term.Role.QUALIFIER) {
          places.add(t.key());
        }
      }
      spellingKeys(spelling, places, keys);
      // The trade name as written, when the lexicon read it as a word with a typing error
      // (Xingxiang read as the city Xinxiang), and its other readings (柏 bai or bo).
      StringBuilder written = new StringBuilder();
      for (Term t : trade) {
        written.append(t.syllables() != null && t.surface().equals(t.key())
            ? String.join("", t.syllables()) : t.surface().replace(" ", ""));
      }
      String asWritten = SoundAlikeSpelling.canonical(written.toString());
      if (!asWritten.equals(spelling) && trade.stream().allMatch(t -> t.han() == null)) {
        keys.add("t:" + asWritten);
        spellingKeys(asWritten, places, keys);
      }
      for (String reading : name.otherReadings()) {
        String other = SoundAlikeSpelling.canonical(reading);
        keys.add("t:" + other);
        spellingKeys(other, places, keys);
      }
      // A place may be the trade name on the other side (灵宝麟志 / Lingbao Linzhi); and the
      // place ranks, without making a candidate on its own, the names of that place first
      // among those whose trade names are spelled alike (a typing error in a large list).
      for (Term t : name.terms()) {
        if (t.role() == Term.Role.REGION || t.role() == Term.Role.QUALIFIER) {
          keys.add("q:" + t.key());
          String asTrade = query ? "t:" : "pt:";
          keys.add(asTrade + SoundAlikeSpelling.canonical(t.key()));
          if (t.han() == null && !t.surface().equals(t.key())) {
            keys.add(asTrade + SoundAlikeSpelling.canonical(t.surface()));
          }
        }
      }
      return keys;
    }
    for (Term t : name.terms()) {
      switch (t.role()) {
        case REGION, QUALIFIER -> {
          keys.add("r:" + t.key());
          keys.add((query ? "t:" : "pt:") + SoundAlikeSpelling.canonical(t.key()));
        }
        case INDUSTRY -> keys.add("i:" + t.key());
        case NUMBER -> keys.add("n:" + t.key());
        default -> keys.add("g:" + t.key());
      }
    }
    return keys;
  }

  private static void siftUp(long[] heap, int at) {
    while (at > 0) {
      int parent = (at - 1) >>> 1;
      if (heap[parent] <= heap[at]) {
        return;
      }
      long t = heap[parent];
      heap[parent] = heap[at];
      heap[at] = t;
      at = parent;
    }
  }

  private static void siftDown(long[] heap, int size) {
    int at = 0;
    while (true) {
      int child = 2 * at + 1;
      if (child >= size) {
        return;
      }
      if (child + 1 < size && heap[child + 1] < heap[child]) {
        child++;
      }
      if (heap[at] <= heap[child]) {
        return;
      }
      long t = heap[child];
      heap[child] = heap[at];
      heap[at] = t;
      at = child;
    }
  }

  // The spelling's deletion keys, alone (longer spellings) and with each place.
  private static void spellingKeys(String spelling, List<String> places, Set<String> keys) {
    List<String> deletions = deletions(spelling);
    if (spelling.length() >= MIN_DELETION_LENGTH - 1) {
      keys.add("d:" + spelling);
    }
    if (spelling.length() >= MIN_DELETION_LENGTH) {
      for (String d : deletions) {
        keys.add("d:" + d);
      }
    }
    for (String place : places) {
      keys.add("qd:" + place + ':' + spelling);
      for (String d : deletions) {
        keys.add("qd:" + place + ':' + d);
      }
    }
  }

  // The spelling with one letter left out, each, as spellings are compared (doubles single).
  private static List<String> deletions(String spelling) {
    if (spelling.length() < 3) {
      return List.of();
    }
    List<String> out = new java.util.ArrayList<>(spelling.length());
    for (int i = 0; i < spelling.length(); i++) {
      out.add(SoundAlikeSpelling.canonical(spelling.substring(0, i) + spelling.substring(i + 1)));
    }
    return out;
  }

  private static boolean isStrong(String key) {
    char c = key.charAt(0);
    // the letter pairs, the first and last three letters, and the place alone only rank
    return key.charAt(1) != ':' || c != 'b' && c != 's' && c != 'q' && c != 'p' && c != 'o';
  }

  /** Consonant classes of the first two syllable onsets of a Latin spelling. */
  static String onsets(String s) {
    StringBuilder out = new StringBuilder(2);
    int i = 0;
    while (i < s.length() && out.length() < 2) {
      int start = i;
      while (i < s.length() && !isVowel(s.charAt(i))) {
        i++;
      }
      out.append(onsetClass(s.substring(start, i)));
      while (i < s.length() && isVowel(s.charAt(i))) {
        i++;
      }
      // a final n or ng closes the syllable before the next onset (hesheng: he-sheng)
      if (i + 1 < s.length() && s.charAt(i) == 'n' && !isVowel(s.charAt(i + 1))) {
        i += s.startsWith("ng", i) && i + 2 < s.length() && !isVowel(s.charAt(i + 2)) ? 2 : 1;
      }
    }
    return out.toString();
  }

  private static char onsetClass(String c) {
    if (c.isEmpty() || c.equals("w") || c.equals("y")) {
      return 'w';
    }
    if (c.startsWith("zh") || c.startsWith("ch") || c.startsWith("j") || c.startsWith("q")) {
      return 'j';
    }
    if (c.startsWith("sh") || c.startsWith("hs") || c.startsWith("x") || c.startsWith("s")) {
      return 's';
    }
    if (c.startsWith("ts") || c.startsWith("tz") || c.startsWith("z") || c.startsWith("c")) {
      return 'z';
    }
    switch (c.charAt(0)) {
      case 'k': case 'g': return 'g';
      case 't': case 'd': return 'd';
      case 'p': case 'b': return 'b';
      default: return c.charAt(0);
    }
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
  }

  private static final class Scratch {
    final float[] score;
    final byte[] flags;
    private long[] heap = new long[64];
    final int[] touched;
    int count;

    Scratch(int size) {
      score = new float[size];
      flags = new byte[size];
      touched = new int[size];
    }

    long[] heap(int size) {
      if (heap.length < size) {
        heap = new long[size];
      }
      return heap;
    }

    void reset() {
      for (int i = 0; i < count; i++) {
        score[touched[i]] = 0f;
        flags[touched[i]] = 0;
      }
      count = 0;
    }
  }
}
