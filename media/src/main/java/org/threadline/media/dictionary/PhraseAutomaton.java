package org.threadline.media.dictionary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.threadline.core.work.ScratchPool;
import org.threadline.media.text.CharFolding;

/**
 * An Aho-Corasick automaton over folded phrases (see {@link CharFolding}), each phrase carrying a
 * payload. One pass over a text finds every occurrence of every phrase, whatever their number, in
 * time linear in the text; matches of phrases written in spaced scripts must sit on word
 * boundaries. Offsets reported are those of the original text.
 *
 * <p>Layout, for speed with 100,000s of phrases: transitions out of the root are a direct table
 * of 65,536 ints; all others live in one {@link TransitionTable} keyed by (state, char), so a
 * step is one multiply, one probe and (rarely) a few failure links. Immutable and safe to share
 * between threads.
 *
 * @param <T> the payload type
 */
public final class PhraseAutomaton<T> {
  private final int[] rootNext;
  private final TransitionTable edges;
  private final int[] fail;
  /** Nearest state, this one or one on the failure chain, where a phrase ends; 0 for none. */
  private final int[] emit;
  private final int[] firstPhrase;
  private final int[] nextPhrase;
  private final int[] phraseLength;
  private final boolean[] leftBoundary;
  private final boolean[] rightBoundary;
  private final List<T> payloads;
  private final int ringMask;
  /** Transition caches, one per scan in progress (see {@link TransitionTable#get(int, char, long[])}). */
  private final ScratchPool<long[]> caches = ScratchPool.perCore(TransitionTable::newCache);

  /** Receives each match. */
  @FunctionalInterface
  public interface HitSink<T> {
    /**
     * One match.
     *
     * @param start offset in the original text of the first char
     * @param end offset after the last char
     * @param payload the phrase's payload
     */
    void hit(int start, int end, T payload);
  }

  private PhraseAutomaton(Builder<T> b) {
    this.rootNext = b.rootNext;
    this.payloads = List.copyOf(b.payloads);
    int states = b.states;
    this.edges = b.edges;
    this.firstPhrase = Arrays.copyOf(b.firstPhrase, states);
    this.nextPhrase = b.nextPhrase.stream().mapToInt(Integer::intValue).toArray();
    this.phraseLength = b.phraseLength.stream().mapToInt(Integer::intValue).toArray();
    this.leftBoundary = new boolean[payloads.size()];
    this.rightBoundary = new boolean[payloads.size()];
    for (int p = 0; p < payloads.size(); p++) {
      leftBoundary[p] = b.leftBoundary.get(p);
      rightBoundary[p] = b.rightBoundary.get(p);
    }
    this.fail = new int[states];
    this.emit = new int[states];
    buildFailureLinks(b, states);
    int longest = 1;
    for (int len : phraseLength) {
      longest = Math.max(longest, len);
    }
    this.ringMask = Integer.highestOneBit(longest * 2 - 1) * 2 - 1;
  }

  /** A new builder. */
  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /** The number of phrases. */
  public int size() {
    return payloads.size();
  }

  /**
   * Finds every phrase occurrence in {@code text}, in order of end offset. The text is folded as
   * {@link CharFolding#foldString} folds phrases: separators collapse and the word "and" is
   * skipped (so "Cotton and Linen", "Cotton & Linen" and "Cotton Linen" are one name).
   */
  public void scan(CharSequence text, HitSink<? super T> sink) {
    Objects.requireNonNull(sink, "sink");
    long[] cache = caches.take();
    try {
      scan(text, new Scan(text, sink, cache));
    } finally {
      caches.give(cache);
    }
  }

  private void scan(CharSequence text, Scan scan) {
    final int n = text.length();
    boolean lastSeparator = true;
    int pending = 0; // how many chars of a word "and" are held back
    int pendingStart = 0;
    for (int i = 0; i < n; i++) {
      char c = CharFolding.fold(text.charAt(i));
      if (c == CharFolding.SEPARATOR) {
        if (pending == 3) {
          pending = 0; // the word "and": dropped, with the separator after it
          continue;
        }
        if (pending > 0) {
          scan.flush(pendingStart, pending);
          pending = 0;
          lastSeparator = false;
        }
        if (lastSeparator) {
          continue;
        }
        lastSeparator = true;
      } else {
        if ((lastSeparator || pending > 0) && pending < 3 && c == AND.charAt(pending)) {
          if (pending == 0) {
            pendingStart = i;
          }
          pending++;
          continue;
        }
        if (pending > 0) {
          scan.flush(pendingStart, pending);
          pending = 0;
        }
        lastSeparator = false;
      }
      scan.feed(c, i);
    }
    if (pending > 0 && pending < 3) {
      scan.flush(pendingStart, pending);
    }
  }

  private static final String AND = CharFolding.SKIPPED_WORD;

  /** The state of one scan. */
  private final class Scan {
    private final CharSequence text;
    private final HitSink<? super T> sink;
    private final int[] positions = new int[ringMask + 1];
    private final int n;
    private final long[] cache;
    private int emitted;
    private int state;

    Scan(CharSequence text, HitSink<? super T> sink, long[] cache) {
      this.text = text;
      this.sink = sink;
      this.cache = cache;
      this.n = text.length();
    }

    /** Feeds held-back chars; they are consecutive in the text. */
    void flush(int from, int count) {
      for (int k = 0; k < count; k++) {
        feed(AND.charAt(k), from + k);
      }
    }

