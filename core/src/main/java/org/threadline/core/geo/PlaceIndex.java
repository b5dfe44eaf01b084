package org.threadline.core.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every place name of China the detector and the resolver know (Chinese names and short names of
 * provinces, prefectures and counties, pinyin, English and historical forms; Xinjiang down to its
 * townships) and the address words that change their meaning, in one {@link FormTrie}. One pass
 * over a text finds them all, longest first.
 */
final class PlaceIndex {
  /**
   * Latin forms this long are found at the start of a longer word ({@code wulumuqishi}), when
   * they have no caution and are not pinyin that needs a suffix.
   */
  private static final int INNER_LATIN_MIN = 8;

  private final FormTrie trie = new FormTrie();
  private final List<PlaceForm> forms;
  private final List<AddressWord> wordKinds = new ArrayList<>();

  private final List<String> namedAfterPlaces;
  private final List<String> companyWords;
  private final List<String> branchWords;
  /** The first characters of the {@link AddressWord#OVERLAP} words, so most runs skip the look. */
  private final String overlapStarts;

  PlaceIndex(List<PlaceForm> forms, List<String> addressWordLines) {
    this.forms = List.copyOf(forms);
    for (int i = 0; i < this.forms.size(); i++) {
      trie.add(this.forms.get(i).key(), i);
    }
    List<String> named = new ArrayList<>();
    List<String> company = new ArrayList<>();
    List<String> branch = new ArrayList<>();
    StringBuilder overlap = new StringBuilder();
    for (List<String> row : CsvFields.rows(addressWordLines)) {
      String key = PlaceText.keyOf(row.get(0));
      if (row.get(1).equals("company")) {
        company.add(row.get(0));
      } else if (row.get(1).equals("branch")) {
        branch.add(row.get(0));
      } else if (!key.isEmpty()) {
        AddressWord kind = AddressWord.of(row.get(1));
        if (kind == AddressWord.OVERLAP) {
          overlap.append(key.charAt(0));
        }
        wordKinds.add(kind);
        trie.add(key, -wordKinds.size());
        if (kind == AddressWord.PRODUCT || kind == AddressWord.FEATURE) {
          named.add(row.get(0));
        }
      }
    }
    this.namedAfterPlaces = List.copyOf(named);
    this.companyWords = List.copyOf(company);
    this.branchWords = List.copyOf(branch);
    this.overlapStarts = overlap.toString();
  }

  /** Legal forms and banks ({@code 有限公司}, {@code 银行}): in a name, a branch's own name follows. */
  List<String> companyWords() {
    return companyWords;
  }

  /** Branch words ({@code 分公司}): what follows a branch's name lies in the branch's place. */
  List<String> branchWords() {
    return branchWords;
  }

  /** The product and landmark names of the address words (哈密瓜, Hami melon, Tian Shan). */
  List<String> namedAfterPlaces() {
    return namedAfterPlaces;
  }

  /** National forms (outside Xinjiang) of divisions down to counties, with province extras. */
  static List<PlaceForm> nationalForms(ChinaDivisions divisions) {
    List<PlaceForm> out = new ArrayList<>();
    for (Division d : divisions.all()) {
      if (d.inXinjiang() || d.level() > Division.COUNTY) {
        continue;
      }
      String label = d.englishName();
      out.add(form(d.chineseName(), d, PlaceForm.Kind.CHINESE_FULL, label, false));
      if (d.shortName().length() >= 2) {
        out.add(form(d.shortName(), d, PlaceForm.Kind.CHINESE_SHORT, label, false));
      }
      String pinyin = d.pinyin().replace(" ", "");
      if (pinyin.length() >= 4) {
        out.add(form(pinyin, d, PlaceForm.Kind.PINYIN, label, d.level() == Division.COUNTY));
      }
      if (d.level() == Division.PROVINCE) {
        out.add(form(d.englishName(), d, PlaceForm.Kind.EXONYM, label, false));
      }
    }
    divisions.provinceOtherForms().forEach((surface, code) -> {
      Division d = divisions.get(code);
      if (d != null) {
        out.add(form(surface, d, PlaceForm.Kind.EXONYM, d.englishName(), false));
      }
    });
    return out;
  }

  private static PlaceForm form(String surface, Division d, PlaceForm.Kind kind, String label, boolean needsSuffix) {
    return new PlaceForm(surface, PlaceText.keyOf(surface), d.code(), d.level(), kind, label, Set.of(), false, needsSuffix);
  }

  /**
   * The place names and place-named phrases in {@code t}, left to right, each the longest that
   * starts where it starts; runs do not overlap.
   */
  List<PlaceMatch> scan(PlaceText t) {
    List<PlaceMatch> out = new ArrayList<>(4);
    char[] chars = t.chars;
    int n = t.length;
    int i = 0;
    int limit = 0;
    while (i < n) {
      // Every Latin or digit form starts at a word boundary: no walk from inside a word.
      if (t.category[i] != PlaceText.HAN && !t.boundary[i]) {
        i++;
        continue;
      }
      if (limit <= i) {
        limit = t.nextHardBreak(i);
      }
      int node = FormTrie.ROOT;
      int bestEnd = -1;
      int[] bestValues = null;
      boolean bestWhole = false;
      for (int j = i; j < limit; j++) {
        node = trie.child(node, chars[j]);
        if (node < 0) {
          break;
        }
        int[] values = trie.values(node);
        if (values != null) {
          boolean whole = t.wholeWord(i, j + 1);
          if (whole || (j + 1 - i >= INNER_LATIN_MIN && t.category[i] == PlaceText.LATIN && t.boundary[i])) {
            if (acceptable(values, whole)) {
              bestEnd = j + 1;
              bestValues = values;
              bestWhole = whole;
            }
          }
        }
      }
      if (bestValues == null) {
        i++;
        continue;
      }
      List<PlaceForm> found = new ArrayList<>(bestValues.length);
      AddressWord phrase = null;
      for (int v : bestValues) {
        if (v >= 0) {
          PlaceForm f = forms.get(v);
          if (bestWhole || innerOk(f)) {
            found.add(f);
          }
        } else {
          AddressWord w = wordKinds.get(-v - 1);
          if (w == AddressWord.PRODUCT || w == AddressWord.FEATURE) {
            phrase = w;
          }
        }
      }
      out.add(new PlaceMatch(i, bestEnd, t, phrase != null ? List.of() : found, phrase));
      i = bestEnd;
    }
    return out;
  }

