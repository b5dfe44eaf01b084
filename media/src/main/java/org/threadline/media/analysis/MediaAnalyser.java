package org.threadline.media.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.threadline.core.lists.ListEntry;
import org.threadline.core.lists.ListInfo;
import org.threadline.core.lists.ReferenceList;
import org.threadline.media.dictionary.PhraseAutomaton;
import org.threadline.media.ingest.Article;
import org.threadline.media.lexicon.Cue;
import org.threadline.media.lexicon.CueFamily;
import org.threadline.media.lexicon.CueLexicon;
import org.threadline.media.lexicon.ListName;
import org.threadline.media.lexicon.ListNameVariants;
import org.threadline.media.lexicon.PlaceLexicon;
import org.threadline.media.lexicon.NamedAfterPlace;
import org.threadline.media.lexicon.PlaceName;
import org.threadline.media.lexicon.Term;
import org.threadline.media.text.LanguageDetector;
import org.threadline.media.text.Sentences;

/**
 * Reads an article for forced labour: what it alleges (topics, ILO indicators, state-imposed
 * signals), about whom (organisations, people, list entries), where (places) and in which
 * sectors, and with what stance.
 *
 * <p>Every phrase of every lexicon, every place name and every name and alias of every loaded
 * list sits in one {@link PhraseAutomaton}, so the text is read once whatever the number of
 * names; the rest of the work is proportional to the matches. Built once, then safe to call from
 * many threads.
 */
public final class MediaAnalyser {
  private static final int NEGATION_WINDOW = 30;

  private final PhraseAutomaton<Term> automaton;
  private final LanguageDetector languages = new LanguageDetector();
  private final List<ListInfo> lists;
  private final List<String> placeVersions;
  private final String lexiconVersion;

  private MediaAnalyser(PhraseAutomaton<Term> automaton, List<ListInfo> lists,
      List<String> placeVersions, String lexiconVersion) {
    this.automaton = automaton;
    this.lists = List.copyOf(lists);
    this.placeVersions = List.copyOf(placeVersions);
    this.lexiconVersion = lexiconVersion;
  }

  /** A builder over the given lexicon. */
  public static Builder builder(CueLexicon cues) {
    return new Builder(cues);
  }

  /** The lists whose entries the analyser finds, with their versions. */
  public List<ListInfo> lists() {
    return lists;
  }

  /** The versions of the place lexicons and the cue lexicon, for provenance. */
  public List<String> dataVersions() {
    List<String> out = new ArrayList<>(placeVersions);
    out.add(lexiconVersion);
    return out;
  }

  /** The number of phrases in the dictionary (cues, place names, list names). */
  public int dictionarySize() {
    return automaton.size();
  }

  /** Analyses one article. */
  public ArticleAnalysis analyse(Article article) {
    String text = article.text();
    Matches m = new Matches();
    automaton.scan(text, m::add);
    int headlineEnd = headlineEnd(text);

    List<ListMention> listMentions = listMentions(text, m.lists);
    List<PlaceMention> places = places(text, m.places, m.namedAfterPlaces);
    List<Hit<Cue>> topicHits = Hit.outermost(m.cues(CueFamily.TOPIC));
    List<IndicatorFinding> indicators = indicators(text, m);
    List<Hit<Cue>> sectorHits = Hit.outermost(m.cues(CueFamily.SECTOR));

    long entries = listMentions.stream().map(l -> l.list() + "\u0000" + l.entryId()).distinct().count();
    boolean xinjiang = places.stream().anyMatch(PlaceMention::inXinjiang);
    double relevance = RelevanceScorer.score(topicHits, indicators, (int) entries, xinjiang, headlineEnd);
    boolean relevant = relevance >= ArticleAnalysis.RELEVANT;
    StanceClassifier.Stance stance =
        StanceClassifier.classify(Hit.outermost(m.cues(CueFamily.STANCE)), relevant, headlineEnd);

    List<Cited> topicEvidence = new ArrayList<>();
    List<String> topics = relevant ? topics(topicHits, topicEvidence) : List.of();
    List<Cited> sectorEvidence = new ArrayList<>();
    Set<String> sectors = new LinkedHashSet<>();
    for (Hit<Cue> h : sectorHits) {
      sectors.add(h.term().id());
      sectorEvidence.add(new Cited(h.term().id(), h.start(), h.end(), h.term().weight()));
    }

    List<NameMention> organisations = organisations(text, m.cues(CueFamily.ORGANISATION_SUFFIX), listMentions);
    List<int[]> taken = new ArrayList<>();
    organisations.forEach(o -> taken.add(new int[] {o.start(), o.end()}));
    places.forEach(p -> taken.add(new int[] {p.start(), p.end()}));
    List<NameMention> people = PeopleFinder.find(text, m.cues(CueFamily.PERSON_CUE), taken);

    // Indicators of forced labour are reported for articles about forced labour only: "unpaid
    // wages" in a wage-theft story or "扶贫" in a tourism story assert no forced labour.
    return new ArticleAnalysis(article, languages.detect(text), relevance, stance.stance(), topics,
        relevant ? indicators : List.of(), places, List.copyOf(sectors), organisations, people, listMentions, List.of(),
        topicEvidence, sectorEvidence, stance.evidence());
  }

