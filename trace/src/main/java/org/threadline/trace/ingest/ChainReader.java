package org.threadline.trace.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.threadline.core.BadInputException;
import org.threadline.core.model.Party;
import org.threadline.input.ColumnSynonyms;
import org.threadline.trace.model.ChainParty;
import org.threadline.trace.model.Document;
import org.threadline.trace.model.DocumentType;
import org.threadline.trace.model.Flows;
import org.threadline.trace.model.Product;
import org.threadline.trace.model.Role;
import org.threadline.trace.model.Shipment;
import org.threadline.trace.model.SupplyChain;
import org.threadline.trace.model.Transform;
import org.threadline.trace.model.Unit;

/**
 * Reads and validates a supply chain (contract "Supply chain on disk") from any {@link
 * ChainSource}. Every reference must resolve, every quantity must be a number not below zero in a
 * unit that converts to its product's unit; the first problem found is thrown as a {@link
 * BadInputException} naming the file, the row and the column. Production loops are checked later,
 * on the graph.
 */
public final class ChainReader {
  private static final Pattern RATIO =
      Pattern.compile("^\\s*([-+]?[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*(?:([^/]+?)\\s*(?:/|\\bper\\b)\\s*(.+?))?\\s*$");

  private final UnitTable units;
  private final Executor executor;
  private final Map<String, String> files = new HashMap<>();

  /** A reader that reads every table on the calling thread. */
  public ChainReader(UnitTable units) {
    this(units, null);
  }

  /**
   * A reader that reads each large table ahead on one of {@code executor}'s threads while the
   * calling thread checks the rows (the caller reads on its own when the executor does not start
   * the reading soon).
   *
   * @param executor the caller's threads, or null to read on the calling thread alone
   */
  public ChainReader(UnitTable units, Executor executor) {
    this.units = units;
    this.executor = executor;
  }

  /** Reads and validates every table of the source. */
  public SupplyChain read(ChainSource source) {
    files.clear();
    List<ChainParty> parties = new ArrayList<>();
    IdIndex partyIds = new IdIndex(1024);
    readParties(source, parties, partyIds);

    List<ProductDraft> products = new ArrayList<>();
    Map<String, Integer> productIds = new HashMap<>();
    Map<String, Integer> productNames = new HashMap<>();
    readProducts(source, products, productIds, productNames);

    List<DocumentDraft> documents = new ArrayList<>();
    IdIndex documentIds = new IdIndex(1024);
    readDocuments(source, partyIds, documents, documentIds);

    IdIndex flowIds = new IdIndex(1024);
    FlowDraft flows = readFlows(source, partyIds, productIds, productNames, products, documents,
        documentIds, flowIds);

    List<TransformDraft> transforms = readTransforms(source, partyIds, productIds, productNames,
        products);
    List<ShipmentDraft> shipments = readShipments(source, partyIds, productIds, productNames,
        products);

    // Every product now has the unit its file, its first flow or its first shipment gave it.
    convertFlows(flows, products);
    List<Transform> finalTransforms = new ArrayList<>(transforms.size());
    for (TransformDraft t : transforms) {
      finalTransforms.add(t.resolve(products));
    }
    List<Shipment> finalShipments = new ArrayList<>(shipments.size());
    for (ShipmentDraft s : shipments) {
      finalShipments.add(s.resolve(products));
    }
    int[] partyDocuments = new int[parties.size()];
    List<Document> finalDocuments = new ArrayList<>(documents.size());
    for (DocumentDraft d : documents) {
      finalDocuments.add(d.document);
      if (d.document.party() >= 0) {
        partyDocuments[d.document.party()] |= d.document.type().bit();
      }
      for (String f : d.flows) {
        int fi = flowIds.get(f);
        if (fi < 0) {
          throw new BadInputException(d.file, d.document.row(), "flows",
              "unknown flow '" + f + "' (not an id in the flows table)");
        }
        flows.flows.addDocument(fi, d.document.type());
      }
    }
    List<Product> finalProducts = products.stream().map(ProductDraft::product).toList();
    return new SupplyChain(source.name(), parties, finalProducts, flows.flows, finalTransforms,
        finalShipments, finalDocuments, partyDocuments, files);
  }

