package org.threadline.bench.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.threadline.lists.bundled.BundledData;

/**
 * Synthetic Chinese companies, each with its Chinese name and the English name a list would
 * give it: a real admin place, a trade name of two or three common name characters (read with
 * pinyin4j), an industry and a legal form. Deterministic for a seed.
 */
final class SyntheticCompanies {
  /** One company. */
  record Company(String chinese, String english) {}

  private static final String NAME_CHARS =
      "华泰鑫盛达源恒隆信安宏瑞祥丰富宝金兴昌荣嘉德海天中美佳利通成和永康明光辉晶科聚博创远"
          + "同众联益润顺星亿汇万久诚正元鸿峰凯晟锦泓浩翔腾飞龙凤昊辰睿智航骏驰鼎立弘扬卓越威"
          + "雅洁清亮彩虹蓝绿红黄紫银铭铂钰琪瑶璐茂林森松柏竹梅兰菊春夏秋冬阳月云雨雪霖霆震坤"
          + "乾坤豪杰俊英贤良善仁义礼智勇毅恒远志向前进步升腾跃骐骥麒麟鹏鹤鹰雁燕莺凰麟翰墨";
  private static final String[][] INDUSTRIES = {
    {"纺织", "Textile"}, {"新能源", "New Energy"}, {"化工", "Chemical"}, {"服装", "Apparel"},
    {"科技", "Technology"}, {"贸易", "Trading"}, {"实业", "Industrial"}, {"农业", "Agriculture"},
    {"食品", "Food"}, {"电子", "Electronics"}, {"机械", "Machinery"}, {"硅业", "Silicon Industry"},
    {"铝业", "Aluminium"}, {"钢铁", "Iron and Steel"}, {"光伏", "Photovoltaic"}, {"物流", "Logistics"},
    {"矿业", "Mining"}, {"生物科技", "Biotechnology"}, {"建筑工程", "Construction Engineering"},
    {"包装", "Packaging"}
  };
  private static final String[][] LEGAL = {
    {"有限公司", "Co., Ltd."}, {"股份有限公司", "Co., Ltd."}, {"有限责任公司", "Co., Ltd."}
  };

  private final List<String[]> places = new ArrayList<>();
  private final HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();

  SyntheticCompanies() {
    format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
    format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
    format.setVCharType(HanyuPinyinVCharType.WITH_V);
    try (BufferedReader r = BundledData.reader("geo/cn_admin_level3_pinyin.csv")) {
      for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
        String name = rec.get("name");
        if (name.length() >= 2 && !name.equals("国外")) {
          places.add(new String[] {name, capitalise(rec.get("pinyin").replace(" ", ""))});
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code n} distinct companies. */
  List<Company> generate(int n, long seed) {
    Random random = new Random(seed);
    Set<String> seen = new HashSet<>(n * 2);
    List<Company> out = new ArrayList<>(n);
    while (out.size() < n) {
      String[] place = places.get(random.nextInt(places.size()));
      int len = random.nextInt(10) < 7 ? 2 : 3;
      StringBuilder han = new StringBuilder();
      StringBuilder latin = new StringBuilder();
      for (int i = 0; i < len; i++) {
        char c = NAME_CHARS.charAt(random.nextInt(NAME_CHARS.length()));
        han.append(c);
        latin.append(pinyin(c));
      }
      String[] industry = INDUSTRIES[random.nextInt(INDUSTRIES.length)];
      String[] legal = LEGAL[random.nextInt(LEGAL.length)];
      String english = place[1] + " " + capitalise(latin.toString()) + " " + industry[1] + " " + legal[1];
      if (seen.add(english)) {
        out.add(new Company(place[0] + han + industry[0] + legal[0], english));
      }
    }
    return out;
  }

  private String pinyin(char c) {
    try {
      String[] r = PinyinHelper.toHanyuPinyinStringArray(c, format);
      return r == null || r.length == 0 ? "" : r[0].replace('v', 'u');
    } catch (BadHanyuPinyinOutputFormatCombination e) {
      throw new IllegalStateException(e);
    }
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