  private static int headlineEnd(String text) {
    int nl = text.indexOf('\n');
    return nl < 0 ? Math.min(text.length(), 300) : nl;
  }

  private static List<ListMention> listMentions(String text, List<Hit<ListName>> hits) {
    List<Hit<ListName>> kept = new ArrayList<>();
    for (Hit<ListName> h : hits) {
      if (!h.term().derived() || isCapitalised(text, h.start(), h.end())) {
        kept.add(h);
      }
    }
    // The longest name wins where names nest ("Xinjiang Zhongtai Chemical" over "Xinjiang
    // Zhongtai"); the same surface on two lists, or twice on one, is reported for each entry.
    Set<Long> outer = new java.util.HashSet<>();
    for (Hit<ListName> o : Hit.outermost(kept)) {
      outer.add(((long) o.start() << 32) | o.end());
    }
    List<ListMention> out = new ArrayList<>();
    for (Hit<ListName> h : kept) {
      if (!outer.contains(((long) h.start() << 32) | h.end())) {
        continue;
      }
      ListName n = h.term();
      ListMention mention = new ListMention(n.list().id(), n.list().version(), n.entry().id(),
          n.entry().name(), text.substring(h.start(), h.end()), h.start(), h.end());
      if (!out.contains(mention)) {
        out.add(mention);
      }
    }
    return out;
  }

  private static List<PlaceMention> places(String text, List<Hit<PlaceName>> hits,
      List<Hit<NamedAfterPlace>> things) {
    List<Hit<PlaceName>> kept = new ArrayList<>();
    for (Hit<PlaceName> h : hits) {
      if (within(h, things)) {
        continue; // 哈密瓜, Hami melon: a melon, not the city
      }
      char first = text.charAt(h.start());
      // Latin names must be capitalised: "Turkey" is a country, "turkey" a bird.
      if (!Character.isLetter(first) || Character.isUpperCase(first) || Character.isIdeographic(first)) {
        kept.add(h);
      }
    }
    List<PlaceMention> out = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (Hit<PlaceName> h : Hit.outermost(kept)) {
      PlaceName p = h.term();
      // One name can be two places (a prefecture and its seat share a name): keep the first.
      if (seen.add(h.start() + ":" + h.end())) {
        out.add(new PlaceMention(p.name(), p.divisionCode(), p.country(), h.start(), h.end()));
      }
    }
    return out;
  }

  private static boolean within(Hit<?> h, List<? extends Hit<?>> others) {
    for (Hit<?> o : others) {
      if (o.start() <= h.start() && h.end() <= o.end()) {
        return true;
      }
    }
    return false;
  }

  private static List<IndicatorFinding> indicators(String text, Matches m) {
    List<Hit<Cue>> cues = new ArrayList<>(m.cues(CueFamily.ILO_INDICATOR));
    cues.addAll(m.cues(CueFamily.STATE_SIGNAL));
    if (cues.isEmpty()) {
      return List.of();
    }
    // Sentences are split only for articles that need a supporting sentence.
    Sentences sentences = Sentences.of(text);
    cues = Hit.outermost(cues);
    List<Hit<Cue>> negations = m.cues(CueFamily.NEGATION);
    List<IndicatorFinding> out = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (Hit<Cue> h : cues) {
      Sentences.Span s = sentences.around(h.start(), h.end());
      if (negated(h, negations, s)) {
        continue;
      }
      String indicator = h.term().id();
      if (!seen.add(indicator + "@" + s.start())) {
        continue;
      }
      boolean state = h.term().family() == CueFamily.STATE_SIGNAL;
      out.add(new IndicatorFinding(indicator, state, text.substring(s.start(), s.end()),
          s.start(), s.end(), h.start(), h.end()));
    }
    return out;
  }

  private static boolean negated(Hit<Cue> cue, List<Hit<Cue>> negations, Sentences.Span sentence) {
    for (Hit<Cue> n : negations) {
      if (n.end() <= cue.start() && n.end() >= cue.start() - NEGATION_WINDOW
          && n.start() >= sentence.start()) {
        return true;
      }
    }
    return false;
  }

  private static List<String> topics(List<Hit<Cue>> topicHits, List<Cited> evidence) {
    Map<String, Double> weight = new LinkedHashMap<>();
    for (Hit<Cue> h : topicHits) {
      weight.merge(h.term().id(), h.term().weight(), Double::sum);
    }
    List<String> topics = weight.entrySet().stream()
        .filter(e -> e.getValue() >= 0.5)
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .map(Map.Entry::getKey)
        .toList();
    for (Hit<Cue> h : topicHits) {
      if (topics.contains(h.term().id())) {
        evidence.add(new Cited(h.term().id(), h.start(), h.end(), h.term().weight()));
      }
    }
    return topics;
  }

