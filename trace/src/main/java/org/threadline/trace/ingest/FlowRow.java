package org.threadline.trace.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.threadline.core.BadInputException;
import org.threadline.trace.ingest.ChainReader.DocumentDraft;
import org.threadline.trace.model.DocumentType;
import org.threadline.trace.model.Unit;

/**
 * One row of the flows table with what can be worked out from it alone: its cells, its parties
 * and product looked up, its quantity, unit and documents read. {@link ChainReader} checks the
 * rest (units against the product's, ids used twice) in file order, and fails on the first
 * problem in the order the checks always ran: a lookup that failed here is left unresolved
 * ({@code -1}) for the reader to fail on, and a quantity or documents cell that cannot be read
 * keeps its error.
 */
final class FlowRow {
  String id;
  String fromText;
  String toText;
  String productText;
  String unitText;
  int from;
  int to;
  int product;
  double quantity;
  BadInputException quantityError;
  Unit unit;
  String date;
  int documents;
  BadInputException documentsError;

  /**
   * Works out flow rows, on one thread at a time: on the thread that reads the table where there
   * is one. Reads the parties, products and documents already read, which nobody changes while
   * the flows are read.
   */
  static final class Preparer implements Function<ChainRow, FlowRow> {
    /** Distinct documents cells worked out once each, at most. */
    private static final int MAX_TYPE_CELLS = 4096;

    private final String file;
    private final Columns columns;
    private final IdIndex partyIds;
    private final Map<String, Integer> productIds;
    private final Map<String, Integer> productNames;
    private final UnitTable units;
    private final List<DocumentDraft> documentDrafts;
    private final IdIndex documentIds;
    private final Map<String, String> dates = new HashMap<>();
    // A flow names its documents by id or by type; the same few type names recur millions of
    // times, and so do whole cells of them ("purchase_order;invoice;..."): a cell that names
    // types only is worked out once.
    private final Map<String, DocumentType> typeNames = new HashMap<>();
    private final Map<String, Integer> typeCells = new HashMap<>();
    private String lastCell;
    private Integer lastCellBits;

    Preparer(String file, Columns columns, IdIndex partyIds, Map<String, Integer> productIds,
        Map<String, Integer> productNames, UnitTable units, List<DocumentDraft> documentDrafts,
        IdIndex documentIds) {
      this.file = file;
      this.columns = columns;
      this.partyIds = partyIds;
      this.productIds = productIds;
      this.productNames = productNames;
      this.units = units;
      this.documentDrafts = documentDrafts;
      this.documentIds = documentIds;
    }

    @Override
    public FlowRow apply(ChainRow r) {
      FlowRow f = new FlowRow();
      String id = columns.get(r, "id");
      f.id = id == null ? Long.toString(r.row()) : id;
      // The id is hashed again where ids are checked for repeats; a string keeps its hash.
      f.id.hashCode();
      f.fromText = columns.get(r, "from_party");
      f.from = f.fromText == null ? -1 : partyIds.get(f.fromText);
      f.toText = columns.get(r, "to_party");
      f.to = f.toText == null ? -1 : partyIds.get(f.toText);
      f.productText = columns.get(r, "product");
      f.product = f.productText == null ? -1
          : ChainReader.productIndex(f.productText, productIds, productNames);
      try {
        f.quantity = ChainReader.quantity(file, r.row(), "quantity", columns.get(r, "quantity"),
            true);
      } catch (BadInputException e) {
        f.quantityError = e;
      }
      f.unitText = columns.get(r, "unit");
      f.unit = f.unitText == null ? null : units.find(f.unitText);
      String date = columns.get(r, "date");
      f.date = date == null ? null : dates.computeIfAbsent(date, d -> d);
      String docs = columns.get(r, "documents");
      if (docs != null) {
        // Rows in a row often name the same documents: comparing with the last cell is cheaper
        // than hashing it.
        Integer known = docs.equals(lastCell) ? lastCellBits : typeCells.get(docs);
        try {
          f.documents = known != null ? known : documentBits(r.row(), docs);
          lastCell = docs;
          lastCellBits = f.documents;
        } catch (BadInputException e) {
          f.documentsError = e;
        }
      }
      return f;
    }

    /** The document types a documents cell names, by document id or by type name. */
    private int documentBits(long row, String docs) {
      int bits = 0;
      boolean typesOnly = true;
      for (String ref : ChainReader.listItems(docs)) {
        int di = documentIds.get(ref);
        DocumentType type = di >= 0 ? documentDrafts.get(di).document().type()
            : typeNames.computeIfAbsent(ref, DocumentType::ofText);
        if (type == null) {
          throw new BadInputException(file, row, "documents", "unknown document '" + ref
              + "' (neither an id in the documents table nor a document type)");
        }
        typesOnly &= di < 0;
        bits |= type.bit();
      }
      if (typesOnly && typeCells.size() < MAX_TYPE_CELLS) {
        typeCells.put(docs, bits);
      }
      return bits;
    }
  }
}
