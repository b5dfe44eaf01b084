package org.threadline.core.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.threadline.core.lists.ListEntry;
import org.threadline.core.model.Explanation;

/**
 * The name matcher: parses every name and alias of a list's entries once, indexes them, and
 * scores each query name against its candidates with {@link NameScorer}. Immutable and
 * thread-safe.
 */
public final class StructuredNameMatcher implements NameMatcher {
  /** Candidates scored per query name. */
  public static final int DEFAULT_CANDIDATES = 64;

  private final MatchingModel model;
  private final List<ListEntry> entries;
  private final int[] entryOf;
  // Per name, whether its entry is listed with its subsidiaries: read for every candidate, kept
  // here so that scoring a candidate does not touch its entry.
  private final boolean[] withSubsidiaries;
  private final PlaceAndIndustry shapes;
  private final String[] nameOf;
  // Per name, the table entry it comes from when it is not the list's own, else null.
  private final KnownName[] knownNameOf;
  private final ParsedName[] parsed;
  private final TermWeights weights;
  private final CandidateIndex index;
  private final int candidates;

  /** Builds a matcher over the entries' names and aliases. */
  public StructuredNameMatcher(MatchingModel model, List<ListEntry> entries) {
    this(model, entries, DEFAULT_CANDIDATES);
  }

  /**
   * @param candidates how many candidate names to score per query name; at least 1
   */
  public StructuredNameMatcher(MatchingModel model, List<ListEntry> entries, int candidates) {
    this(model, entries, candidates, entry -> List.of());
  }

  /**
   * @param candidates how many candidate names to score per query name; at least 1
   * @param knownNames names each entry is known by beyond the list's own (Threadline's table)
   */
  public StructuredNameMatcher(MatchingModel model, List<ListEntry> entries, int candidates,
      java.util.function.Function<ListEntry, List<KnownName>> knownNames) {
    if (candidates < 1) {
      throw new IllegalArgumentException("candidates must be at least 1, got " + candidates);
    }
    this.model = model;
    this.entries = List.copyOf(entries);
    this.candidates = candidates;
    List<Integer> owners = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<ParsedName> parsedNames = new ArrayList<>();
    List<KnownName> known = new ArrayList<>();
    for (int i = 0; i < this.entries.size(); i++) {
      ListEntry entry = this.entries.get(i);
      List<KnownName> more = knownNames.apply(entry);
      List<String> all = new ArrayList<>(entry.names());
      for (KnownName k : more) {
        all.add(k.name());
      }
      for (int n = 0; n < all.size(); n++) {
        String name = all.get(n);
        if (name == null || name.isBlank()) {
          continue;
        }
        ParsedName p = model.parser().parse(name);
        if (p.terms().isEmpty()) {
          continue;
        }
        owners.add(i);
        names.add(name);
        parsedNames.add(p);
        known.add(n < entry.names().size() ? null : more.get(n - entry.names().size()));
      }
    }
    this.knownNameOf = known.toArray(new KnownName[0]);
    this.entryOf = owners.stream().mapToInt(Integer::intValue).toArray();
    this.withSubsidiaries = new boolean[entryOf.length];
    for (int i = 0; i < entryOf.length; i++) {
      withSubsidiaries[i] = this.entries.get(entryOf[i]).includesSubsidiaries();
    }
    this.nameOf = names.toArray(new String[0]);
    this.parsed = parsedNames.toArray(new ParsedName[0]);
    this.shapes = new PlaceAndIndustry(parsed.length);
    for (int i = 0; i < parsed.length; i++) {
      shapes.put(i, parsed[i]);
    }
    List<Set<String>> docs = new ArrayList<>(parsedNames.size() + model.background().size());
    for (ParsedName p : parsedNames) {
      docs.add(keysOf(p));
    }
    docs.addAll(model.background());
    this.weights = new TermWeights(docs);
    this.index = new CandidateIndex(parsedNames);
  }

  private static Set<String> keysOf(ParsedName p) {
    Set<String> keys = new java.util.HashSet<>();
    for (Term t : p.terms()) {
      keys.add(t.key());
    }
    return keys;
  }

  @Override
  public List<NameMatch> match(List<String> queryNames, double threshold) {
    return match(queryNames, threshold, false);
  }

  /**
   * Like {@link #match}, but scores the query against every name of the list instead of the
   * index's candidates: the reference the candidate index is measured against.
   */
  public List<NameMatch> matchExhaustively(List<String> queryNames, double threshold) {
    return match(queryNames, threshold, true);
  }

  private List<NameMatch> match(List<String> queryNames, double threshold, boolean exhaustive) {
    Map<Integer, NameMatch> best = new HashMap<>();
    for (String q : queryNames) {
      if (q == null || q.isBlank()) {
        continue;
      }
      ParsedName pq = model.parseRecent(q);
      if (pq.terms().isEmpty()) {
        continue;
      }
      int[] ids = exhaustive
          ? java.util.stream.IntStream.range(0, parsed.length).toArray()
          : index.candidates(pq, candidates);
      // Above the score of a name whose place and industry both differ, such names need not
      // be scored (in a large list, most of a query's namesakes).
      PlaceAndIndustry queryShape = null;
      if (threshold > NameScorer.DIFFERENT_PLACE_AND_INDUSTRY_SCORE) {
        queryShape = new PlaceAndIndustry(1);
        queryShape.put(0, pq);
      }
      for (int id : ids) {
        if (queryShape != null && shapes.placeAndIndustryDiffer(queryShape, id, model.scorer())) {
          continue;
        }
        NameComparison c = model.scorer().compare(
            pq, parsed[id], withSubsidiaries[id], weights, false, threshold);
        if (c.score() < threshold || c.score() <= 0.0) {
          continue;
        }
        ListEntry entry = entries.get(entryOf[id]);
        NameMatch previous = best.get(entryOf[id]);
        if (previous == null || c.score() > previous.score()) {
          // Explained only now: the sentences are for the matches that are reported.
          NameComparison explained = model.scorer().compare(
              pq, parsed[id], entry.includesSubsidiaries(), weights, true, 0.0);
          best.put(entryOf[id], toMatch(entry, q, nameOf[id], knownNameOf[id], explained));
        }
      }
    }
    List<NameMatch> out = new ArrayList<>(best.values());
    out.sort(Comparator.comparingDouble(NameMatch::score).reversed()
        .thenComparing(m -> m.entry().id()));
    return out;
  }

  private static NameMatch toMatch(ListEntry entry, String query, String entryName,
      KnownName known, NameComparison c) {
    List<Explanation> why = new ArrayList<>(c.explanation().size() + 1);
    boolean primary = entryName.equals(entry.name());
    why.add(new Explanation("name", c.score(), "'" + query + "' matched "
        + (known != null ? "'" + entryName + "', " + known.describe()
            : "the entry's " + (primary ? "name" : "alias") + " '" + entryName + "'")));
    why.addAll(c.explanation());
    return new NameMatch(entry, query, entryName, c.score(), c.subsidiary(), why);
  }

  /** The candidate index. */
  public CandidateIndex index() {
    return index;
  }

  /** Number of names and aliases indexed. */
  public int indexedNames() {
    return parsed.length;
  }
}