  private static List<NameMention> organisations(String text, List<Hit<Cue>> suffixes, List<ListMention> listed) {
    List<NameMention> found = new ArrayList<>(OrganisationFinder.find(text, suffixes));
    for (ListMention l : listed) {
      boolean covered = found.stream().anyMatch(o -> o.start() < l.end() && l.start() < o.end());
      if (!covered) {
        found.add(new NameMention(l.surface(), l.start(), l.end()));
      }
    }
    found.sort(java.util.Comparator.comparingInt(NameMention::start));
    return found;
  }

  /** True when every word of {@code [s, e)} that is not a short connector starts upper case. */
  private static boolean isCapitalised(String text, int s, int e) {
    int i = s;
    while (i < e) {
      while (i < e && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int w = i;
      while (i < e && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      if (w < i) {
        char c = text.charAt(w);
        String word = text.substring(w, i);
        boolean connector = word.equals("and") || word.equals("of") || word.equals("the");
        if (Character.isLowerCase(c) && !connector) {
          return false;
        }
      }
    }
    return true;
  }

  /** The matches of one scan, by kind. */
  private static final class Matches {
    final List<Hit<ListName>> lists = new ArrayList<>();
    final List<Hit<PlaceName>> places = new ArrayList<>();
    final List<Hit<NamedAfterPlace>> namedAfterPlaces = new ArrayList<>();
    final Map<CueFamily, List<Hit<Cue>>> cues = new java.util.EnumMap<>(CueFamily.class);

    void add(int start, int end, Term term) {
      if (term instanceof Cue c) {
        cues.computeIfAbsent(c.family(), f -> new ArrayList<>()).add(new Hit<>(start, end, c));
      } else if (term instanceof PlaceName p) {
        places.add(new Hit<>(start, end, p));
      } else if (term instanceof ListName l) {
        lists.add(new Hit<>(start, end, l));
      } else if (term instanceof NamedAfterPlace n) {
        namedAfterPlaces.add(new Hit<>(start, end, n));
      }
    }

    List<Hit<Cue>> cues(CueFamily family) {
      return cues.getOrDefault(family, List.of());
    }
  }

  /** Collects the lexicon, the place names and the lists. */
  public static final class Builder {
    private final CueLexicon cues;
    private final List<PlaceLexicon> places = new ArrayList<>();
    private final List<String> namedAfterPlaces = new ArrayList<>();
    private final List<ReferenceList> lists = new ArrayList<>();
    private java.util.function.Function<ListEntry, List<String>> moreNames = e -> List.of();

    private Builder(CueLexicon cues) {
      this.cues = Objects.requireNonNull(cues, "cues");
    }

    /** Adds a source of place names. */
    public Builder places(PlaceLexicon lexicon) {
      places.add(Objects.requireNonNull(lexicon, "lexicon"));
      return this;
    }

    /**
     * Adds names of products and landmarks named after places (哈密瓜, Hami melon): a place
     * name inside one of them is not counted as a place.
     */
    public Builder namedAfterPlaces(List<String> names) {
      namedAfterPlaces.addAll(names);
      return this;
    }

    /** Adds lists whose entries to find under every name and alias. */
    public Builder lists(List<ReferenceList> more) {
      lists.addAll(more);
      return this;
    }

    /**
     * Further names under which an entry may be mentioned, beyond the list's own (the XPCC as
     * the gazetteer knows it in Chinese, for one); they count like the list's own names.
     */
    public Builder moreNames(java.util.function.Function<ListEntry, List<String>> names) {
      this.moreNames = Objects.requireNonNull(names, "names");
      return this;
    }

    public MediaAnalyser build() {
      PhraseAutomaton.Builder<Term> b = PhraseAutomaton.builder();
      for (Cue c : cues.all()) {
        b.add(c.phrase(), c);
      }
      for (PlaceLexicon p : places) {
        for (PlaceName n : p.placeNames()) {
          b.add(n.surface(), n);
        }
      }
      for (String name : namedAfterPlaces) {
        b.add(name, new NamedAfterPlace(name));
      }
      List<ListInfo> infos = new ArrayList<>();
      for (ReferenceList list : lists) {
        infos.add(list.info());
        for (ListEntry e : list.entries()) {
          Set<String> done = new java.util.HashSet<>();
          List<String> names = new ArrayList<>(e.names());
          names.addAll(moreNames.apply(e));
          for (String name : names) {
            for (ListNameVariants.Variant v : ListNameVariants.of(name)) {
              if (done.add(org.threadline.media.text.CharFolding.foldString(v.surface()))) {
                b.add(v.surface(), new ListName(list.info(), e, v.surface(), v.derived()));
              }
            }
          }
        }
      }
      return new MediaAnalyser(b.build(), infos, places.stream().map(PlaceLexicon::version).toList(),
          cues.version());
    }
  }
}
