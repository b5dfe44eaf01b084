package org.threadline.bench.matching;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.threadline.core.matching.NameParser;
import org.threadline.core.matching.ParsedName;
import org.threadline.core.matching.Term;
import org.threadline.input.InputOptions;
import org.threadline.input.PartyReader;
import org.threadline.input.PartySource;
import org.threadline.lists.matching.BundledMatchers;

/**
 * Learns how common trade names and industry words are among real company names, for the
 * matcher's evidence weights: parses every party name of every supplier file below a folder with
 * the bundled parser and counts the trade names (by their characters and by their pinyin) and the
 * industries. Writes {@code data/dictionaries/name_frequency.tsv}.
 *
 * <pre>
 * java -cp "bench/target/classes:bench/target/lib/*" \
 *     org.threadline.bench.matching.NameFrequencyLearner DIR data/dictionaries/name_frequency.tsv
 * </pre>
 *
 * <p>Trade names seen once are left out (a name missing from the table counts as seen never or
 * once, about the same evidence); industries are all kept. The counts depend on the parser, so
 * the table is learnt again when the dictionaries change much.
 */
public final class NameFrequencyLearner {
  private NameFrequencyLearner() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: NameFrequencyLearner POPULATIONS_DIR... OUT.tsv");
      System.exit(2);
    }
    Path out = Path.of(args[args.length - 1]);
    NameParser parser = BundledMatchers.model().parser();
    Map<String, Integer> han = new HashMap<>();
    Map<String, Integer> pinyin = new HashMap<>();
    Map<String, Integer> industry = new HashMap<>();
    Map<String, Integer> latin = new HashMap<>();
    Map<String, Integer> latinWords = new HashMap<>();
    long names = 0;
    long latinNames = 0;
    List<Path> files = new java.util.ArrayList<>();
    for (int d = 0; d < args.length - 1; d++) {
      try (Stream<Path> walk = Files.walk(Path.of(args[d]), java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
        files.addAll(walk.filter(Files::isRegularFile)
            .filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
            .sorted().toList());
      }
    }
    for (Path file : files) {
      try (PartySource source = PartyReader.open(file, InputOptions.defaults())) {
        while (source.hasNext()) {
          String name = source.next().name();
          if (name == null) {
            continue;
          }
          ParsedName p = parser.parse(name);
          names++;
          List<Term> trade = p.tradeTerms();
          if (p.terms().stream().noneMatch(Term::isHan)) {
            // Names in Latin script: how common each trade name is among them (Giant, Star).
            latinNames++;
            if (!trade.isEmpty()) {
              latin.merge(p.tradeSpelling().key(), 1, Integer::sum);
            }
            Set<String> words = new HashSet<>();
            for (Term t : p.terms()) {
              for (String word : t.key().split(" ")) {
                if (words.add(word)) {
                  latinWords.merge(word, 1, Integer::sum);
                }
              }
            }
          }
          if (!trade.isEmpty()) {
            StringBuilder h = new StringBuilder();
            boolean allHan = true;
            for (Term t : trade) {
              allHan &= t.han() != null;
              h.append(t.han());
            }
            if (allHan) {
              han.merge(h.toString(), 1, Integer::sum);
            }
            if (p.tradeSpelling().syllables() != null) {
              pinyin.merge(p.tradeSpelling().key(), 1, Integer::sum);
            }
          }
          Set<String> seen = new HashSet<>();
          for (Term t : p.terms()) {
            if (t.role() == Term.Role.INDUSTRY && seen.add(t.key())) {
              industry.merge(t.key(), 1, Integer::sum);
            }
          }
        }
      }
    }
    StringBuilder sb = new StringBuilder();
    sb.append("# How common trade names and industry words are among real company names: the\n")
        .append("# matcher's evidence weights (org.threadline.core.matching.NameFrequency).\n")
        .append("# Learnt by org.threadline.bench.matching.NameFrequencyLearner on ")
        .append(LocalDate.now()).append(" from ").append(files.size())
        .append(" files of real populations (see README.md).\n")
        .append("# Columns: kind (corpus | corpus_latin | trade_han | trade_pinyin | trade_latin |")
        .append(" latin_word | industry), text, count (latin_word: Latin-script names with the")
        .append(" word anywhere).\n")
        .append("# Trade names seen once are left out.\n");
    sb.append("corpus\t").append(names).append('\n');
    sb.append("corpus_latin\t").append(latinNames).append('\n');
    write(sb, "trade_han", han, 2);
    write(sb, "trade_pinyin", pinyin, 2);
    write(sb, "trade_latin", latin, 2);
    write(sb, "latin_word", latinWords, 2);
    write(sb, "industry", industry, 1);
    Files.writeString(out, sb, StandardCharsets.UTF_8);
    System.out.printf(Locale.ROOT, "%d names (%d in Latin script); %d trade names by characters,"
        + " %d by pinyin, %d Latin, %d industries; wrote %s%n", names, latinNames, han.size(),
        pinyin.size(), latin.size(), industry.size(), out);
  }

  private static void write(StringBuilder sb, String kind, Map<String, Integer> counts, int min) {
    for (Map.Entry<String, Integer> e : new TreeMap<>(counts).entrySet()) {
      if (e.getValue() >= min && !e.getKey().isBlank() && e.getKey().indexOf('\t') < 0) {
        sb.append(kind).append('\t').append(e.getKey()).append('\t').append(e.getValue()).append('\n');
      }
    }
  }
}
