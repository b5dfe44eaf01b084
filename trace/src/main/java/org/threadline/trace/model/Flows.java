package org.threadline.trace.model;

import java.util.Arrays;

/**
 * The flows of {@code flows.csv}, held column by column so that millions of them fit in memory:
 * flow {@code i} goes from party {@code from(i)} to party {@code to(i)}, carrying {@code
 * quantity(i)} of product {@code product(i)} in that product's unit.
 */
public final class Flows {
  private String[] id;
  private int[] from;
  private int[] to;
  private int[] product;
  private double[] quantity;
  private String[] date;
  private int[] documents;
  private long[] row;
  private int size;

  /** An empty column set with room for {@code capacity} flows. */
  public Flows(int capacity) {
    int c = Math.max(capacity, 16);
    id = new String[c];
    from = new int[c];
    to = new int[c];
    product = new int[c];
    quantity = new double[c];
    date = new String[c];
    documents = new int[c];
    row = new long[c];
  }

  /** Appends a flow and returns its index. */
  public int add(String flowId, int fromParty, int toParty, int productIndex, double qty,
      String flowDate, long sourceRow) {
    if (size == id.length) {
      int c = size + (size >> 1) + 16;
      id = Arrays.copyOf(id, c);
      from = Arrays.copyOf(from, c);
      to = Arrays.copyOf(to, c);
      product = Arrays.copyOf(product, c);
      quantity = Arrays.copyOf(quantity, c);
      date = Arrays.copyOf(date, c);
      documents = Arrays.copyOf(documents, c);
      row = Arrays.copyOf(row, c);
    }
    id[size] = flowId;
    from[size] = fromParty;
    to[size] = toParty;
    product[size] = productIndex;
    quantity[size] = qty;
    date[size] = flowDate;
    row[size] = sourceRow;
    return size++;
  }

  public int size() { return size; }
  public String id(int i) { return id[i]; }
  public int from(int i) { return from[i]; }
  public int to(int i) { return to[i]; }
  public int product(int i) { return product[i]; }
  public double quantity(int i) { return quantity[i]; }
  public String date(int i) { return date[i]; }
  public long row(int i) { return row[i]; }

  /** The document types present for the flow, as {@link DocumentType#bit()} bits. */
  public int documents(int i) { return documents[i]; }

  /** Records that a document of {@code type} covers flow {@code i}. */
  public void addDocument(int i, DocumentType type) {
    documents[i] |= type.bit();
  }

  /**
   * Records that documents of the types in {@code bits} (as {@link DocumentType#bit()}) cover
   * flow {@code i}.
   */
  public void addDocuments(int i, int bits) {
    documents[i] |= bits;
  }

  /** Multiplies flow {@code i}'s quantity by {@code factor}: the reader converts units with it. */
  public void convert(int i, double factor) {
    quantity[i] *= factor;
  }
}
