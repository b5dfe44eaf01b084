package org.threadline.core.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.threadline.core.model.Explanation;
import org.threadline.core.model.Party;
import org.threadline.core.model.XinjiangNexus;

/**
 * Finds the signals that a party is in Xinjiang or belongs to the XPCC, each its own finding with
 * its evidence, division and score, and cancels the look-alikes: streets and buildings named
 * after Xinjiang places in other cities ({@code 青岛市新疆路}, {@code Kashgar Road}), products
 * ({@code 哈密瓜}, {@code Korla pear}), same-name places abroad ({@code Aksu, Kazakhstan}), names
 * that also name places elsewhere in China ({@code Baicheng}, {@code Yiwu}), and a country
 * column that says another country.
 *
 * <p>A name shared with places outside Xinjiang (a township of that name elsewhere, such as
 * {@code 温泉}; a two-character county name without its suffix, such as {@code 新源}; a regiment
 * number without {@code 兵团} or a division, such as {@code 308团}) counts only with support: a
 * distinctive Xinjiang place it lies in, or the record's registration code, phone or postcode;
 * the explanation names the support. Written in Chinese, a place that follows a province or city
 * of another province lies inside it ({@code 咸宁市温泉}) and is not a Xinjiang place. A postcode
 * counts only when something in the record says China.
 *
 * <p>Scores: a valid USCC registered in Xinjiang 0.99; a Xinjiang address 0.95 (0.75 when the
 * address also names another province, 0.6 when the country column says elsewhere); a name that
 * needs support, supported by the phone, registration or postcode, 0.8; a postcode in
 * 830000-848999 0.85 with a Chinese context, 0.75 when only the name is Chinese; a Xinjiang
 * telephone area code 0.85; a Xinjiang place or the XPCC in the party's name 0.75 to 0.9, 0.5 when
 * the address, the registration or the name itself says elsewhere. Safe to call from many threads.
 */
public final class XinjiangDetector implements NexusDetector {
  static final double REGISTRATION = 0.99;
  static final double REGISTRATION_INVALID = 0.5;
  static final double ADDRESS = 0.95;
  static final double ADDRESS_REGIMENT_LATIN = 0.8;
  static final double ADDRESS_CORROBORATED = 0.8;
  static final double ADDRESS_OTHER_PROVINCE = 0.75;
  static final double ADDRESS_OTHER_COUNTRY = 0.6;
  static final double POSTCODE_CHINA = 0.85;
  static final double POSTCODE_ALONE = 0.75;
  static final double CONTRADICTED = 0.5;
  static final double PHONE = 0.85;
  static final double NAME_XPCC = 0.9;
  static final double NAME_LEADING = 0.85;
  /** A leading name that also names places elsewhere ({@code 新源...}): the division, or a trade name. */
  static final double NAME_LEADING_SHARED = 0.75;
  static final double NAME_INSIDE = 0.75;

  private static final String XPCC_CODE = "6590";
  private static final String XPCC_NAME = "Xinjiang Production and Construction Corps (XPCC)";
  private static final String NUMERALS = "〇零一二三四五六七八九十百0123456789";

  private final XinjiangGazetteer gazetteer;
  private final ChinaPlaceResolver resolver;
  private final PlaceIndex index;
  private final CountryColumnReader countries;
  private final Map<String, String> areaCodes = new HashMap<>();
  private final String dataVersion;
  private final Explanation dataExplanation;

  private XinjiangDetector(XinjiangGazetteer gazetteer, CountryColumnReader countries, List<String> areaCodeLines,
      String dataVersion) {
    this.gazetteer = gazetteer;
    this.resolver = new ChinaPlaceResolver(gazetteer);
    this.index = gazetteer.index();
    this.countries = countries;
    this.dataVersion = dataVersion;
    this.dataExplanation = new Explanation("data", 1.0, "Threadline geography data " + dataVersion);
    for (List<String> row : CsvFields.rows(areaCodeLines)) {
      areaCodes.put(row.get(0), row.get(1));
    }
  }

  /**
   * Builds the detector.
   *
   * @param gazetteer the Xinjiang gazetteer (with China's divisions)
   * @param countries the country names
   * @param areaCodeLines the lines of {@code xinjiang_area_codes.csv} ({@code area_code,code,name})
   * @param dataVersion the version of the bundled geography data, quoted in every explanation
   */
  public static XinjiangDetector of(XinjiangGazetteer gazetteer, CountryColumnReader countries,
      List<String> areaCodeLines, String dataVersion) {
    return new XinjiangDetector(gazetteer, countries, areaCodeLines, dataVersion);
  }

  @Override
  public List<XinjiangNexus> detect(Party party) {
    Context c = run(new Context(party, false));
    return List.copyOf(c.findings);
  }

  /** The resolver of Chinese addresses this detector uses. */
  public ChinaPlaceResolver placeResolver() {
    return resolver;
  }

  /** The version of the geography data behind every finding. */
  public String dataVersion() {
    return dataVersion;
  }

  /** Every signal of the party: what is reported, what was set aside and why, and where it is. */
  public NexusAssessment assess(Party party) {
    Context c = run(new Context(party, true));
    return new NexusAssessment(c.findings, c.dismissed, c.place);
  }

  private Context run(Context c) {
    registration(c);
    phone(c);
    address(c);
    postcode(c);
    name(c);
    c.findings.sort(Comparator.comparingDouble(XinjiangNexus::score).reversed());
    return c;
  }

