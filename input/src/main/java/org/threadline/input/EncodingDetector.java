package org.threadline.input;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.threadline.core.BadInputException;

/**
 * Tells the encoding of a text file from its first bytes.
 *
 * <p>In order: a byte-order mark decides; text that is valid UTF-8 is UTF-8 (a legacy encoding
 * almost never produces valid multi-byte UTF-8 by chance); otherwise ICU's statistical detector
 * guesses, and when its guess is Chinese, or the bytes read as mostly common Han characters, the
 * choice between GB18030 (a superset of GBK and GB2312) and Big5 goes to whichever decoding yields
 * more common characters. ICU alone often confuses the two on short texts such as company names.
 * Among Latin encodings, Western European wins a near tie.
 */
final class EncodingDetector {
  static final Charset GB18030 = Charset.forName("GB18030");
  static final Charset BIG5 = Charset.forName("Big5");

  /** ICU names of encodings that are not Chinese but whose bytes also decode as GB2312 Han. */
  private static final Set<String> OTHER_CJK = Set.of("EUC-KR", "EUC-JP", "Shift_JIS", "ISO-2022-JP",
      "ISO-2022-KR", "ISO-2022-CN");

  /**
   * Short Latin texts score nearly the same in every Latin encoding, because ICU judges by letter
   * frequencies of one language. When Western European is as likely as the best guess (within
   * this many points), it wins: it is what Excel writes on most machines outside Central Europe,
   * and windows-1252 also reads ISO-8859-1 text the same.
   */
  private static final int WESTERN_MARGIN = 5;

  private static final Set<String> WESTERN = Set.of("ISO-8859-1", "windows-1252");

  /** The 3,755 level-1 characters of GB2312 and the 5,401 common characters of Big5. */
  private static final BitSet COMMON_HAN = commonHan();

  private EncodingDetector() {}

  /** The outcome: the encoding, how many leading bytes are a byte-order mark, and how it was told. */
  record Detected(Charset charset, int bomLength, String how) {}

  /**
   * @param prefix the first bytes of the file (64 KB is plenty)
   * @param length how many bytes of {@code prefix} are filled
   * @param complete whether the prefix is the whole file (a cut multi-byte character at its end is
   *     then an error, not a cut)
   */
  static Optional<Detected> detect(byte[] prefix, int length, boolean complete) {
    int bom = utf8BomLength(prefix, length);
    if (bom > 0) {
      return Optional.of(new Detected(StandardCharsets.UTF_8, bom, "byte-order mark"));
    }
    if (length >= 2 && (prefix[0] & 0xFF) == 0xFF && (prefix[1] & 0xFF) == 0xFE) {
      return Optional.of(new Detected(StandardCharsets.UTF_16LE, 2, "byte-order mark"));
    }
    if (length >= 2 && (prefix[0] & 0xFF) == 0xFE && (prefix[1] & 0xFF) == 0xFF) {
      return Optional.of(new Detected(StandardCharsets.UTF_16BE, 2, "byte-order mark"));
    }
    if (isUtf8(prefix, length, complete)) {
      return Optional.of(new Detected(StandardCharsets.UTF_8, 0, "valid UTF-8"));
    }
    Charset declared = declaredPageCharset(prefix, length);
    if (declared != null) {
      return Optional.of(new Detected(declared, 0, "the page's meta charset"));
    }
    byte[] sample = length == prefix.length ? prefix : java.util.Arrays.copyOf(prefix, length);
    CharsetMatch[] guesses = new CharsetDetector().setText(sample).detectAll();
    CharsetMatch guess = guesses.length == 0 ? null : guesses[0];
    String icuName = guess == null ? "" : guess.getName();
    double gb = commonHanShare(sample, GB18030);
    double big5 = commonHanShare(sample, BIG5);
    boolean chinese = icuName.equals("GB18030") || icuName.equals("Big5")
        || (Math.max(gb, big5) >= 0.5 && !OTHER_CJK.contains(icuName));
    if (chinese) {
      Charset best = gb >= big5 ? GB18030 : BIG5;
      return Optional.of(new Detected(best, 0, String.format(java.util.Locale.ROOT,
          "common Han characters: %.0f%% as GB18030, %.0f%% as Big5", gb * 100, big5 * 100)));
    }
    for (CharsetMatch near : guesses) {
      if (near.getConfidence() + WESTERN_MARGIN >= guess.getConfidence()
          && WESTERN.contains(near.getName())) {
        return Optional.of(new Detected(Charset.forName("windows-1252"), 0,
            "ICU guess " + near.getName() + ", confidence " + near.getConfidence() + "%"));
      }
    }
    if (guess != null && Charset.isSupported(icuName)) {
      return Optional.of(new Detected(Charset.forName(icuName), 0,
          "ICU guess, confidence " + guess.getConfidence() + "%"));
    }
    return Optional.empty();
  }

