package org.threadline.bench.screen;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.threadline.core.model.Party;
import org.threadline.input.InputOptions;
import org.threadline.input.PartyReader;
import org.threadline.input.PartySource;

/**
 * Writes a CSV of N parties drawn, in turn, from real populations (company registries, brands'
 * factory lists: every supplier file below a folder), so that screening is measured on names and
 * addresses no one on the project wrote. The populations are read with the same readers a user's
 * file goes through, and their parties cycled until N are written; the real files themselves are
 * never copied into the repository.
 */
public final class RealPopulation {
  private RealPopulation() {}

  /** The parties of every supplier file below {@code dir}, in file order. */
  public static List<Party> read(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile)
          .filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
          .sorted().toList();
    }
    List<Party> parties = new ArrayList<>();
    for (Path f : files) {
      try (PartySource source = PartyReader.open(f, InputOptions.defaults())) {
        while (source.hasNext()) {
          parties.add(source.next());
        }
      }
    }
    if (parties.isEmpty()) {
      throw new IOException("no parties in the CSV files below " + dir);
    }
    return parties;
  }

  /** Writes {@code n} parties cycled from {@code population} as a Contract 2 CSV. */
  public static void write(Path out, List<Party> population, long n) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write("id,name,address,city,region,postal_code,country,phone,registration_id,product\n");
      for (long i = 0; i < n; i++) {
        Party p = population.get((int) (i % population.size()));
        w.write(Long.toString(i + 1));
        for (String cell : new String[] {p.name(), p.address(), p.city(), p.region(),
            p.postalCode(), p.country(), p.phone(), p.registrationId(), p.product()}) {
          w.write(',');
          w.write(csv(cell));
        }
        w.write('\n');
      }
    }
  }

  private static String csv(String s) {
    if (s == null) {
      return "";
    }
    return s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0
        ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }
}
