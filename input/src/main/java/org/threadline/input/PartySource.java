package org.threadline.input;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.threadline.core.BadInputException;
import org.threadline.core.model.Party;

/**
 * The parties of one table, read lazily. Each header column is either the contract "Screening
 * input" column it means (the first such column wins) or an extra column, carried through in {@link
 * Party#extra()} in file order.
 */
public final class PartySource implements java.util.Iterator<Party>, AutoCloseable {
  private final TableSource table;
  /** Contract "Screening input" column -> the header text that supplies it. */
  private final Map<String, String> sourceOf = new HashMap<>();
  private final List<String> extraColumns = new ArrayList<>();
  private int mappedColumns;

  PartySource(TableSource table) {
    this.table = table;
    mapNewColumns();
    if (!table.header().isEmpty() && !sourceOf.containsKey("name")
        && !sourceOf.containsKey("address")) {
      throw new BadInputException(table.fileName(), 0, null, "no name or address column: the"
          + " columns are " + String.join(", ", table.header()) + "; one must be 'name' (or "
          + "'supplier name', 'company', '公司名称', ...) or 'address'");
    }
  }

  /** The file name as the user gave it. */
  public String fileName() {
    return table.fileName();
  }

  /**
   * The columns that are not contract "Screening input" columns, in file order: what {@link
   * Party#extra()} holds. For JSON input, a key first seen in a later object is appended when that
   * object is read.
   */
  public List<String> extraColumns() {
    return Collections.unmodifiableList(extraColumns);
  }

  /** How much of the file has been read, in [0, 1], or -1: see {@link TableSource#fractionRead()}. */
  public double fractionRead() {
    return table.fractionRead();
  }

  @Override
  public boolean hasNext() {
    return table.hasNext();
  }

  @Override
  public Party next() {
    TableRow row = table.next();
    if (table.header().size() != mappedColumns) {
      mapNewColumns();
    }
    String name = cell(row, "name");
    Party.Builder party = Party.builder(null)
        .row(row.row())
        .id(cell(row, "id"))
        .name(name)
        .aliases(AliasList.parse(cell(row, "aliases"), name))
        .address(cell(row, "address"))
        .city(cell(row, "city"))
        .region(cell(row, "region"))
        .postalCode(cell(row, "postal_code"))
        .country(cell(row, "country"))
        .phone(cell(row, "phone"))
        .registrationId(cell(row, "registration_id"))
        .website(cell(row, "website"))
        .product(cell(row, "product"))
        .hts(cell(row, "hts"));
    for (String column : extraColumns) {
      party.extra(column, row.get(column));
    }
    return party.build();
  }

  private String cell(TableRow row, String column) {
    String header = sourceOf.get(column);
    return header == null ? null : row.get(header);
  }

  private void mapNewColumns() {
    List<String> header = table.header();
    for (int i = mappedColumns; i < header.size(); i++) {
      String text = header.get(i);
      String column = ColumnSynonyms.columnFor(text).orElse(null);
      if (column != null && !sourceOf.containsKey(column)) {
        sourceOf.put(column, text);
      } else {
        extraColumns.add(text);
      }
    }
    mappedColumns = header.size();
  }

  @Override
  public void close() {
    table.close();
  }
}
