package org.threadline.core.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.threadline.core.matching.normalise.NameNormaliser;
import org.threadline.core.matching.normalise.ScriptBoundarySpacer;

/**
 * Takes a company name apart into region, trade name, industry, legal form and the rest, in any
 * script. Chinese runs are segmented longest word first against the lexicon, the characters no
 * word covers forming the trade name; Latin words are looked up as phrases of up to {@link
 * Lexicon#LONGEST_PHRASE} words, so that pinyin written with or without spaces finds the same
 * word. Legal forms are set aside wherever they stand, except that short Latin forms ({@code co},
 * {@code sa}, {@code pt}) count only at the end (or {@code pt} at the start), where they cannot
 * be part of a name. Thread-safe.
 */
public final class NameParser {
  private final NameNormaliser normaliser;
  private final Lexicon lexicon;
  private final HanPinyin pinyin;
  private final PinyinSyllables syllables;
  private final Map<String, String> abbreviations;

  /**
   * @param abbreviations Latin abbreviations and what they stand for ({@code mfg} manufacturing),
   *     normalised
   */
  public NameParser(
      NameNormaliser normaliser, Lexicon lexicon, HanPinyin pinyin, PinyinSyllables syllables,
      Map<String, String> abbreviations) {
    this.abbreviations = Map.copyOf(abbreviations);
    this.normaliser = normaliser;
    this.lexicon = lexicon;
    this.pinyin = pinyin;
    this.syllables = syllables;
  }

  /** The normaliser names go through first. */
  public NameNormaliser normaliser() {
    return normaliser;
  }

  /** Parses one name. */
  public ParsedName parse(String name) {
    String norm = normaliser.apply(name);
    List<Piece> pieces = new ArrayList<>();
    String[] tokens = expandAbbreviations(norm.isEmpty() ? new String[0] : norm.split(" "));
    int i = 0;
    while (i < tokens.length) {
      String tok = tokens[i];
      if (ScriptBoundarySpacer.isHan(tok.codePointAt(0))) {
        segmentHan(tok, pieces);
        i++;
        continue;
      }
      int taken = latinPhrase(tokens, i, pieces);
      i += taken;
    }
    String unit = cutUnit(pieces);
    List<String> legal = new ArrayList<>();
    boolean branch = setAsideLegalForms(pieces, legal) || unit != null;
    // The place of a branch (石河子分公司, Urumqi Branch) qualifies it; it is never the trade name.
    boolean branchPlace = branch && pieces.size() > 1
        && pieces.get(pieces.size() - 1).kind() == LexiconEntry.Kind.PLACE;
    List<Term> terms = assignRoles(pieces, branchPlace);
    return new ParsedName(name, norm, terms, legal, branch, otherReadings(terms), unit);
  }

  // A unit of a company is named after the company, its full legal name included, and then
  // the unit (中国邮政集团公司墨玉县分公司, 新疆八一钢铁股份有限公司喀什经销部, X Co., Ltd. Urumqi
  // Branch). What identifies it is the company's name and the unit's places; the unit's other
  // words (营销服务部, 番茄制品, a shop's own name) would only blur the company's. The unit's
  // other pieces are dropped here, a branch marker stands for them, and its text is returned.
  private static String cutUnit(List<Piece> pieces) {
    int cut = -1;
    boolean meaningful = false;
    for (int k = 0; k < pieces.size() - 1; k++) {
      Piece p = pieces.get(k);
      if (isCompanyEnd(p, pieces, k) && meaningful) {
        cut = k;
        break;
      }
      meaningful |= !p.isSetAside();
    }
    if (cut < 0) {
      return null;
    }
    List<Piece> tail = new ArrayList<>(pieces.subList(cut + 1, pieces.size()));
    boolean unitHasText = tail.stream().anyMatch(p -> p.kind() != LexiconEntry.Kind.LEGAL);
    if (!unitHasText) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    for (Piece p : tail) {
      text.append(text.length() > 0 && p.han() == null ? " " : "").append(p.surface());
    }
    // The company's legal form goes last, with the unit's marker, so that both are set aside
    // as the end of the name (a short Latin form inside a name is read as a word).
    Piece legal = pieces.get(cut);
    pieces.subList(cut, pieces.size()).clear();
    for (Piece p : tail) {
      if (p.kind() == LexiconEntry.Kind.PLACE) {
        pieces.add(p);
      }
    }
    pieces.add(legal);
    pieces.add(UNIT);
    return text.toString();
  }

