package org.threadline.bench.trace;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a synthetic cotton-apparel chain in contract "Supply chain on disk" form: for N parties,
 * 20% raw-cotton producers, 20% spinners, 20% weavers, 20% garment makers, 10% traders and 10%
 * importers. Each buyer has three suppliers in the tier before it with two deliveries from each,
 * and each producer one more delivery to a spinner: 5N flows. Quantities follow the yields (1.15 kg
 * of lint per kg of yarn, 1.1 kg of yarn per kg of fabric, 0.25 kg of fabric per t-shirt) at
 * 90-100% of what the inputs allow, except 1% of spinners that ship 30% more than theirs
 * (mass-balance gaps); 3% of flows lack their bill of lading and 1% of makers their production
 * records. One shipment per importer. Every name is made up.
 */
public final class SyntheticChain {
  private static final String[] RAW_COUNTRIES = {"US", "IN", "BR", "AU", "CN", "UZ"};
  private static final String[] SPIN_COUNTRIES = {"CN", "PK", "IN", "VN"};
  private static final String[] WEAVE_COUNTRIES = {"CN", "VN", "BD", "IN"};
  private static final String[] MAKE_COUNTRIES = {"VN", "BD", "KH", "MY"};
  private static final String[] TRADE_COUNTRIES = {"HK", "SG"};
  private static final String FULL_DOCUMENTS =
      "purchase_order;invoice;packing_list;payment;bill_of_lading;transport_record";
  private static final String NO_BILL = "purchase_order;invoice;packing_list;payment";

  private SyntheticChain() {}

  /** The number of flows a chain of {@code parties} parties gets. */
  public static long flowsFor(int parties) {
    Tiers t = new Tiers(parties);
    return 6L * (t.spin + t.weave + t.make + t.trade + t.importers) + t.raw;
  }