  /** What one assessment knows so far. */
  private final class Context {
    final Party party;
    final List<XinjiangNexus> findings = new ArrayList<>(2);
    final List<NexusAssessment.Dismissal> dismissed = new ArrayList<>(0);
    /** Whether the signals set aside are written down (assess), or only the findings wanted (detect). */
    final boolean explaining;
    final String addressText;
    final String country;
    final String countrySaid;
    boolean registrationElsewhere;
    String registrationDivision;
    boolean xinjiangCorroborated;
    /** A place outside Xinjiang that a branch's own name starts with (新疆...有限公司西安分公司). */
    String branchElsewhere;
    /** The distinctive Xinjiang places of the party's name, read when the address needs support. */
    List<Mention> nameSupport;
    /** What outside the address says Xinjiang (the registration code, the phone), for explanations. */
    String corroboration;
    boolean addressInXinjiang;
    boolean phoneChina;
    boolean addressHasHan;
    ChinaPlace place;
    final String postcode;

    Context(Party party, boolean explaining) {
      this.party = party;
      this.explaining = explaining;
      this.addressText = join(party.address(), party.city(), party.region());
      String fromColumn = countries.codeOf(party.country());
      if (fromColumn != null) {
        country = fromColumn;
        countrySaid = "the country column says '" + party.country() + "'";
      } else {
        // Chinese-script addresses end with a street number, not a country: skip the look-up.
        int last = addressText.length() - 1;
        boolean latinEnd = last >= 0 && addressText.charAt(last) < 0x250;
        String atEnd = latinEnd ? countries.countryAtEnd(addressText) : null;
        String inCity = atEnd == null ? countries.countryNamedBy(party.city()) : null;
        String inRegion = atEnd == null && inCity == null ? countries.countryNamedBy(party.region()) : null;
        country = atEnd != null ? atEnd : inCity != null ? inCity : inRegion;
        countrySaid = atEnd != null ? "the address ends with a country (" + atEnd + ")"
            : inCity != null ? "the city column names a country ('" + party.city() + "')"
            : inRegion != null ? "the region column names a country ('" + party.region() + "')" : null;
      }
      postcode = postcodeOf(party, addressText);
    }

    /** A quiet copy, for reading the party's name once more without recording anything. */
    Context(Context of) {
      this.party = of.party;
      this.explaining = false;
      this.addressText = of.addressText;
      this.country = of.country;
      this.countrySaid = of.countrySaid;
      this.postcode = of.postcode;
      this.place = of.place;
    }

    /**
     * The country the party's name says ({@code PT Maju Indonesia}, {@code 越南...}) when nothing
     * else does: a hint for the bare numbers (postcode), never against a place the address names.
     */
    String countryInName() {
      for (String name : party.names()) {
        String code = countries.countryNamedIn(name);
        if (code != null) {
          return code;
        }
      }
      return null;
    }

    boolean nameHasHan() {
      for (String name : party.names()) {
        if (PlaceText.of(name).hasHan()) {
          return true;
        }
      }
      return false;
    }

    boolean elsewhere() {
      return country != null && !country.equals("CN");
    }

    void report(String signal, String evidence, String code, String name, double score, List<Explanation> why) {
      why.add(dataExplanation);
      findings.add(new XinjiangNexus(signal, evidence, code, name, score, why));
    }

    void corroborate(String what) {
      xinjiangCorroborated = true;
      if (corroboration == null) {
        corroboration = what;
      }
    }

    /** Records a signal set aside; the reason is only written when someone reads the assessment. */
    void dismiss(String signal, String evidence, Supplier<String> reason) {
      if (explaining) {
        dismissed.add(new NexusAssessment.Dismissal(signal, evidence, reason.get()));
      }
    }
  }

  private static String join(String... parts) {
    StringBuilder sb = new StringBuilder();
    for (String p : parts) {
      if (p != null && !p.isBlank()) {
        if (sb.length() > 0) {
          sb.append(", ");
        }
        sb.append(p);
      }
    }
    return sb.toString();
  }

  // --- registration_id -------------------------------------------------------------------------

  private void registration(Context c) {
    String text = c.party.registrationId();
    if (text == null) {
      return;
    }
    UsccCode code = UsccCode.parse(text);
    if (code.code().length() == 15) {
      oldRegistration(c, text, RegistrationNumber.parse(text));
      return;
    }
    String division = code.divisionCode();
    if (code.valid()) {
      if (code.registeredInXinjiang()) {
        Division d = divisionOfCode(division);
        String name = division.startsWith("66") ? XPCC_NAME : d.englishName();
        String dcode = division.startsWith("66") ? division : d.code();
        List<Explanation> why = new ArrayList<>();
        why.add(new Explanation("registration_id", REGISTRATION, "Unified Social Credit Code " + code
            + ": check character valid (GB 32100-2015); characters 3-8 = " + division + ", registered in "
            + name + (code.registeredWithXpcc() ? " (XPCC registration)" : "") + ", Xinjiang"));
        c.report("registration_id", text, dcode, name, REGISTRATION, why);
        c.corroborate("the registration code " + text + " is registered in " + name);
      } else {
        c.registrationElsewhere = true;
        Division d = divisionOfCode(division);
        c.registrationDivision = d == null ? division : d.englishName() + " (" + division + ")";
      }
    } else if (code.code().length() == 18 && code.registeredInXinjiang()) {
      List<Explanation> why = new ArrayList<>();
      why.add(new Explanation("registration_id", REGISTRATION_INVALID, "not a valid Unified Social Credit Code: "
          + code.problem() + "; characters 3-8 (" + division + ") would say Xinjiang, but an invalid code is not"
          + " trusted: check the code with the supplier or the national registry"));
      Division d = divisionOfCode(division);
      c.report("registration_id", text, d.code(), d.englishName(), REGISTRATION_INVALID, why);
    } else if (code.code().length() == 18) {
      c.dismiss("registration_id", text, () -> "not a valid USCC (" + code.problem() + ")");
    }
  }