  private static final Piece UNIT =
      new Piece(new LexiconEntry(LexiconEntry.Kind.BRANCH, "branch", "unit"), "unit", null, 1);

  // The legal form that ends a company's name: in Chinese one that ends in 公司 (集团 and 控股
  // lead on to the member's own name); in Latin script one followed later by a branch marker
  // (Co., Ltd. Urumqi Branch), since short Latin forms may stand inside a name.
  private static boolean isCompanyEnd(Piece p, List<Piece> pieces, int at) {
    if (p.kind() != LexiconEntry.Kind.LEGAL) {
      return false;
    }
    if (p.han() != null) {
      return p.han().endsWith("公司");
    }
    for (int k = at + 1; k < pieces.size(); k++) {
      if (pieces.get(k).kind() == LexiconEntry.Kind.BRANCH) {
        return !p.entry().key().equals("group") && !p.entry().key().equals("holding");
      }
    }
    return false;
  }

  // The trade name read another way, when it is written in Chinese characters one of which has
  // more than one reading: the candidate index files the name under those spellings too.
  private List<String> otherReadings(List<Term> terms) {
    StringBuilder han = new StringBuilder();
    for (Term t : terms) {
      if (t.isTradeName()) {
        if (t.han() == null) {
          return List.of();
        }
        han.append(t.han());
      }
    }
    if (han.length() == 0) {
      return List.of();
    }
    List<String> out = new ArrayList<>(2);
    for (List<String> reading : pinyin.alternatives(han.toString(), 4)) {
      out.add(String.join("", reading));
    }
    return out;
  }

  private String[] expandAbbreviations(String[] tokens) {
    List<String> out = null;
    for (int i = 0; i < tokens.length; i++) {
      String expansion = abbreviations.get(tokens[i]);
      if (expansion != null && out == null) {
        out = new ArrayList<>(java.util.Arrays.asList(tokens).subList(0, i));
      }
      if (out != null) {
        if (expansion != null) {
          out.addAll(java.util.Arrays.asList(expansion.split(" ")));
        } else {
          out.add(tokens[i]);
        }
      }
    }
    return out == null ? tokens : out.toArray(new String[0]);
  }

  private int latinPhrase(String[] tokens, int start, List<Piece> pieces) {
    int run = 0;
    while (start + run < tokens.length
        && run < Lexicon.LONGEST_PHRASE
        && !ScriptBoundarySpacer.isHan(tokens[start + run].codePointAt(0))) {
      run++;
    }
    // The longest phrase of two or more words with an entry; phrases are lengthened a word at
    // a time while some key starts with them.
    StringBuilder joined = new StringBuilder(tokens[start]);
    int longest = 0;
    LexiconEntry found = null;
    for (int w = 2; w <= run; w++) {
      joined.append(tokens[start + w - 1]);
      String key = joined.toString();
      if (!lexicon.startsLatinKey(key)) {
        break;
      }
      LexiconEntry e = lexicon.latin(key);
      if (e != null) {
        longest = w;
        found = e;
      }
    }
    if (found != null) {
      String surface = String.join(" ", java.util.Arrays.copyOfRange(tokens, start, start + longest));
      pieces.add(new Piece(found, surface, null, longest));
      return longest;
    }
    String tok = tokens[start];
    LexiconEntry e = lexicon.latinWord(tok);
    pieces.add(new Piece(e, tok, null, 1));
    return 1;
  }