  /** Writes the chain's CSV files into {@code folder}. */
  public static void write(Path folder, int parties, long seed) throws IOException {
    Files.createDirectories(folder);
    SplittableRandom random = new SplittableRandom(seed);
    Tiers t = new Tiers(parties);
    String[] country = new String[parties];
    try (BufferedWriter w = writer(folder, "parties")) {
      w.write("id,name,address,city,country,role\n");
      for (int p = 0; p < parties; p++) {
        String role;
        String[] countries;
        if (p < t.rawEnd) {
          role = "raw_material_producer";
          countries = RAW_COUNTRIES;
        } else if (p < t.spinEnd) {
          role = "manufacturer";
          countries = SPIN_COUNTRIES;
        } else if (p < t.weaveEnd) {
          role = "manufacturer";
          countries = WEAVE_COUNTRIES;
        } else if (p < t.makeEnd) {
          role = "manufacturer";
          countries = MAKE_COUNTRIES;
        } else if (p < t.tradeEnd) {
          role = "trader";
          countries = TRADE_COUNTRIES;
        } else {
          role = "importer";
          countries = new String[] {"US"};
        }
        country[p] = countries[random.nextInt(countries.length)];
        w.write("P" + p + ",Synthetic Party " + p + " Ltd.," + (p % 997) + " Example Road,City "
            + (p % 113) + "," + country[p] + "," + role + "\n");
      }
    }
    try (BufferedWriter w = writer(folder, "products")) {
      w.write("id,name,hts,description\nlint,cotton lint,5201.00,raw cotton\n"
          + "yarn,cotton yarn,5205.12,yarn\nfabric,cotton fabric,5208.12,woven fabric\n"
          + "tshirt,t-shirts,6109.10,knitted t-shirts\n");
    }
    try (BufferedWriter w = writer(folder, "transforms")) {
      w.write("party,input_product,output_product,input_per_output\n");
      for (int p = t.rawEnd; p < t.makeEnd; p++) {
        if (p < t.spinEnd) {
          w.write("P" + p + ",lint,yarn,1.15\n");
        } else if (p < t.weaveEnd) {
          w.write("P" + p + ",yarn,fabric,1.1\n");
        } else {
          w.write("P" + p + ",fabric,tshirt,0.25\n");
        }
      }
    }
    try (BufferedWriter w = writer(folder, "documents")) {
      w.write("id,type,party,date,file,flows\n");
      for (int p = t.rawEnd; p < t.makeEnd; p++) {
        if (random.nextInt(100) != 0) {
          w.write("D" + p + ",production_record,P" + p + ",2025-06-30,records/P" + p + ".pdf,\n");
        }
      }
    }
    // Who buys from whom: each buyer picks three suppliers in the tier before it.
    List<int[]> links = new ArrayList<>();
    for (int p = t.rawEnd; p < parties; p++) {
      int from;
      int size;
      if (p < t.spinEnd) {
        from = 0;
        size = t.raw;
      } else if (p < t.weaveEnd) {
        from = t.rawEnd;
        size = t.spin;
      } else if (p < t.makeEnd) {
        from = t.spinEnd;
        size = t.weave;
      } else if (p < t.tradeEnd) {
        from = t.weaveEnd;
        size = t.make;
      } else {
        from = t.weaveEnd;
        size = t.make + t.trade;
      }
      for (int k = 0; k < 3; k++) {
        links.add(new int[] {from + random.nextInt(size), p, 2});
      }
    }
    for (int p = 0; p < t.rawEnd; p++) {
      links.add(new int[] {p, t.rawEnd + random.nextInt(t.spin), 1});
    }
    // Quantities tier by tier: what each party can ship, split over its deliveries.
    double[] supply = new double[parties];
    int[] deliveries = new int[parties];
    for (int[] l : links) {
      deliveries[l[0]] += l[2];
    }
    links.sort((a, b) -> Integer.compare(a[0], b[0]));
    String[] products = {"lint", "yarn", "fabric", "tshirt", "tshirt", "tshirt"};
    double[] ratio = {1, 1.15, 1.1, 0.25, 1, 1};
    int[] tierStart = {0, t.rawEnd, t.spinEnd, t.weaveEnd, t.makeEnd, t.tradeEnd, parties};
    long flow = 0;
    // Each importer's shipment comes from the first supplier that delivers to it.
    int[] exporter = new int[t.importers];
    long[] shipped = new long[t.importers];
    java.util.Arrays.fill(exporter, -1);
    try (BufferedWriter w = writer(folder, "flows")) {
      w.write("id,from_party,to_party,product,quantity,unit,date,documents\n");
      int cursor = 0;
      for (int tier = 0; tier < 5; tier++) {
        for (int p = tierStart[tier]; p < tierStart[tier + 1]; p++) {
          double capacity;
          if (tier == 0) {
            capacity = 10_000;
          } else {
            double use = tier == 1 && random.nextInt(100) == 0 ? 1.3 : 0.9 + 0.1 * random.nextDouble();
            capacity = supply[p] / ratio[tier] * use;
          }
          while (cursor < links.size() && links.get(cursor)[0] < p) {
            cursor++;
          }
          double each = deliveries[p] == 0 ? 0 : Math.floor(capacity / deliveries[p]);
          for (int i = cursor; i < links.size() && links.get(i)[0] == p; i++) {
            int[] l = links.get(i);
            for (int d = 0; d < l[2]; d++) {
              String docs = (random.nextInt(100) < 3 ? NO_BILL : FULL_DOCUMENTS)
                  + (tier == 0 ? ";bale_record" : "");
              w.write("F" + flow++ + ",P" + p + ",P" + l[1] + "," + products[tier] + ","
                  + (long) each + "," + (tier >= 3 ? "pcs" : "kg") + ",2025-0" + (1 + tier)
                  + "-15," + docs + "\n");
              supply[l[1]] += each;
              int importer = l[1] - t.tradeEnd;
              if (importer >= 0 && (exporter[importer] < 0 || exporter[importer] == p)) {
                exporter[importer] = p;
                shipped[importer] += (long) each;
              }
            }
          }
        }
      }
    }
    try (BufferedWriter w = writer(folder, "shipments")) {
      w.write("id,importer,exporter,product,quantity,unit,entry_date\n");
      for (int i = 0; i < t.importers; i++) {
        if (exporter[i] >= 0) {
          w.write("SH" + i + ",P" + (t.tradeEnd + i) + ",P" + exporter[i] + ",tshirt," + shipped[i]
              + ",pcs,2025-07-01\n");
        }
      }
    }
  }

  private static BufferedWriter writer(Path folder, String table) throws IOException {
    return Files.newBufferedWriter(folder.resolve(table + ".csv"), StandardCharsets.UTF_8);
  }

  /** The tier sizes and where each ends in the party numbering. */
  private static final class Tiers {
    final int raw;
    final int spin;
    final int weave;
    final int make;
    final int trade;
    final int importers;
    final int rawEnd;
    final int spinEnd;
    final int weaveEnd;
    final int makeEnd;
    final int tradeEnd;

    Tiers(int parties) {
      raw = parties / 5;
      spin = parties / 5;
      weave = parties / 5;
      make = parties / 5;
      trade = parties / 10;
      importers = parties - raw - spin - weave - make - trade;
      rawEnd = raw;
      spinEnd = rawEnd + spin;
      weaveEnd = spinEnd + weave;
      makeEnd = weaveEnd + make;
      tradeEnd = makeEnd + trade;
    }
  }
}
