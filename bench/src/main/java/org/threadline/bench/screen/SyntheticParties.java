package org.threadline.bench.screen;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a CSV of N synthetic parties for end-to-end benchmarks: mostly clean companies in many
 * countries, with about 1% near-copies of listed names and 1% Xinjiang addresses, in English and
 * Chinese, so that every stage of screening does real work. Deterministic for a given seed.
 */
public final class SyntheticParties {
  private static final String[] PLACES = {
    "Ho Chi Minh City", "Hanoi", "Penang", "Bangkok", "Dhaka", "Tiruppur", "Izmir", "Shenzhen",
    "Ningbo", "Wuxi", "Suzhou", "Guangzhou", "Jakarta", "Phnom Penh", "Karachi", "Lima"
  };
  private static final String[] COUNTRIES = {
    "Vietnam", "Vietnam", "Malaysia", "Thailand", "Bangladesh", "India", "Turkey", "China",
    "China", "China", "China", "China", "Indonesia", "Cambodia", "Pakistan", "Peru"
  };
  private static final String[] WORDS = {
    "Golden", "Lotus", "Pacific", "Harbour", "Sunrise", "Delta", "Meridian", "Orchid", "Eastern",
    "Silver", "Bright", "Royal", "Green", "Ocean", "Summit", "Crown", "Star", "Unity", "Prime",
    "Phoenix", "Jade", "River", "Mountain", "Liberty", "Horizon", "Harvest", "Crystal", "Falcon"
  };
  private static final String[] INDUSTRIES = {
    "Garment", "Textile", "Knitwear", "Footwear", "Electronics", "Packaging", "Seafood",
    "Foods", "Solar", "Steel", "Plastics", "Trading", "Logistics", "Chemical", "Furniture"
  };
  private static final String[] FORMS = {
    "Co., Ltd.", "Company Limited", "Joint Stock Company", "Sdn Bhd", "Pvt. Ltd.", "LLC",
    "A.S.", "PT", "Ltd."
  };
  private static final String[] LISTED = {
    "Xinjiang Daqo New Energy Co Ltd", "Hoshine Silicon Industry (Shanshan)", "nanjing synergy"
        + " textiles", "Camel Group", "Ninestar Corp", "Hetian TEDA Garment",
    "新疆中泰化学股份有限公司", "Zhuhai Pantum Electronics"
  };
  private static final String[] XINJIANG_ADDRESSES = {
    "新疆乌鲁木齐市天山区解放南路88号", "Aksu Industrial Park, Aksu Prefecture, Xinjiang",
    "新疆阿克苏地区阿瓦提县纺织工业城", "12 Renmin Road, Korla, Bayingolin", "新疆石河子市北泉镇"
  };
  private static final String[] CN_TRADE = {"宏达", "华丰", "金源", "恒信", "永盛", "鑫旺", "瑞丰", "东方"};
  private static final String[] CN_INDUSTRY = {"纺织", "服饰", "电子", "化工", "光伏", "贸易", "食品"};
  private static final String[] CN_CITY = {"浙江省宁波市", "江苏省苏州市", "广东省深圳市", "福建省厦门市"};

  private SyntheticParties() {}

  /** Writes {@code n} parties to {@code file} (CSV with the contract "Screening input" columns). */
  public static void write(Path file, long n, long seed) throws IOException {
    var rnd = new SplittableRandom(seed);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("id,name,address,city,country,postal_code,phone,product,hts\n");
      var sb = new StringBuilder(256);
      for (long i = 1; i <= n; i++) {
        sb.setLength(0);
        int kind = rnd.nextInt(100);
        int p = rnd.nextInt(PLACES.length);
        String name;
        String address;
        String city = PLACES[p];
        String country = COUNTRIES[p];
        if (kind == 0) {
          name = LISTED[rnd.nextInt(LISTED.length)];
          address = "Industrial Zone";
        } else if (kind == 1) {
          name = WORDS[rnd.nextInt(WORDS.length)] + " " + INDUSTRIES[rnd.nextInt(INDUSTRIES.length)]
              + " Co., Ltd.";
          address = XINJIANG_ADDRESSES[rnd.nextInt(XINJIANG_ADDRESSES.length)];
          city = "";
          country = "China";
        } else if (kind < 15) {
          name = CN_CITY[rnd.nextInt(CN_CITY.length)].substring(3)
              + CN_TRADE[rnd.nextInt(CN_TRADE.length)] + CN_INDUSTRY[rnd.nextInt(CN_INDUSTRY.length)]
              + "有限公司";
          address = CN_CITY[rnd.nextInt(CN_CITY.length)] + "工业园区" + (1 + rnd.nextInt(300)) + "号";
          city = "";
          country = "中国";
        } else {
          name = WORDS[rnd.nextInt(WORDS.length)] + " " + WORDS[rnd.nextInt(WORDS.length)] + " "
              + INDUSTRIES[rnd.nextInt(INDUSTRIES.length)] + " " + FORMS[rnd.nextInt(FORMS.length)];
          address = (1 + rnd.nextInt(999)) + " " + WORDS[rnd.nextInt(WORDS.length)] + " Road";
        }
        sb.append("P-").append(i).append(',');
        quote(sb, name).append(',');
        quote(sb, address).append(',');
        quote(sb, city).append(',');
        quote(sb, country).append(',');
        sb.append(10000 + rnd.nextInt(89999)).append(',');
        sb.append("+1 555 ").append(1000 + rnd.nextInt(8999)).append(',');
        sb.append(kind % 3 == 0 ? "cotton t-shirts" : "components").append(',');
        sb.append(kind % 3 == 0 ? "6109.10" : "8473.30").append('\n');
        w.append(sb);
      }
    }
  }

  private static StringBuilder quote(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') {
        sb.append('"');
      }
      sb.append(c);
    }
    return sb.append('"');
  }

  /** {@code SyntheticParties FILE N [SEED]}. */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: SyntheticParties FILE N [SEED]");
      System.exit(2);
    }
    write(Path.of(args[0]), Long.parseLong(args[1]), args.length > 2 ? Long.parseLong(args[2]) : 42);
  }
}