  private void segmentHan(String run, List<Piece> pieces) {
    StringBuilder pending = new StringBuilder();
    int p = 0;
    int n = run.length();
    while (p < n) {
      // The longest word that starts here, lengthened while some word starts with the run.
      LexiconEntry found = null;
      int len = 0;
      HanWordTrie trie = lexicon.hanTrie();
      int node = HanWordTrie.ROOT;
      for (int l = 1; p + l <= n; l++) {
        node = trie.child(node, run.charAt(p + l - 1));
        if (node < 0) {
          break;
        }
        LexiconEntry e = trie.entry(node);
        if (e != null && (l >= 2 || singleCharWordFits(run, p, pending))) {
          found = e;
          len = l;
        }
      }
      if (found == null) {
        pending.append(run.charAt(p));
        p++;
      } else {
        flushTrade(pending, pieces);
        pieces.add(new Piece(found, run.substring(p, p + len), run.substring(p, p + len), 1));
        p += len;
      }
    }
    flushTrade(pending, pieces);
  }

  // A one-character word (棉 cotton, 铝 aluminium) stands on its own only where an industry word
  // stands: after other words, at the end of the run or before another word. Inside a trade name
  // (天棉, 众和) it is part of the name.
  private boolean singleCharWordFits(String run, int p, StringBuilder pending) {
    LexiconEntry e = lexicon.han(run.substring(p, p + 1));
    if (e.kind() != LexiconEntry.Kind.INDUSTRY && e.kind() != LexiconEntry.Kind.LEGAL) {
      return false;
    }
    if (pending.length() == 1) {
      return false;
    }
    if (p + 1 == run.length()) {
      return true;
    }
    for (int len = Math.min(lexicon.longestHan(), run.length() - p - 1); len >= 2; len--) {
      if (lexicon.han(run.substring(p + 1, p + 1 + len)) != null) {
        return true;
      }
    }
    return false;
  }

  private static void flushTrade(StringBuilder pending, List<Piece> pieces) {
    if (pending.length() > 0) {
      pieces.add(new Piece(null, pending.toString(), pending.toString(), 1));
      pending.setLength(0);
    }
  }

  private static boolean setAsideLegalForms(List<Piece> pieces, List<String> legal) {
    boolean branch = false;
    // Trailing legal forms, branch markers and stop words go, whatever their length.
    while (!pieces.isEmpty() && pieces.get(pieces.size() - 1).isSetAside()) {
      Piece last = pieces.remove(pieces.size() - 1);
      branch |= last.kind() == LexiconEntry.Kind.BRANCH;
      if (last.kind() == LexiconEntry.Kind.LEGAL) {
        legal.add(0, last.surface());
      }
    }
    List<Piece> kept = new ArrayList<>(pieces.size());
    for (int k = 0; k < pieces.size(); k++) {
      Piece p = pieces.get(k);
      if (!p.isSetAside()) {
        kept.add(p);
        continue;
      }
      boolean shortLatin = p.han() == null && p.words() == 1 && p.surface().length() <= 3;
      boolean leadingPt = k == 0 && "pt".equals(p.surface());
      if (p.kind() == LexiconEntry.Kind.STOP) {
        continue;
      }
      if (shortLatin && !leadingPt) {
        kept.add(new Piece(null, p.surface(), null, 1));
        continue;
      }
      branch |= p.kind() == LexiconEntry.Kind.BRANCH;
      if (p.kind() == LexiconEntry.Kind.LEGAL) {
        legal.add(p.surface());
      }
    }
    pieces.clear();
    pieces.addAll(kept);
    return branch;
  }

  private List<Term> assignRoles(List<Piece> pieces, boolean branchPlace) {
    List<Term> terms = new ArrayList<>(pieces.size());
    boolean core = false;
    for (Piece p : pieces) {
      Term.Role role;
      LexiconEntry e = p.entry();
      if (e == null) {
        role = p.surface().chars().allMatch(Character::isDigit) ? Term.Role.NUMBER : Term.Role.TRADE;
        // Characters the lexicon does not know, after the trade name and an industry, are more
        // industry (中泰化学盐化: salt chemicals), not a second trade name.
        if (role == Term.Role.TRADE && p.han() != null && !terms.isEmpty()
            && terms.get(terms.size() - 1).role() == Term.Role.INDUSTRY
            && terms.stream().anyMatch(Term::isTradeName)) {
          role = Term.Role.INDUSTRY;
        }
      } else {
        role =
            switch (e.kind()) {
              case PLACE -> core ? Term.Role.QUALIFIER : Term.Role.REGION;
              case INDUSTRY -> Term.Role.INDUSTRY;
              case WORD -> Term.Role.WORD;
              default -> Term.Role.GENERIC;
            };
      }
      if (role == Term.Role.TRADE || role == Term.Role.WORD || role == Term.Role.INDUSTRY) {
        core = true;
      }
      if (branchPlace && terms.size() == pieces.size() - 1) {
        role = Term.Role.QUALIFIER;
      }
      terms.add(term(p, role));
    }
    promotePlaceToTradeName(terms, pieces, branchPlace);
    promotePinyinWordToTradeName(terms, pieces);
    return terms;
  }