    void feed(char c, int i) {
      positions[emitted & ringMask] = i;
      emitted++;
      state = step(state, c, cache);
      for (int s = emit[state]; s != 0; s = emit[fail[s]]) {
        for (int p = firstPhrase[s]; p >= 0; p = nextPhrase[p]) {
          int start = positions[(emitted - phraseLength[p]) & ringMask];
          int end = i + 1;
          if (leftBoundary[p] && start > 0 && CharFolding.isWordChar(text.charAt(start - 1))) {
            continue;
          }
          if (rightBoundary[p] && end < n && CharFolding.isWordChar(text.charAt(end))) {
            continue;
          }
          sink.hit(start, end, payloads.get(p));
        }
      }
    }
  }

  /** Every match as a list; convenient for tests and small texts. */
  public List<Match<T>> findAll(CharSequence text) {
    List<Match<T>> out = new ArrayList<>();
    scan(text, (s, e, p) -> out.add(new Match<>(s, e, p)));
    return out;
  }

  /** One match: {@code [start, end)} in the original text. */
  public record Match<T>(int start, int end, T payload) {}

  private int step(int state, char c, long[] cache) {
    while (state != 0) {
      int t = edges.get(state, c, cache);
      if (t >= 0) {
        return t;
      }
      state = fail[state];
    }
    return rootNext[c];
  }

  private void buildFailureLinks(Builder<T> b, int states) {
    // Breadth first: a state's failure link depends only on shallower states.
    int[] order = new int[states];
    int[] depthCount = new int[b.maxDepth + 2];
    for (int s = 1; s < states; s++) {
      depthCount[b.depth[s]]++;
    }
    int[] depthStart = new int[b.maxDepth + 2];
    for (int d = 1; d <= b.maxDepth; d++) {
      depthStart[d + 1] = depthStart[d] + depthCount[d];
    }
    for (int s = 1; s < states; s++) {
      order[depthStart[b.depth[s]]++] = s;
    }
    emit[0] = 0;
    for (int k = 0; k < states - 1; k++) {
      int s = order[k];
      int parent = b.parent[s];
      char c = b.label[s];
      int f;
      if (parent == 0) {
        f = 0;
      } else {
        f = fail[parent];
        int t;
        while (f != 0 && (t = edges.get(f, c)) < 0) {
          f = fail[f];
        }
        if (f != 0) {
          f = edges.get(f, c);
        } else {
          f = rootNext[c] == s ? 0 : rootNext[c];
        }
      }
      fail[s] = f;
      emit[s] = firstPhrase[s] >= 0 ? s : emit[f];
    }
  }

  /** Collects phrases; {@link #build()} makes the automaton. */
  public static final class Builder<T> {
    private final int[] rootNext = new int[65536];
    private final TransitionTable edges = new TransitionTable(1024);
    private int[] parent = new int[1024];
    private char[] label = new char[1024];
    private int[] depth = new int[1024];
    private int[] firstPhrase = new int[1024];
    private int states = 1;
    private int maxDepth;
    private final List<T> payloads = new ArrayList<>();
    private final List<Integer> nextPhrase = new ArrayList<>();
    private final List<Integer> phraseLength = new ArrayList<>();
    private final List<Boolean> leftBoundary = new ArrayList<>();
    private final List<Boolean> rightBoundary = new ArrayList<>();

    private Builder() {
      firstPhrase[0] = -1;
    }

    /**
     * Adds a phrase. Phrases that fold to nothing (only punctuation) are ignored.
     *
     * @return true when the phrase was added
     */
    public boolean add(String phrase, T payload) {
      Objects.requireNonNull(payload, "payload");
      String folded = CharFolding.foldString(phrase);
      if (folded.isEmpty()) {
        return false;
      }
      int s = 0;
      for (int i = 0; i < folded.length(); i++) {
        char c = folded.charAt(i);
        int t = transition(s, c);
        if (t < 0) {
          t = newState(s, c, i + 1);
        }
        s = t;
      }
      int p = payloads.size();
      payloads.add(payload);
      nextPhrase.add(firstPhrase[s]);
      firstPhrase[s] = p;
      phraseLength.add(folded.length());
      leftBoundary.add(CharFolding.isWordChar(folded.charAt(0)));
      rightBoundary.add(CharFolding.isWordChar(folded.charAt(folded.length() - 1)));
      return true;
    }

    /** The automaton over every phrase added so far. */
    public PhraseAutomaton<T> build() {
      return new PhraseAutomaton<>(this);
    }

    private int transition(int s, char c) {
      if (s == 0) {
        int t = rootNext[c];
        return t == 0 ? -1 : t;
      }
      return edges.get(s, c);
    }

    private int newState(int from, char c, int d) {
      if (states == parent.length) {
        int n = states * 2;
        parent = Arrays.copyOf(parent, n);
        label = Arrays.copyOf(label, n);
        depth = Arrays.copyOf(depth, n);
        firstPhrase = Arrays.copyOf(firstPhrase, n);
      }
      int s = states++;
      parent[s] = from;
      label[s] = c;
      depth[s] = d;
      firstPhrase[s] = -1;
      maxDepth = Math.max(maxDepth, d);
      if (from == 0) {
        rootNext[c] = s;
      } else {
        edges.put(from, c, s);
      }
      return s;
    }
  }
}
