package org.threadline.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.threadline.core.model.Party;
import org.threadline.input.InputOptions;
import org.threadline.input.PartyReader;
import org.threadline.input.PartySource;

/** The 51 parties of examples/suppliers.csv, as the command line reads them. */
final class ExampleSuppliers {
  private ExampleSuppliers() {}

  static List<Party> read() {
    List<Party> suppliers = new ArrayList<>();
    try (PartySource source =
        PartyReader.open(Path.of("../examples/suppliers.csv"), InputOptions.defaults())) {
      source.forEachRemaining(suppliers::add);
    }
    return suppliers;
  }
}