  private static boolean innerOk(PlaceForm f) {
    return f.caution().isEmpty() && !f.needsSuffix();
  }

  private boolean acceptable(int[] values, boolean whole) {
    for (int v : values) {
      if (v >= 0) {
        if (whole || innerOk(forms.get(v))) {
          return true;
        }
      } else if (whole) {
        AddressWord w = wordKinds.get(-v - 1);
        if (w == AddressWord.PRODUCT || w == AddressWord.FEATURE) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The kind of the longest address word (street, building, township or administrative word)
   * that starts at prepared character {@code pos}, or null; a street word after a number or a
   * direction ({@code 六路}, {@code 南一街}) counts as a street.
   */
  AddressWord wordAt(PlaceText t, int pos) {
    AddressWord word = wordStartingAt(t, pos);
    if (word != null) {
      return word;
    }
    // 新疆六路, 新疆南一街: a street numbered or oriented after the name is still a street; after a
    // name with its suffix (石河子市北四路) the street is in that city.
    if (pos == 0 || ADMIN_SUFFIXES.indexOf(t.chars[pos - 1]) >= 0) {
      return null;
    }
    int k = pos;
    while (k < t.length && k - pos < 3 && t.category[k] != PlaceText.LATIN && STREET_ORDINALS.indexOf(t.chars[k]) >= 0) {
      k++;
    }
    return k > pos && k < t.length && NUMBERED_STREET_WORDS.indexOf(t.chars[k]) >= 0
        && wordStartingAt(t, k) == AddressWord.STREET ? AddressWord.STREET : null;
  }

  /**
   * True when the administrative word after a short name makes it the division's name: in Latin
   * any ({@code Wenquan County}); in Chinese only 县, a county's former suffix ({@code 沙湾县}, a
   * 市 today). A current full name is its own, longer form, so {@code 合作区} after 合作 (合作市)
   * is a zone (经济合作区), not the city.
   */
  boolean namesTheDivision(PlaceText t, int end, AddressWord next) {
    return next == AddressWord.ADMIN && (t.category[end] != PlaceText.HAN || t.chars[end] == '县');
  }

  private static final String STREET_ORDINALS = "东西南北中一二三四五六七八九十0123456789";
  private static final String ADMIN_SUFFIXES = "省市县区州盟旗";
  // Only these begin a numbered street: 三道岭 is a place, not a third road.
  private static final String NUMBERED_STREET_WORDS = "路街巷弄";

  private AddressWord wordStartingAt(PlaceText t, int pos) {
    return longestWord(t, pos, false);
  }

  /**
   * True when a word of kind {@link AddressWord#OVERLAP} starts at the last character of a run
   * ending at {@code end}: {@code 师范} after {@code 第一师}.
   */
  boolean overlapsWordAt(PlaceText t, int end) {
    return end > 0 && overlapStarts.indexOf(t.chars[end - 1]) >= 0 && longestWord(t, end - 1, true) != null;
  }

  /**
   * The kind of the longest address word starting at {@code pos}: with {@code overlap}, only
   * {@link AddressWord#OVERLAP} words; else the words that say what a name is (street, building,
   * township, administrative word). Null when there is none.
   */
  private AddressWord longestWord(PlaceText t, int pos, boolean overlap) {
    int node = FormTrie.ROOT;
    AddressWord best = null;
    int limit = t.nextHardBreak(pos);
    for (int j = pos; j < limit; j++) {
      node = trie.child(node, t.chars[j]);
      if (node < 0) {
        break;
      }
      int[] values = trie.values(node);
      if (values != null && t.wholeWord(pos, j + 1)) {
        for (int v : values) {
          if (v < 0) {
            AddressWord w = wordKinds.get(-v - 1);
            boolean wanted = overlap ? w == AddressWord.OVERLAP
                : w != AddressWord.PRODUCT && w != AddressWord.FEATURE && w != AddressWord.OVERLAP;
            if (wanted) {
              best = w;
            }
          }
        }
      }
    }
    return best;
  }

  /** The forms stored under exactly this name. */
  List<PlaceForm> lookup(String name) {
    int node = trie.find(PlaceText.keyOf(name));
    if (node < 0 || trie.values(node) == null) {
      return List.of();
    }
    List<PlaceForm> out = new ArrayList<>();
    for (int v : trie.values(node)) {
      if (v >= 0) {
        out.add(forms.get(v));
      }
    }
    return out;
  }

  List<PlaceForm> forms() {
    return forms;
  }
}