  // A registration number of the kind issued before the USCC (15 digits, GS 15-2006): its first
  // six digits are the registering authority's division, as characters 3-8 of a USCC are.
  private void oldRegistration(Context c, String text, RegistrationNumber number) {
    String division = number.divisionCode();
    if (number.valid()) {
      Division d = divisionOfCode(division);
      if (number.registeredInXinjiang() && d != null) {
        boolean xpcc = division.startsWith("66");
        String name = xpcc ? XPCC_NAME : d.englishName();
        List<Explanation> why = new ArrayList<>();
        why.add(new Explanation("registration_id", REGISTRATION, "enterprise registration number " + number
            + " (issued before the USCC): check digit valid (GS 15-2006, ISO 7064 MOD 11,10); digits 1-6 = "
            + division + ", registered in " + name + ", Xinjiang"));
        c.report("registration_id", text, xpcc ? division : d.code(), name, REGISTRATION, why);
        c.corroborate("the registration number " + text + " is registered in " + name);
      } else if (!number.registeredInXinjiang()) {
        c.registrationElsewhere = true;
        c.registrationDivision = d == null ? division : d.englishName() + " (" + division + ")";
      }
    } else if (number.registeredInXinjiang() && divisionOfCode(division) != null) {
      Division d = divisionOfCode(division);
      List<Explanation> why = new ArrayList<>();
      why.add(new Explanation("registration_id", REGISTRATION_INVALID, "not a valid enterprise registration"
          + " number: " + number.problem() + "; digits 1-6 (" + division + ") would say Xinjiang, but an"
          + " invalid number is not trusted: check it with the supplier or the national registry"));
      c.report("registration_id", text, d.code(), d.englishName(), REGISTRATION_INVALID, why);
    } else {
      c.dismiss("registration_id", text, () -> "not a valid registration number (" + number.problem() + ")");
    }
  }

  /** The most precise known division for a 6-digit code: the county, its prefecture, its province. */
  private Division divisionOfCode(String sixDigits) {
    if (sixDigits == null) {
      return null;
    }
    ChinaDivisions divisions = gazetteer.divisions();
    Division d = divisions.get(sixDigits);
    if (d == null) {
      d = divisions.get(sixDigits.substring(0, 4));
    }
    if (d == null) {
      d = divisions.get(sixDigits.substring(0, 2));
    }
    if (d == null && sixDigits.startsWith("66")) {
      d = divisions.get("65");
    }
    return d;
  }

  // --- phone -----------------------------------------------------------------------------------

  private void phone(Context c) {
    String text = c.party.phone();
    if (text == null) {
      return;
    }
    String compact = text.replace(" ", "");
    c.phoneChina = compact.contains("+86") || compact.contains("0086") || compact.contains("＋86");
    List<String> areas = ChinesePhoneNumber.areaCodes(text, areaCodes::containsKey);
    if (areas.isEmpty()) {
      return;
    }
    String area = areas.get(0);
    if (c.elsewhere() && !c.phoneChina) {
      c.dismiss("phone", text, () -> "area code " + area + " would be Xinjiang's, but " + c.countrySaid
          + " and the number has no +86 country code");
      return;
    }
    Division d = gazetteer.divisions().get(areaCodes.get(area));
    List<Explanation> why = new ArrayList<>();
    why.add(new Explanation("phone", PHONE, "telephone area code " + area + " is " + d.englishName()
        + ", Xinjiang (Xinjiang's area codes: 0990-0999, 0901-0903, 0906, 0908, 0909)"));
    c.report("phone", text, d.code(), d.englishName(), PHONE, why);
    c.corroborate("the phone's area code " + area + " is " + d.englishName() + "'s");
  }

  // --- address ---------------------------------------------------------------------------------

  /**
   * A Xinjiang place named in the text, and how far it can be trusted.
   *
   * @param caveat why the name alone is not enough (it also names a place elsewhere, it is also a
   *     word ...), or null for a distinctive name
   * @param support what else in the record made a name with a caveat count, or null
   * @param latin the name is written in Latin letters
   * @param startsName in a party's name, the place starts the name or a branch's own name
   * @param inside in a party's name, the place outside Xinjiang this one follows, or null
   */
  private record Mention(String surface, PlaceForm form, boolean strong, String caveat, String support,
      boolean latin, boolean startsName, String inside) {
    static Mention distinctive(String surface, PlaceForm form) {
      return new Mention(surface, form, true, null, null, form.latin(), false, null);
    }

    static Mention needsSupport(String surface, PlaceForm form, String caveat) {
      return new Mention(surface, form, false, caveat, null, form.latin(), false, null);
    }

    /** Regiment 152, 152 Tuan: an XPCC regiment written in English. */
    static Mention latinRegiment(String surface, PlaceForm form) {
      return new Mention(surface, form, true, null, null, true, false, null);
    }

    Mention supportedBy(String why) {
      return new Mention(surface, form, true, caveat, why, latin, startsName, inside);
    }

    /** The mention starts a company's or a branch's own name (see {@link #nameStarts}). */
    Mention startingName() {
      return new Mention(surface, form, strong, caveat, support, latin, true, inside);
    }

    /** In a name, the mention follows a place elsewhere ({@code 上海新疆棉业}): kept, but contradicted. */
    Mention following(String place) {
      return new Mention(surface, form, strong, caveat, support, latin, startsName, place);
    }

    boolean regiment() {
      return form.surface().equals("团");
    }

    /** {@code 温泉 = Wenquan County}, and why it counts when it needed support. */
    String describe() {
      return surface + " = " + form.label() + (support == null ? "" : " (" + caveat + "; it counts because " + support + ")");
    }
  }