  // ---------------------------------------------------------------- parties

  private void readParties(ChainSource source, List<ChainParty> parties, IdIndex partyIds) {
    try (ChainTable t = required(source, "parties")) {
      Map<String, String> columnOf = new HashMap<>();
      for (String h : t.header()) {
        String std = "role".equals(Columns.normalise(h)) ? "role"
            : ColumnSynonyms.columnFor(h).orElse(null);
        if (std != null) {
          columnOf.putIfAbsent(std, h);
        }
      }
      if (!columnOf.containsKey("name") && !columnOf.containsKey("address")) {
        throw new BadInputException(t.fileName(), 0, null,
            "needs a 'name' or an 'address' column (found: " + String.join(", ", t.header()) + ")");
      }
      Set<String> mapped = new HashSet<>(columnOf.values());
      // The records are built on the reading thread; the checks run here, in file order.
      Function<ChainRow, PartyRow> prepared = PrefetchingTable.ahead(t,
          row -> PartyRow.of(row, columnOf, mapped));
      while (t.hasNext()) {
        ChainRow r = t.next();
        PartyRow pr = prepared.apply(r);
        if (pr.failure() != null) {
          throw pr.failure();
        }
        Party p = pr.party();
        if (p.name() == null && p.address() == null) {
          throw new BadInputException(t.fileName(), r.row(), columnOf.getOrDefault("name", "name"),
              "a party needs a name or an address");
        }
        String roleText = pr.roleText();
        Role role = pr.role();
        if (roleText != null && role == null) {
          throw new BadInputException(t.fileName(), r.row(), columnOf.get("role"),
              "unknown role '" + roleText + "' (expected importer, exporter, manufacturer,"
                  + " processor, trader, raw_material_producer or logistics)");
        }
        if (partyIds.add(p.id()) >= 0) {
          throw new BadInputException(t.fileName(), r.row(), columnOf.getOrDefault("id", "id"),
              "party id '" + p.id() + "' is used twice");
        }
        parties.add(new ChainParty(p, role));
      }
    }
  }

  /** A party's record and role as read from its row, or what failed in building them. */
  private record PartyRow(Party party, String roleText, Role role, RuntimeException failure) {
    static PartyRow of(ChainRow r, Map<String, String> columnOf, Set<String> mapped) {
      try {
        Party.Builder b = Party.builder(null).row(r.row());
        b.id(cell(r, columnOf, "id"));
        b.name(cell(r, columnOf, "name"));
        String aliases = cell(r, columnOf, "aliases");
        if (aliases != null) {
          b.aliases(Arrays.stream(aliases.split(";")).map(String::strip)
              .filter(s -> !s.isEmpty()).toList());
        }
        b.address(cell(r, columnOf, "address")).city(cell(r, columnOf, "city"))
            .region(cell(r, columnOf, "region")).postalCode(cell(r, columnOf, "postal_code"))
            .country(cell(r, columnOf, "country")).phone(cell(r, columnOf, "phone"))
            .registrationId(cell(r, columnOf, "registration_id"))
            .website(cell(r, columnOf, "website")).product(cell(r, columnOf, "product"))
            .hts(cell(r, columnOf, "hts"));
        for (Map.Entry<String, String> e : r.cells().entrySet()) {
          if (!mapped.contains(e.getKey())) {
            b.extra(e.getKey(), e.getValue());
          }
        }
        String roleText = cell(r, columnOf, "role");
        return new PartyRow(b.build(), roleText, Role.ofText(roleText), null);
      } catch (RuntimeException e) {
        // Reported at this row, after the rows before it are checked.
        return new PartyRow(null, null, null, e);
      }
    }
  }

  private static String cell(ChainRow r, Map<String, String> columnOf, String column) {
    String h = columnOf.get(column);
    String v = h == null ? null : r.cells().get(h);
    if (v == null) {
      return null;
    }
    String s = v.strip();
    return s.isEmpty() ? null : s;
  }

  // ---------------------------------------------------------------- products

