package org.threadline.bench.media;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.threadline.core.lists.ListEntry;
import org.threadline.core.lists.ListInfo;
import org.threadline.core.lists.ReferenceList;
import org.threadline.core.model.FindingKind;

/**
 * A synthetic sanctions-size list: company names built from place, stem, industry and legal-form
 * words (half English, a quarter Chinese, a quarter pinyin-style), deterministic for a seed, so
 * the analyser can be measured with as many names as a large list holds.
 */
final class SyntheticNames {
  private static final String[] PLACES = {"Shenzhen", "Ningbo", "Hefei", "Jiangsu", "Zhejiang", "Guangdong",
      "Hanoi", "Penang", "Dhaka", "Izmir", "Karachi", "Lagos", "Lima", "Porto", "Leipzig", "Osaka"};
  private static final String[] INDUSTRY = {"Textile", "Garment", "Solar", "Silicon", "Trading", "Logistics",
      "Seafood", "Aluminium", "Electronics", "Chemical", "Mining", "Footwear", "Cotton", "Plastics"};
  private static final String[] FORMS = {"Co., Ltd.", "Limited", "Group Co., Ltd.", "Inc.", "Holdings Ltd.", "Corporation"};
  private static final String[] HAN_PLACES = {"深圳", "宁波", "合肥", "江苏", "浙江", "广东", "青岛", "厦门"};
  private static final String[] HAN_INDUSTRY = {"纺织", "服装", "光伏", "硅业", "贸易", "物流", "水产", "铝业", "电子", "化工"};
  private static final String[] HAN_FORMS = {"有限公司", "股份有限公司", "集团有限公司"};
  private static final String SYLLABLES = "ba,bei,chang,chen,da,dong,fang,fu,gao,guang,hai,hong,hua,jia,jin,kai,"
      + "lan,long,mei,ming,nan,peng,qi,rong,sheng,tai,tian,wei,xin,xing,ya,yong,yuan,zhong";

  private SyntheticNames() {}

  static ReferenceList list(int size, long seed) {
    Random r = new Random(seed);
    String[] syl = SYLLABLES.split(",");
    List<ListEntry> entries = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      String stem = cap(syl[r.nextInt(syl.length)]) + syl[r.nextInt(syl.length)] + syl[r.nextInt(syl.length)];
      String name;
      switch (i % 4) {
        case 0:
        case 1:
          name = PLACES[r.nextInt(PLACES.length)] + " " + stem + " " + INDUSTRY[r.nextInt(INDUSTRY.length)]
              + " " + FORMS[r.nextInt(FORMS.length)];
          break;
        case 2:
          name = HAN_PLACES[r.nextInt(HAN_PLACES.length)] + hanStem(r, i) + HAN_INDUSTRY[r.nextInt(HAN_INDUSTRY.length)]
              + HAN_FORMS[r.nextInt(HAN_FORMS.length)];
          break;
        default:
          name = stem + " " + cap(syl[r.nextInt(syl.length)]) + syl[r.nextInt(syl.length)] + " " + INDUSTRY[r.nextInt(INDUSTRY.length)];
      }
      entries.add(ListEntry.builder("synthetic", "syn-" + i, name).build());
    }
    ListInfo info = ListInfo.builder("synthetic")
        .title("Synthetic benchmark list")
        .version("seed-" + seed)
        .source("generated")
        .retrieved("2026-11-25")
        .licence("none")
        .findingKind(FindingKind.SANCTIONS_MATCH)
        .origin("file")
        .build();
    return new ReferenceList(info, entries);
  }

  private static String hanStem(Random r, int i) {
    // Two Han chars from the CJK block, different for most entries.
    return new String(new char[] {(char) (0x4E00 + r.nextInt(6000)), (char) (0x4E00 + (i * 7919) % 6000)});
  }

  private static String cap(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