  /** Classifies the Xinjiang place names of a text; dismissals are recorded under {@code signal}. */
  private List<Mention> mentions(Context c, PlaceText t, List<PlaceMatch> matches, String signal) {
    List<Mention> out = new ArrayList<>(2);
    PlaceMatch opened = null;
    String openedProvince = null;
    int[] starts = signal.equals("name") ? nameStarts(t) : NO_STARTS;
    for (PlaceMatch m : matches) {
      // A branch's own name starts afresh after its parent company's name; but when the parent's
      // name placed it elsewhere, a name shared with places there gets no benefit of the doubt.
      boolean newSegment = opened != null && startBetween(starts, opened.end(), m.start());
      boolean startsName = signal.equals("name") && (m.start() == 0 || contains(starts, m.start()));
      if (m.phrase() != null) {
        c.dismiss(signal, m.surface(), () -> "'" + m.surface() + "' is "
            + (m.phrase() == AddressWord.PRODUCT ? "a product or dish named after a place" : "a natural feature")
            + ", not a location");
        continue;
      }
      List<PlaceForm> xj = XinjiangGazetteer.xinjiangOnly(m.forms());
      if (xj.isEmpty()) {
        // Only Chinese text opens a province or starts a branch's name, and the first place that
        // opens a province rules the run up to the next comma (or a branch's own name).
        boolean fresh = opened == null || newSegment || t.breakBetween(opened.end() - 1, m.start());
        boolean branchStart = signal.equals("name") && m.start() > 0 && contains(starts, m.start());
        if (t.category[m.start()] != PlaceText.HAN || (!fresh && !branchStart)) {
          continue;
        }
        AddressWord next = index.wordAt(t, m.end());
        String opens = !fresh || next == AddressWord.STREET || next == AddressWord.BUILDING ? null
            : resolver.openingProvince(t, m, next);
        if (opens != null) {
          opened = m;
          openedProvince = opens;
        }
        if (branchStart && next != AddressWord.STREET && next != AddressWord.BUILDING
            && m.forms().stream().anyMatch(f -> f.level() <= Division.PREFECTURE || f.kind() == PlaceForm.Kind.CHINESE_FULL)) {
          c.branchElsewhere = m.surface();
        }
        continue;
      }
      AddressWord next = index.wordAt(t, m.end());
      if (next == AddressWord.STREET || next == AddressWord.BUILDING) {
        c.dismiss(signal, m.surface(), () -> "'" + m.surface() + "' here names a "
            + (next == AddressWord.STREET ? "street" : "building or business")
            + " (" + followingWord(t, m.end()) + " follows): cities all over China name streets after Xinjiang places");
        continue;
      }
      if (index.overlapsWordAt(t, m.end())) {
        c.dismiss(signal, m.surface(), () -> "'" + m.surface() + "' is part of another word here ("
            + m.surface() + followingWord(t, m.end()) + ")");
        continue;
      }
      Mention mention = classify(c, t, m, xj, next, signal, startsName && !newSegment);
      if (mention == null) {
        continue;
      }
      if (startsName) {
        mention = mention.startingName();
      }
      if (opened != null && !newSegment
          && ChinaPlaceResolver.insidePlaceOfOtherProvince(t, m, openedProvince, opened.end())) {
        Division inside = gazetteer.divisions().get(opened.forms().get(0).code());
        String place = opened.surface() + (inside == null ? "" : " (" + describeDivision(inside) + ")");
        // A name keeps a distinctive place as a weak hint (上海新疆棉业: a Shanghai firm named for
        // Xinjiang cotton); an address, and any name shared with places elsewhere, do not.
        if (signal.equals("name") && mention.strong && mention.caveat == null) {
          mention = mention.following(place);
        } else {
          c.dismiss(signal, m.surface(), () -> "'" + m.surface() + "' follows " + place
              + ": written in Chinese, what follows a province or city lies inside it, so here it names a local"
              + " place there (a neighbourhood, an estate, a village) or a business, not a place in Xinjiang");
          continue;
        }
      }
      out.add(mention);
    }
    regiments(t, out, starts);
    supportEachOther(out);
    return out;
  }

  private static final int[] NO_STARTS = new int[0];

  /**
   * Where a branch's own name starts in a company name: right after its parent company's legal
   * form or a bank ({@code 中国农业银行股份有限公司|伊宁支行}, {@code ...纺织有限公司|沙雅分公司}),
   * but not after a branch word ({@code 咸宁分公司温泉营销服务部}: a sub-branch lies in its
   * branch's place). Prepared-character positions.
   */
  private int[] nameStarts(PlaceText t) {
    int[] out = NO_STARTS;
    String name = t.original;
    for (String word : index.companyWords()) {
      for (int at = name.indexOf(word); at >= 0; at = name.indexOf(word, at + 1)) {
        int end = at + word.length();
        if (end >= name.length() || endsWithBranchWord(name, end)) {
          continue;
        }
        int k = preparedIndexAt(t, end);
        if (k >= 0 && !contains(out, k)) {
          out = java.util.Arrays.copyOf(out, out.length + 1);
          out[out.length - 1] = k;
        }
      }
    }
    return out;
  }

  private boolean endsWithBranchWord(String name, int end) {
    for (String branch : index.branchWords()) {
      if (end >= branch.length() && name.startsWith(branch, end - branch.length())) {
        return true;
      }
    }
    return false;
  }

  /** The prepared character that comes from original offset {@code offset} or after it, or -1. */
  private static int preparedIndexAt(PlaceText t, int offset) {
    for (int k = 0; k < t.length; k++) {
      if (t.originStart(k) >= offset) {
        return k;
      }
    }
    return -1;
  }

  private static boolean contains(int[] values, int v) {
    for (int x : values) {
      if (x == v) {
        return true;
      }
    }
    return false;
  }

  private static boolean startBetween(int[] starts, int from, int to) {
    for (int k : starts) {
      if (k >= from && k <= to) {
        return true;
      }
    }
    return false;
  }