  private void readProducts(ChainSource source, List<ProductDraft> products,
      Map<String, Integer> productIds, Map<String, Integer> productNames) {
    try (ChainTable t = required(source, "products")) {
      Columns c = new Columns(t.header());
      requireColumns(t, c, "id");
      while (t.hasNext()) {
        ChainRow r = t.next();
        String id = c.get(r, "id");
        if (id == null) {
          throw new BadInputException(t.fileName(), r.row(), "id", "a product needs an id");
        }
        String name = c.get(r, "name");
        String unitText = c.get(r, "unit");
        Unit unit = null;
        if (unitText != null) {
          unit = units.find(unitText);
          if (unit == null) {
            throw unknownUnit(t.fileName(), r.row(), "unit", unitText);
          }
        }
        if (productIds.putIfAbsent(id, products.size()) != null) {
          throw new BadInputException(t.fileName(), r.row(), "id",
              "product id '" + id + "' is used twice");
        }
        if (name != null) {
          productNames.putIfAbsent(name.toLowerCase(Locale.ROOT), products.size());
        }
        products.add(new ProductDraft(id, name == null ? id : name, c.get(r, "hts"),
            c.get(r, "description"), unit, r.row(), t.fileName()));
      }
    }
  }

  static int product(String file, long row, String column, String text,
      Map<String, Integer> productIds, Map<String, Integer> productNames) {
    if (text == null) {
      throw new BadInputException(file, row, column, "no product given");
    }
    int i = productIndex(text, productIds, productNames);
    if (i < 0) {
      throw new BadInputException(file, row, column,
          "unknown product '" + text + "' (not an id or a name in the products table)");
    }
    return i;
  }

  /** The product a cell names by id, else by name whatever its case; -1 for none. */
  static int productIndex(String text, Map<String, Integer> productIds,
      Map<String, Integer> productNames) {
    Integer i = productIds.get(text);
    if (i == null) {
      i = productNames.get(text.toLowerCase(Locale.ROOT));
    }
    return i == null ? -1 : i;
  }

  private static int party(String file, long row, String column, String text,
      IdIndex partyIds, boolean required) {
    if (text == null) {
      if (required) {
        throw new BadInputException(file, row, column, "no party given");
      }
      return -1;
    }
    int i = partyIds.get(text);
    if (i < 0) {
      throw new BadInputException(file, row, column,
          "unknown party '" + text + "' (not an id in the parties table)");
    }
    return i;
  }

  // ---------------------------------------------------------------- documents

  private void readDocuments(ChainSource source, IdIndex partyIds,
      List<DocumentDraft> documents, IdIndex documentIds) {
    ChainTable opened = optional(source, "documents");
    if (opened == null) {
      return;
    }
    try (ChainTable t = opened) {
      Columns c = new Columns(t.header());
      requireColumns(t, c, "id", "type");
      while (t.hasNext()) {
        ChainRow r = t.next();
        String id = c.get(r, "id");
        if (id == null) {
          throw new BadInputException(t.fileName(), r.row(), "id", "a document needs an id");
        }
        String typeText = c.get(r, "type");
        if (typeText == null) {
          throw new BadInputException(t.fileName(), r.row(), "type", "a document needs a type");
        }
        DocumentType type = DocumentType.ofText(typeText);
        int party = party(t.fileName(), r.row(), "party", c.get(r, "party"), partyIds, false);
        String flowsText = c.get(r, "flows");
        List<String> flowRefs = flowsText == null ? List.of()
            : listItems(flowsText);
        if (documentIds.add(id) >= 0) {
          throw new BadInputException(t.fileName(), r.row(), "id",
              "document id '" + id + "' is used twice");
        }
        documents.add(new DocumentDraft(new Document(id, type == null ? DocumentType.OTHER : type,
            typeText, party, c.get(r, "date"), c.get(r, "file"), r.row()), flowRefs,
            t.fileName()));
      }
    }
  }

  // ---------------------------------------------------------------- flows

