package org.threadline.core.matching;

import java.util.List;

/**
 * The dictionary rows the matcher is built from, already read (core does no I/O; the {@code
 * lists} module reads the bundled files of {@code data/dictionaries/} and {@code data/geo/}).
 *
 * @param legalForms rows {@code form, canonical, language}
 * @param stopWords rows {@code word, language}
 * @param translatedWords rows {@code chinese forms (|), english forms (|), role}
 * @param brands rows {@code chinese, english forms (|), role}
 * @param exonyms rows {@code chinese, latin names (|)}
 * @param abbreviations rows {@code abbreviation, expansion}
 * @param readings rows {@code word, pinyin syllables separated by spaces}
 * @param adminPlaces rows {@code short chinese name, pinyin syllables separated by spaces, full
 *     chinese name, level (0 province, 1 prefecture, 2 county), division code (GB/T 2260)}
 * @param matchWeights rows {@code name, value}: the scorer's weights ({@link MatchWeights})
 * @param nameFrequencies rows of how common trade names and industries are in real company
 *     names ({@link NameFrequency}); may be empty
 * @param englishWords ordinary English words, lower case: a Latin trade name made of them tells
 *     less than a coined one
 * @param version a version of the dictionaries, reported with results
 */
public record MatchingData(
    List<String[]> legalForms,
    List<String[]> stopWords,
    List<String[]> translatedWords,
    List<String[]> brands,
    List<String[]> exonyms,
    List<String[]> abbreviations,
    List<String[]> readings,
    List<String[]> adminPlaces,
    List<String[]> matchWeights,
    List<String[]> nameFrequencies,
    List<String> englishWords,
    String version) {
  public MatchingData {
    legalForms = List.copyOf(legalForms);
    stopWords = List.copyOf(stopWords);
    translatedWords = List.copyOf(translatedWords);
    brands = List.copyOf(brands);
    exonyms = List.copyOf(exonyms);
    abbreviations = List.copyOf(abbreviations);
    readings = List.copyOf(readings);
    adminPlaces = List.copyOf(adminPlaces);
    matchWeights = List.copyOf(matchWeights);
    nameFrequencies = List.copyOf(nameFrequencies);
    englishWords = List.copyOf(englishWords);
  }
}