  /**
   * How far one Xinjiang place name can be trusted on its own: distinctive, or needing support
   * (and why); null when it is dismissed outright (a place of the country the record names).
   */
  private Mention classify(Context c, PlaceText t, PlaceMatch m, List<PlaceForm> xj, AddressWord next,
      String signal, boolean startsName) {
    // startsName: the place starts the party's name, or a branch's own name after a parent
    // company's name that did not place it elsewhere.
    List<PlaceForm> usable = new ArrayList<>(xj.size());
    for (PlaceForm f : xj) {
      if (!f.refineOnly()) {
        usable.add(f);
      }
    }
    boolean refineOnly = usable.isEmpty();
    PlaceForm best = XinjiangGazetteer.broadest(refineOnly ? xj : usable);
    PlaceForm elsewhere = elsewhereForm(m, best, next);
    Set<String> caution = best.caution();
    PlaceForm local = formInProvinceOf(m, c.place);
    String shared = best.sharedReason() == null || index.namesTheDivision(t, m.end(), next) ? null : best.sharedReason();
    String surface = m.surface();
    if (local != null) {
      c.dismiss(signal, surface, () -> "'" + surface + "' here is " + local.label() + " in "
          + c.place.province().englishName() + ", where the address is");
      return null;
    }
    if (elsewhere != null) {
      Division other = gazetteer.divisions().get(elsewhere.code());
      Division province = other == null ? null : gazetteer.divisions().get(other.provinceCode());
      return Mention.needsSupport(surface, best, "'" + surface + "' also names " + elsewhere.label()
          + (province != null && province != other ? ", " + province.englishName() : ""));
    }
    if (!caution.isEmpty() && (!"CN".equals(c.country) || caution.contains("word"))) {
      if (c.country != null && caution.contains(c.country)) {
        c.dismiss(signal, surface, () -> "'" + surface + "' is also a place in " + c.country + " and " + c.countrySaid);
        return null;
      }
      return Mention.needsSupport(surface, best, "'" + surface + "' is also "
          + (caution.contains("word") ? "a common word or name" : "a place in " + String.join("/", caution)));
    }
    if (shared != null && startsName && t.category[m.start()] == PlaceText.HAN) {
      // 奎屯宏发建材有限责任公司, 中国农业银行股份有限公司伊宁支行: Chinese company and branch
      // names start with the division they are registered in.
      return Mention.needsSupport(surface, best, shared).supportedBy(m.start() == 0
          ? "a Chinese company name starts with the division it is registered in"
          : "a branch's name starts, after its parent company's name, with the division it lies in");
    }
    if (shared != null && startsName && m.start() == 0 && "CN".equals(c.country)) {
      // Shuanghe Silicon Co., Ltd. in China: an English name follows its Chinese one; pinyin loses
      // the characters, so only a record that says China gives it that reading.
      return Mention.needsSupport(surface, best, shared).supportedBy("the record says China, and a Chinese"
          + " company's name, in English too, starts with the division it is registered in");
    }
    if (shared != null) {
      return Mention.needsSupport(surface, best, shared);
    }
    if (refineOnly) {
      return Mention.needsSupport(surface, best, "'" + surface + "' is a township name, repeated across China");
    }
    if (next == AddressWord.TOWNSHIP && best.level() <= Division.COUNTY && !best.xpcc()) {
      return Mention.needsSupport(surface, best, "'" + surface + "' is followed by a township word:"
          + " townships of that name exist elsewhere");
    }
    return Mention.distinctive(surface, best);
  }

  /** {@code Xianning, Hubei}: a division with its province, for explanations. */
  private String describeDivision(Division d) {
    Division province = gazetteer.divisions().get(d.provinceCode());
    return d.englishName() + (province == null || province == d ? "" : ", " + province.englishName());
  }

  /**
   * Two names that each need support but name the same place at two levels (巴州 and 库尔勒;
   * 新市区 and its street 南纬路街道; Baicheng and Aksu) vouch for each other.
   */
  private static void supportEachOther(List<Mention> mentions) {
    for (int i = 0; i < mentions.size(); i++) {
      Mention a = mentions.get(i);
      for (int j = 0; j < mentions.size(); j++) {
        Mention b = mentions.get(j);
        if (i != j && a.caveat != null && b.caveat != null && !a.form.code().equals(b.form.code())
            && a.form.code().length() > 2 && b.form.code().startsWith(a.form.code())) {
          if (!a.strong) {
            mentions.set(i, a.supportedBy("the record also names " + b.surface + " = " + b.form.label() + ", which lies in it"));
          }
          if (!b.strong) {
            mentions.set(j, b.supportedBy("the record also names " + a.surface + " = " + a.form.label() + ", where it lies"));
          }
        }
      }
    }
  }

  /**
   * The form of the mention that lies in the province the address resolved to, when that is not
   * Xinjiang: {@code Xinxing} next to {@code Guangdong} is 新兴县 there, not the XPCC city.
   */
  private PlaceForm formInProvinceOf(PlaceMatch m, ChinaPlace place) {
    if (place == null || place.inXinjiang()) {
      return null;
    }
    for (PlaceForm f : m.forms()) {
      if (!f.xinjiang() && f.code().startsWith(place.province().code())) {
        return f;
      }
    }
    return null;
  }

  /** The original text of the word starting at prepared character {@code k}. */
  private static String followingWord(PlaceText t, int k) {
    int e = k + 1;
    while (e < t.length && !t.boundary[e]) {
      e++;
    }
    return t.surface(k, e);
  }

  /**
   * A form of the same name outside Xinjiang, or null. A curated form (English, Chinese, XPCC) is
   * not made ambiguous by the pinyin of a county elsewhere unless an administrative word follows
   * ({@code Xinjiang} is not 新绛 in Shanxi, {@code Xinjiang County} may be); a pinyin form is.
   */
  private static PlaceForm elsewhereForm(PlaceMatch m, PlaceForm best, AddressWord next) {
    for (PlaceForm f : m.forms()) {
      if (!f.xinjiang()
          && !(f.needsSuffix() && next != AddressWord.ADMIN && best.kind() != PlaceForm.Kind.PINYIN)) {
        return f;
      }
    }
    return null;
  }