  private FlowDraft readFlows(ChainSource source, IdIndex partyIds,
      Map<String, Integer> productIds, Map<String, Integer> productNames,
      List<ProductDraft> products, List<DocumentDraft> documents,
      IdIndex documentIds, IdIndex flowIds) {
    FlowDraft draft = new FlowDraft();
    try (ChainTable t = required(source, "flows")) {
      String file = t.fileName();
      draft.file = file;
      Columns c = new Columns(t.header());
      requireColumns(t, c, "from_party", "to_party", "product", "quantity", "unit");
      // Everything that does not depend on the rows before is worked out on the reading
      // thread; the checks still fail in the order they always did.
      Function<ChainRow, FlowRow> prepared = PrefetchingTable.ahead(t, new FlowRow.Preparer(
          file, c, partyIds, productIds, productNames, units, documents, documentIds));
      while (t.hasNext()) {
        ChainRow r = t.next();
        FlowRow f = prepared.apply(r);
        int from = f.from >= 0 ? f.from
            : party(file, r.row(), "from_party", f.fromText, partyIds, true);
        int to = f.to >= 0 ? f.to : party(file, r.row(), "to_party", f.toText, partyIds, true);
        if (from == to) {
          throw new BadInputException(file, r.row(), "to_party",
              "a flow from party '" + f.fromText + "' to itself");
        }
        int product = f.product >= 0 ? f.product
            : product(file, r.row(), "product", f.productText, productIds, productNames);
        if (f.quantityError != null) {
          throw f.quantityError;
        }
        Unit unit = f.unit;
        if (unit == null) {
          throw f.unitText == null
              ? new BadInputException(file, r.row(), "unit", "no unit given")
              : unknownUnit(file, r.row(), "unit", f.unitText);
        }
        ProductDraft pd = products.get(product);
        if (pd.unit == null) {
          pd.unit = units.base(unit);
        } else if (!unit.convertsTo(pd.unit)) {
          throw new BadInputException(file, r.row(), "unit", "'" + f.unitText
              + "' does not convert to " + pd.unit.code() + ", the unit of product '" + pd.name
              + "' (" + unit.dimension() + " is not " + pd.unit.dimension() + ")");
        }
        if (flowIds.add(f.id) >= 0) {
          throw new BadInputException(file, r.row(), "id", "flow id '" + f.id + "' is used twice");
        }
        int fi = draft.flows.add(f.id, from, to, product, f.quantity, f.date, r.row());
        draft.unit(fi, unit);
        if (f.documentsError != null) {
          throw f.documentsError;
        }
        draft.flows.addDocuments(fi, f.documents);
      }
    }
    return draft;
  }

  private static void convertFlows(FlowDraft draft, List<ProductDraft> products) {
    for (int i = 0; i < draft.flows.size(); i++) {
      Unit u = draft.units[i];
      Unit target = products.get(draft.flows.product(i)).unit;
      if (u != target) {
        draft.flows.convert(i, u.factorTo(target));
      }
    }
    draft.units = null;
  }

  // ---------------------------------------------------------------- transforms

  private List<TransformDraft> readTransforms(ChainSource source, IdIndex partyIds,
      Map<String, Integer> productIds, Map<String, Integer> productNames,
      List<ProductDraft> products) {
    List<TransformDraft> out = new ArrayList<>();
    ChainTable opened = optional(source, "transforms");
    if (opened == null) {
      return out;
    }
    try (ChainTable t = opened) {
      Columns c = new Columns(t.header());
      requireColumns(t, c, "party", "input_product", "output_product", "input_per_output");
      Set<String> seen = new HashSet<>();
      while (t.hasNext()) {
        ChainRow r = t.next();
        String file = t.fileName();
        int party = party(file, r.row(), "party", c.get(r, "party"), partyIds, true);
        int in = product(file, r.row(), "input_product", c.get(r, "input_product"), productIds,
            productNames);
        int outp = product(file, r.row(), "output_product", c.get(r, "output_product"),
            productIds, productNames);
        if (in == outp) {
          throw new BadInputException(file, r.row(), "output_product",
              "a product cannot be made from itself ('" + products.get(in).name + "')");
        }
        if (!seen.add(party + "/" + in + "/" + outp)) {
          throw new BadInputException(file, r.row(), "input_product",
              "the same transform is given twice for this party");
        }
        String ratioText = c.get(r, "input_per_output");
        Matcher m = ratioText == null ? null : RATIO.matcher(ratioText);
        if (m == null || !m.matches()) {
          throw new BadInputException(file, r.row(), "input_per_output", ratioText == null
              ? "no yield given" : "'" + ratioText + "' is not a number (e.g. 1.15 or 1.15 kg/kg)");
        }
        double ratio = Double.parseDouble(m.group(1));
        if (!(ratio > 0) || Double.isInfinite(ratio)) {
          throw new BadInputException(file, r.row(), "input_per_output",
              "the input per output must be above zero, got " + ratioText);
        }
        String inColumn = m.group(2) != null ? "input_per_output" : "input_unit";
        String outColumn = m.group(3) != null ? "input_per_output" : "output_unit";
        Unit inUnit = unitCell(file, r.row(), inColumn,
            m.group(2) != null ? m.group(2) : c.get(r, "input_unit"));
        Unit outUnit = unitCell(file, r.row(), outColumn,
            m.group(3) != null ? m.group(3) : c.get(r, "output_unit"));
        adoptOrCheck(file, r.row(), inColumn, inUnit, products.get(in));
        adoptOrCheck(file, r.row(), outColumn, outUnit, products.get(outp));
        out.add(new TransformDraft(party, in, outp, ratio, inUnit, outUnit, r.row()));
      }
    }
    return out;
  }