  /**
   * The encoding to read a text in: the one the user gave (a UTF-8 byte-order mark then skipped),
   * else the one detected, announced through the options' warnings when it is not UTF-8.
   *
   * @throws BadInputException naming the file when the encoding cannot be told
   */
  static Detected choose(byte[] prefix, int length, boolean complete, InputOptions options,
      String fileName) {
    Charset given = options.encoding();
    if (given != null) {
      int bom = given.equals(StandardCharsets.UTF_8) ? utf8BomLength(prefix, length) : 0;
      return new Detected(given, bom, "given");
    }
    Detected detected = detect(prefix, length, complete)
        .orElseThrow(() -> new BadInputException(fileName, -1, null,
            "cannot tell the text encoding; give it (for example --encoding GB18030, Big5 or"
                + " UTF-8)"));
    if (!detected.charset().equals(StandardCharsets.UTF_8)) {
      options.warnings().accept(fileName + ": read as " + detected.charset().name() + " ("
          + detected.how() + ")");
    }
    return detected;
  }

  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

  /**
   * The character set an HTML page declares in a meta tag (a browser saves a page in the page's
   * own encoding), or null when the bytes are not such a page or the charset is unknown.
   */
  private static Charset declaredPageCharset(byte[] prefix, int length) {
    String head = new String(prefix, 0, Math.min(length, 4096), StandardCharsets.ISO_8859_1);
    if (!head.stripLeading().startsWith("<")) {
      return null;
    }
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return null;
    }
    try {
      return Charset.isSupported(m.group(1)) ? Charset.forName(m.group(1)) : null;
    } catch (IllegalCharsetNameException e) {
      return null;
    }
  }

  static int utf8BomLength(byte[] prefix, int length) {
    boolean bom = length >= 3 && (prefix[0] & 0xFF) == 0xEF && (prefix[1] & 0xFF) == 0xBB
        && (prefix[2] & 0xFF) == 0xBF;
    return bom ? 3 : 0;
  }

  /** Whether the bytes are valid UTF-8, allowing a character cut by the end of a partial prefix. */
  static boolean isUtf8(byte[] prefix, int length, boolean complete) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out = CharBuffer.allocate(length + 1);
    CoderResult result = decoder.decode(ByteBuffer.wrap(prefix, 0, length), out, complete);
    if (result.isError()) {
      return false;
    }
    if (complete) {
      return !decoder.flush(out).isError();
    }
    return true;
  }

  /**
   * The share of the non-ASCII characters of {@code bytes}, decoded as {@code charset}, that are
   * common Han characters; a byte sequence the charset cannot decode counts against it.
   */
  static double commonHanShare(byte[] bytes, Charset charset) {
    CharBuffer text;
    try {
      text = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(bytes));
    } catch (CharacterCodingException e) {
      return 0;
    }
    int nonAscii = 0;
    int common = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        nonAscii++;
        if (COMMON_HAN.get(c)) {
          common++;
        }
      }
    }
    return nonAscii == 0 ? 0 : (double) common / nonAscii;
  }

  private static BitSet commonHan() {
    BitSet set = new BitSet(0x10000);
    // GB2312 level 1: rows 0xB0-0xD7, ordered by frequency of use.
    for (int lead = 0xB0; lead <= 0xD7; lead++) {
      for (int trail = 0xA1; trail <= 0xFE; trail++) {
        addDecoded(set, GB18030, lead, trail);
      }
    }
    // Big5 level 1 (frequently used characters): 0xA440-0xC67E.
    for (int lead = 0xA4; lead <= 0xC6; lead++) {
      for (int trail = 0x40; trail <= 0xFE; trail++) {
        boolean trailOk = trail <= 0x7E || trail >= 0xA1;
        if (trailOk && (lead < 0xC6 || trail <= 0x7E)) {
          addDecoded(set, BIG5, lead, trail);
        }
      }
    }
    return set;
  }

  private static void addDecoded(BitSet set, Charset charset, int lead, int trail) {
    String s = new String(new byte[] {(byte) lead, (byte) trail}, charset);
    if (s.length() == 1 && Character.UnicodeScript.of(s.charAt(0)) == Character.UnicodeScript.HAN) {
      set.set(s.charAt(0));
    }
  }
}