  /** XPCC regiments: 一五二团, 兵团十团, 152团, Regiment 152, 152nd Regiment, 152 Tuan. */
  private void regiments(PlaceText t, List<Mention> out, int[] nameStarts) {
    char[] ch = t.chars;
    for (int k = 0; k < t.length; k++) {
      if (ch[k] == '团') {
        int s = k;
        while (s > 0 && k - s < 4 && NUMERALS.indexOf(ch[s - 1]) >= 0) {
          s--;
        }
        int n = k - s;
        if (n == 0 || (k + 1 < t.length && "结体队购长委".indexOf(ch[k + 1]) >= 0)) {
          continue;
        }
        // 兵团一五二团, 八师一二一团: the Corps or a division before the number says XPCC.
        boolean context = (s >= 2 && ch[s - 2] == '兵' && ch[s - 1] == '团') || (s >= 1 && ch[s - 1] == '师');
        if (context) {
          out.add(Mention.distinctive(t.surface(s, k + 1), regimentForm(regimentNumber(new String(ch, s, n)))));
        } else if (n >= 2) {
          String surface = t.surface(s, k + 1);
          Mention m = Mention.needsSupport(surface, regimentForm(regimentNumber(new String(ch, s, n))), "'" + surface
              + "' is a regiment number without 兵团 or a division (师) before it: armies and other bodies number"
              + " their regiments (团) too");
          out.add(contains(nameStarts, s) ? m.supportedBy("a branch's name starts, after its parent company's"
              + " name, with the place it lies in") : m);
        }
      } else if (ch[k] == 'r' && t.boundary[k] && startsWith(ch, k, t.length, "regiment") && t.boundary[k + 8]) {
        int after = k + 8;
        if (startsWith(ch, after, t.length, "no")) {
          after += 2;
        }
        int d = after;
        while (d < t.length && t.category[d] == PlaceText.DIGIT) {
          d++;
        }
        String number = d > after ? new String(ch, after, d - after) : digitsBefore(t, k);
        if (number != null) {
          out.add(Mention.latinRegiment(t.original.substring(t.originStart(k), t.originEnd(Math.max(k + 8, d))),
              regimentForm(number)));
        }
      } else if (ch[k] == 't' && t.boundary[k] && startsWith(ch, k, t.length, "tuan") && t.boundary[k + 4]) {
        String number = digitsBefore(t, k);
        if (number != null) {
          out.add(Mention.latinRegiment(number + " Tuan", regimentForm(number)));
        }
      }
    }
  }