  private Unit unitCell(String file, long row, String column, String text) {
    if (text == null) {
      return null;
    }
    Unit u = units.find(text);
    if (u == null) {
      throw unknownUnit(file, row, column, text);
    }
    return u;
  }

  private void adoptOrCheck(String file, long row, String column, Unit unit,
      ProductDraft product) {
    if (unit == null) {
      return;
    }
    if (product.unit == null) {
      product.unit = units.base(unit);
    } else if (!unit.convertsTo(product.unit)) {
      throw new BadInputException(file, row, column, "the transform's unit " + unit.code()
          + " does not convert to " + product.unit.code() + ", the unit of product '"
          + product.name + "' (" + unit.dimension() + " is not " + product.unit.dimension() + ")");
    }
  }

  // ---------------------------------------------------------------- shipments

  private List<ShipmentDraft> readShipments(ChainSource source, IdIndex partyIds,
      Map<String, Integer> productIds, Map<String, Integer> productNames,
      List<ProductDraft> products) {
    List<ShipmentDraft> out = new ArrayList<>();
    ChainTable opened = optional(source, "shipments");
    if (opened == null) {
      return out;
    }
    try (ChainTable t = opened) {
      Columns c = new Columns(t.header());
      requireColumns(t, c, "id", "importer", "product");
      Set<String> ids = new HashSet<>();
      while (t.hasNext()) {
        ChainRow r = t.next();
        String file = t.fileName();
        String id = c.get(r, "id");
        if (id == null) {
          throw new BadInputException(file, r.row(), "id", "a shipment needs an id");
        }
        if (!ids.add(id)) {
          throw new BadInputException(file, r.row(), "id", "shipment id '" + id + "' is used twice");
        }
        int importer = party(file, r.row(), "importer", c.get(r, "importer"), partyIds, true);
        int exporter = party(file, r.row(), "exporter", c.get(r, "exporter"), partyIds, false);
        int manufacturer = party(file, r.row(), "manufacturer", c.get(r, "manufacturer"),
            partyIds, false);
        if (exporter < 0 && manufacturer < 0) {
          throw new BadInputException(file, r.row(), "exporter",
              "a shipment needs an exporter or a manufacturer");
        }
        int product = product(file, r.row(), "product", c.get(r, "product"), productIds,
            productNames);
        double qty = quantity(file, r.row(), "quantity", c.get(r, "quantity"), false);
        String unitText = c.get(r, "unit");
        Unit unit = null;
        if (unitText != null) {
          unit = units.find(unitText);
          if (unit == null) {
            throw unknownUnit(file, r.row(), "unit", unitText);
          }
          adoptOrCheck(file, r.row(), "unit", unit, products.get(product));
        }
        out.add(new ShipmentDraft(id, importer, exporter, manufacturer, product, c.get(r, "hts"),
            c.get(r, "country_of_origin"), qty, unit, c.get(r, "value"), c.get(r, "entry_date"),
            r.row()));
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- shared

  private ChainTable required(ChainSource source, String table) {
    ChainTable t = optional(source, table);
    if (t == null) {
      throw new BadInputException(source.name(), -1, null, "no '" + table + "' table (a supply"
          + " chain needs parties, products and flows; transforms, shipments and documents are"
          + " optional)");
    }
    return t;
  }

  private ChainTable optional(ChainSource source, String table) {
    ChainTable t = source.open(table);
    if (t == null) {
      return null;
    }
    files.put(table, t.fileName());
    return executor == null ? t : new PrefetchingTable(t, executor);
  }

  private static void requireColumns(ChainTable t, Columns c, String... columns) {
    for (String col : columns) {
      if (!c.has(col)) {
        throw new BadInputException(t.fileName(), 0, col, "missing column (found: "
            + String.join(", ", t.header()) + ")");
      }
    }
  }

  /**
   * The non-blank items of a list cell separated by ';', '|' or ',', each stripped. A plain loop:
   * it runs for every flow, and a regular-expression split cost a fifth of reading a large chain.
   */
  static List<String> listItems(String text) {
    List<String> items = new ArrayList<>(8);
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      char ch = i < text.length() ? text.charAt(i) : ';';
      if (ch == ';' || ch == '|' || ch == ',') {
        String item = text.substring(start, i).strip();
        if (!item.isEmpty()) {
          items.add(item);
        }
        start = i + 1;
      }
    }
    return items;
  }

  static double quantity(String file, long row, String column, String text,
      boolean required) {
    if (text == null) {
      if (required) {
        throw new BadInputException(file, row, column, "no quantity given");
      }
      return Double.NaN;
    }
    double q;
    try {
      q = Double.parseDouble(text.replace(",", "").replace("_", ""));
    } catch (NumberFormatException e) {
      throw new BadInputException(file, row, column, "'" + text + "' is not a number");
    }
    if (q < 0 || Double.isNaN(q) || Double.isInfinite(q)) {
      throw new BadInputException(file, row, column,
          "a quantity cannot be negative or infinite, got " + text);
    }
    return q;
  }

  private static BadInputException unknownUnit(String file, long row, String column, String text) {
    return new BadInputException(file, row, column, "unknown unit '" + text
        + "' (known: kg, t, g, lb, oz, m, yd, ft, m2, l, pcs, pair, dozen, W, ...)");
  }

  // ---------------------------------------------------------------- drafts

  private static final class ProductDraft {
    final String id;
    final String name;
    final String hts;
    final String description;
    Unit unit;
    final long row;
    final String file;

    ProductDraft(String id, String name, String hts, String description, Unit unit, long row,
        String file) {
      this.id = id;
      this.name = name;
      this.hts = hts;
      this.description = description;
      this.unit = unit;
      this.row = row;
      this.file = file;
    }

    Product product() {
      return new Product(id, name, hts, description, unit, row);
    }
  }

  private static final class FlowDraft {
    final Flows flows = new Flows(1024);
    Unit[] units = new Unit[1024];
    String file;

    void unit(int i, Unit u) {
      if (i >= units.length) {
        units = Arrays.copyOf(units, Math.max(i + 1, units.length + (units.length >> 1)));
      }
      units[i] = u;
    }
  }

  record DocumentDraft(Document document, List<String> flows, String file) {}

  private record TransformDraft(int party, int input, int output, double ratio, Unit inUnit,
      Unit outUnit, long row) {
    Transform resolve(List<ProductDraft> products) {
      double r = ratio;
      // Given as, say, 1.2 kg per dozen while the products count in t and pcs: bring the ratio
      // to the products' own units.
      if (inUnit != null) {
        r *= inUnit.factorTo(products.get(input).unit);
      }
      if (outUnit != null) {
        r /= outUnit.factorTo(products.get(output).unit);
      }
      return new Transform(party, input, output, r, row);
    }
  }

  private record ShipmentDraft(String id, int importer, int exporter, int manufacturer,
      int product, String hts, String countryOfOrigin, double quantity, Unit unit, String value,
      String entryDate, long row) {
    Shipment resolve(List<ProductDraft> products) {
      double q = quantity;
      if (unit != null && !Double.isNaN(q)) {
        q *= unit.factorTo(products.get(product).unit);
      }
      return new Shipment(id, importer, exporter, manufacturer, product, hts, countryOfOrigin, q,
          value, entryDate, row);
    }
  }
}