  // A name written in Latin letters translates its ordinary words; a pinyin word it keeps that
  // also reads as one of them (Zhongxing: 重型 heavy duty, but most often the trade name 中兴) is
  // its trade name when it has no other. (Industries are left alone: English words such as
  // "machine" read as pinyin too, and a name without trade name may well be its industry.)
  private void promotePinyinWordToTradeName(List<Term> terms, List<Piece> pieces) {
    if (terms.stream().anyMatch(Term::isTradeName)) {
      return;
    }
    for (int k = 0; k < terms.size(); k++) {
      Term t = terms.get(k);
      if (t.role() != Term.Role.GENERIC || pieces.get(k).han() != null || t.surface().contains(" ")) {
        continue;
      }
      List<String> syl = syllables.segment(t.surface());
      if (syl != null && syl.size() >= 2) {
        terms.set(k, new Term(Term.Role.TRADE, t.surface(), t.surface(), syl, null, null));
        return;
      }
    }
  }

  // Xinjiang Tianshan Wool Textile: 天山 is a district of Urumqi, but here it is the trade name.
  // When a name has no trade name and two or more places, its most local place is one (the
  // later one when two are equally local): Xinjiang (a province) never is.
  private void promotePlaceToTradeName(List<Term> terms, List<Piece> pieces, boolean branchPlace) {
    if (terms.stream().anyMatch(Term::isTradeName)) {
      return;
    }
    // The last leading place that is not a province (Lingbao Linzhi: Linzhi), else the most
    // local place after the name (Junggar Cotton and Linen (Xinjiang): Junggar leads anyway).
    int chosen = -1;
    int places = 0;
    int bestRank = -1;
    int candidates = branchPlace ? terms.size() - 1 : terms.size();
    for (int k = 0; k < candidates; k++) {
      Term.Role role = terms.get(k).role();
      if (role == Term.Role.REGION || role == Term.Role.QUALIFIER) {
        places++;
        int rank = pieces.get(k).entry().rank();
        boolean better = role == Term.Role.REGION
            ? rank > 0 && (chosen < 0 || terms.get(chosen).role() == Term.Role.REGION || bestRank <= 0)
            : rank > bestRank && (chosen < 0 || terms.get(chosen).role() != Term.Role.REGION);
        if (better) {
          bestRank = rank;
          chosen = k;
        }
      }
    }
    if (places >= 2 && bestRank > 0) {
      Term t = terms.get(chosen);
      List<String> syl = t.syllables() != null ? t.syllables() : syllables.segment(t.key());
      terms.set(chosen, new Term(Term.Role.TRADE, t.key(), t.surface(), syl, t.han(), t.gloss()));
    }
  }

  private Term term(Piece p, Term.Role role) {
    LexiconEntry e = p.entry();
    List<String> syl = p.han() != null ? pinyin.syllables(p.han()) : null;
    if (e == null) {
      if (p.han() != null) {
        return new Term(role, String.join("", syl), p.surface(), syl, p.han(), null);
      }
      String key = p.surface();
      return new Term(role, key, key, role == Term.Role.TRADE ? syllables.segment(key) : null, null, null);
    }
    return new Term(role, e.key(), p.surface(), syl, p.han(), e.gloss());
  }

  private record Piece(LexiconEntry entry, String surface, String han, int words) {
    LexiconEntry.Kind kind() {
      return entry == null ? null : entry.kind();
    }

    boolean isSetAside() {
      return entry != null
          && (entry.kind() == LexiconEntry.Kind.LEGAL
              || entry.kind() == LexiconEntry.Kind.BRANCH
              || entry.kind() == LexiconEntry.Kind.STOP);
    }
  }
}