  private static boolean startsWith(char[] ch, int at, int length, String word) {
    if (at + word.length() > length) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (ch[at + i] != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The digits just before position k (skipping an ordinal suffix: 152nd), or null. */
  private static String digitsBefore(PlaceText t, int k) {
    int e = k;
    if (e >= 2 && t.category[e - 1] == PlaceText.LATIN) {
      String suffix = new String(t.chars, e - 2, 2);
      if (suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th")) {
        e -= 2;
      }
    }
    int s = e;
    while (s > 0 && t.category[s - 1] == PlaceText.DIGIT) {
      s--;
    }
    return s < e && e - s <= 3 ? new String(t.chars, s, e - s) : null;
  }

  private static String regimentNumber(String numerals) {
    StringBuilder digits = new StringBuilder();
    boolean positional = numerals.indexOf('十') >= 0 || numerals.indexOf('百') >= 0;
    if (!positional) {
      for (char ch : numerals.toCharArray()) {
        int v = "〇一二三四五六七八九".indexOf(ch);
        digits.append(v >= 0 ? (char) ('0' + v) : ch == '零' ? '0' : ch);
      }
      return digits.toString();
    }
    int total = 0;
    int current = 0;
    for (char ch : numerals.toCharArray()) {
      int v = "〇一二三四五六七八九".indexOf(ch);
      if (v >= 0) {
        current = v;
      } else if (ch == '十') {
        total += (current == 0 ? 1 : current) * 10;
        current = 0;
      } else if (ch == '百') {
        total += (current == 0 ? 1 : current) * 100;
        current = 0;
      }
    }
    return Integer.toString(total + current);
  }

  private static PlaceForm regimentForm(String number) {
    return new PlaceForm("团", "团", XPCC_CODE, Division.PREFECTURE, PlaceForm.Kind.XPCC,
        "XPCC Regiment " + number, Set.of(), false, false);
  }

  private void address(Context c) {
    if (c.addressText.isEmpty()) {
      return;
    }
    PlaceText t = PlaceText.of(c.addressText);
    c.addressHasHan = t.hasHan();
    List<PlaceMatch> matches = index.scan(t);
    // A Kazakh or Mongolian address is not placed in China by its same-name places.
    c.place = c.elsewhere() ? null : resolver.resolve(t, matches).orElse(null);
    List<Mention> mentions = mentions(c, t, matches, "address");
    List<Mention> strong = new ArrayList<>();
    List<Mention> weak = new ArrayList<>();
    for (Mention m : mentions) {
      (m.strong ? strong : weak).add(m);
    }
    if (c.elsewhere() && !strong.isEmpty()) {
      List<Mention> kept = new ArrayList<>();
      for (Mention m : strong) {
        if (m.latin) {
          c.dismiss("address", m.surface, () -> "'" + m.surface + "' would be in Xinjiang, but " + c.countrySaid);
        } else {
          kept.add(m);
        }
      }
      strong = kept;
    }
    List<Explanation> why = new ArrayList<>();
    double score;
    if (!strong.isEmpty()) {
      boolean latinRegimentOnly = strong.stream().allMatch(m -> m.latin && m.regiment());
      score = latinRegimentOnly ? ADDRESS_REGIMENT_LATIN : ADDRESS;
      StringBuilder names = new StringBuilder();
      for (Mention m : strong) {
        names.append(names.length() == 0 ? "" : ", ").append(m.describe());
      }
      why.add(new Explanation("address", score, "the address names " + names
          + (latinRegimentOnly ? " (an XPCC regiment, written in English)" : "")));
      for (Mention m : weak) {
        if (consistent(m.form, strong)) {
          // A township refines as it always did; a shared name says why it needed the place around it.
          why.add(new Explanation("address", score, m.surface + " = " + m.form.label() + " refines the place"
              + (m.form.refineOnly() ? "" : " (" + m.caveat + "; here it lies in the place the address names)")));
        }
      }
      if (c.elsewhere()) {
        score = ADDRESS_OTHER_COUNTRY;
        why.add(new Explanation("country", score, c.countrySaid + ": the record contradicts itself; check it"));
      } else if (c.place != null && !c.place.inXinjiang()) {
        score = ADDRESS_OTHER_PROVINCE;
        why.add(new Explanation("address", score, "the address also names " + c.place.describe()));
      }
    } else if (!weak.isEmpty() && (c.place == null || c.place.inXinjiang())
        && (c.xinjiangCorroborated || postcodeInXinjiang(c) || supportedByName(c, weak) != null)) {
      score = ADDRESS_CORROBORATED;
      Mention named = supportedByName(c, weak);
      Mention m = named != null ? named
          : weak.get(0).supportedBy(c.corroboration != null ? c.corroboration
              : "the postcode " + c.postcode + " is in Xinjiang's range 830000-848999");
      why.add(new Explanation("address", score, "the address names " + m.describe()));
      strong = List.of(m);
    } else {
      ChinaPlace elsewhere = c.place != null && !c.place.inXinjiang() ? c.place : null;
      for (Mention m : weak) {
        c.dismiss("address", m.surface, () -> m.caveat + (elsewhere != null ? "; the address is in " + elsewhere.describe()
            : "; nothing else in the record points to Xinjiang"));
      }
      return;
    }
    // The division: the resolver's consistent reading when it lands in Xinjiang, else the mention.
    String code;
    String name;
    if (c.place != null && c.place.inXinjiang()) {
      Division d = c.place.mostPrecise();
      code = d.code();
      name = d.englishName();
      PlaceForm xpcc = null;
      // The most precise XPCC unit: a division (第二师 = 659006) before a bare regiment (6590).
      for (Mention m : strong) {
        if (m.form.xpcc() && (xpcc == null || m.form.code().length() >= xpcc.code().length())) {
          xpcc = m.form;
        }
      }
      if (xpcc != null && d.level() <= Division.PREFECTURE && !code.startsWith("659")) {
        code = xpcc.code();
        name = xpcc.label();
      }
    } else {
      PlaceForm f = preciseForm(strong, weak);
      code = f.code();
      name = f.label();
    }
    c.addressInXinjiang = true;
    c.report("address", c.addressText, code, name, score, why);
    c.xinjiangCorroborated = true;
  }

  /**
   * The first of the address's names needing support that a distinctive Xinjiang place in the
   * party's name vouches for (伊犁伟伯热力 for 伊宁边境经济合作区: Ghulja lies in Ili), supported
   * by it; null when the name names none. Read only when the address needs it, so rarely.
   */
  private Mention supportedByName(Context c, List<Mention> weak) {
    if (c.party.name() == null && c.party.aliases().isEmpty()) {
      return null;
    }
    if (c.nameSupport == null) {
      c.nameSupport = List.of();
      Context scratch = new Context(c);
      List<Mention> found = new ArrayList<>(1);
      for (String name : c.party.names()) {
        PlaceText t = PlaceText.of(name);
        for (Mention m : mentions(scratch, t, index.scan(t), "name")) {
          if (m.strong && m.caveat == null && m.inside == null) {
            found.add(m);
          }
        }
      }
      c.nameSupport = found;
    }
    for (Mention w : weak) {
      for (Mention n : c.nameSupport) {
        if (consistent(w.form, List.of(n))) {
          return w.supportedBy("the name names " + n.surface + " = " + n.form.label()
              + (w.form.code().startsWith(n.form.code()) ? ", where it lies" : ", which lies in it"));
        }
      }
    }
    return null;
  }

  private static boolean consistent(PlaceForm weak, List<Mention> strong) {
    for (Mention s : strong) {
      if (weak.code().startsWith(s.form.code()) || s.form.code().startsWith(weak.code())) {
        return true;
      }
    }
    return false;
  }

  private static PlaceForm preciseForm(List<Mention> strong, List<Mention> weak) {
    PlaceForm best = strong.get(0).form;
    for (Mention m : strong) {
      if (m.form.code().length() > best.code().length() && !m.form.xpcc()) {
        best = m.form;
      }
    }
    for (Mention m : weak) {
      if (m.form.code().length() > best.code().length() && m.form.code().startsWith(best.code())) {
        best = m.form;
      }
    }
    return best;
  }

  // --- postal_code -----------------------------------------------------------------------------

  private static String postcodeOf(Party party, String addressText) {
    String field = party.postalCode();
    if (field != null) {
      StringBuilder digits = new StringBuilder(6);
      for (int i = 0; i < field.length(); i++) {
        char ch = CharFold.fold(field.charAt(i));
        if (ch >= '0' && ch <= '9') {
          digits.append(ch);
        } else if (ch != ' ' && ch != '-') {
          return null;
        }
      }
      return digits.length() == 6 ? digits.toString() : null;
    }
    String a = addressText;
    for (int i = 0; i + 6 <= a.length(); i++) {
      if (isDigitAt(a, i) && (i == 0 || !Character.isLetterOrDigit(a.charAt(i - 1)))) {
        int e = i;
        while (e < a.length() && isDigitAt(a, e)) {
          e++;
        }
        if (e - i == 6 && (e == a.length() || !Character.isLetterOrDigit(a.charAt(e)) || CharFold.isHan(a.charAt(e)))) {
          return a.substring(i, e);
        }
        i = e;
      }
    }
    return null;
  }

  private static boolean isDigitAt(String s, int i) {
    char ch = s.charAt(i);
    return ch >= '0' && ch <= '9';
  }

  private static boolean postcodeInXinjiang(Context c) {
    String pc = c.postcode;
    if (pc == null) {
      return false;
    }
    int v = Integer.parseInt(pc);
    return v >= 830000 && v <= 848999;
  }

  private void postcode(Context c) {
    if (!postcodeInXinjiang(c)) {
      return;
    }
    String pc = c.postcode;
    String evidence = c.party.postalCode() != null ? c.party.postalCode() : pc;
    if (c.elsewhere()) {
      c.dismiss("postal_code", evidence, () -> "postcode " + pc + " is in Xinjiang's range 830000-848999, but "
          + c.countrySaid + " (India, for one, writes 6-digit PIN codes in that range)");
      return;
    }
    List<Explanation> why = new ArrayList<>();
    double score;
    String detail = "postcode " + pc + " is in Xinjiang's range 830000-848999";
    if (c.place != null && !c.place.inXinjiang() && !c.addressInXinjiang) {
      score = CONTRADICTED;
      detail += ", but the address is in " + c.place.describe();
    } else if ("CN".equals(c.country) || c.addressInXinjiang || c.phoneChina || c.addressHasHan
        || c.place != null) {
      score = POSTCODE_CHINA;
    } else if (c.nameHasHan()) {
      score = POSTCODE_ALONE;
      detail += "; the name is written in Chinese, nothing else says the party is in China";
    } else {
      // ACE's own rule: a postcode says nothing when the country is not China (DOMAIN.md).
      String named = c.countryInName();
      c.dismiss("postal_code", evidence, () -> "postcode " + pc + " is in Xinjiang's range 830000-848999, but "
          + (named != null && !named.equals("CN") ? "the name says " + named
              : "nothing in the record says China (no country, no Chinese address or name, no +86 phone)")
          + ": India's PIN codes 831xxx-848xxx (Jharkhand, Bihar) are the same numbers");
      return;
    }
    why.add(new Explanation("postal_code", score, detail));
    c.report("postal_code", evidence, "65", "Xinjiang", score, why);
  }

  // --- name ------------------------------------------------------------------------------------

  /**
   * 天山, 新市, 米东: the short names of city districts are ordinary words in trade names; in a
   * company name only the district's full name (天山区) counts.
   */
  private boolean urbanDistrictShortName(Mention m) {
    Division d = gazetteer.divisions().get(m.form.code());
    return d != null && d.level() == Division.COUNTY && d.chineseName().endsWith("区")
        && m.form.kind() != PlaceForm.Kind.CHINESE_FULL && m.form.kind() != PlaceForm.Kind.EXONYM;
  }

  private void name(Context c) {
    Mention best = null;
    double bestScore = 0;
    String bestName = null;
    String ledBy = null;
    String branchOf = null;
    for (String name : c.party.names()) {
      c.branchElsewhere = null;
      PlaceText t = PlaceText.of(name);
      List<PlaceMatch> matches = index.scan(t);
      String firstElsewhere = null;
      if (!matches.isEmpty() && matches.get(0).start() == 0) {
        PlaceMatch first = matches.get(0);
        if (!first.forms().isEmpty() && first.forms().stream().noneMatch(PlaceForm::xinjiang)
            && first.forms().stream().anyMatch(f -> f.level() <= Division.PREFECTURE)) {
          firstElsewhere = first.surface();
        }
      }
      for (Mention found : mentions(c, t, matches, "name")) {
        Mention m = found;
        if (!m.strong && (c.addressInXinjiang || c.xinjiangCorroborated)) {
          m = m.supportedBy(c.addressInXinjiang ? "the address is in Xinjiang" : c.corroboration);
        } else if (!m.strong) {
          c.dismiss("name", m.surface, () -> found.caveat + "; nothing else in the record points to Xinjiang");
          continue;
        }
        if (m.form.level() > Division.COUNTY || urbanDistrictShortName(m)) {
          continue;
        }
        boolean leading = name.startsWith(m.surface);
        double score = m.form.xpcc() ? NAME_XPCC
            : leading ? (m.caveat == null ? NAME_LEADING : NAME_LEADING_SHARED) : NAME_INSIDE;
        if (score > bestScore) {
          best = m;
          bestScore = score;
          bestName = name;
          ledBy = m.inside != null ? m.inside : m.startsName ? null : firstElsewhere;
          branchOf = c.branchElsewhere;
        }
      }
    }
    if (best == null) {
      return;
    }
    if (c.elsewhere()) {
      String surface = best.surface;
      c.dismiss("name", bestName, () -> "'" + surface + "' in the name would point to Xinjiang, but " + c.countrySaid);
      return;
    }
    List<Explanation> why = new ArrayList<>();
    why.add(new Explanation("name", bestScore, "the name contains " + best.describe()
        + (best.form.xpcc() || best.form.label().contains("Xinjiang") ? "" : ", Xinjiang")
        + (bestScore == NAME_LEADING ? "; Chinese company names start with the division they are registered in" : "")));
    double score = bestScore;
    if (ledBy != null) {
      score = CONTRADICTED;
      why.add(new Explanation("name", score, "the name places it inside " + ledBy + ", outside Xinjiang"));
    } else if (branchOf != null) {
      score = CONTRADICTED;
      why.add(new Explanation("name", score, "the name is a branch's, and the branch's own name starts with "
          + branchOf + ", a place outside Xinjiang"));
    } else if (c.registrationElsewhere) {
      score = CONTRADICTED;
      why.add(new Explanation("registration_id", score, "but the USCC is registered in " + c.registrationDivision));
    } else if (!c.addressInXinjiang && c.place != null && !c.place.inXinjiang()) {
      score = CONTRADICTED;
      why.add(new Explanation("address", score, "but the address is in " + c.place.describe()));
    }
    String code = best.form.code();
    c.report("name", bestName, code, best.form.label(), score, why);
  }
}
