package org.threadline.trace.evidence;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import org.threadline.trace.model.DocumentType;

/**
 * The first items of a shipment's checklist, held as where they come from (a flow, all of whose
 * expected documents are items, or one document of a party) and made into {@link ChecklistItem}s
 * only when read. A million-party chain keeps a hundred thousand checklists of hundreds of items
 * each; as objects they would take a gigabyte of heap that only the evidence pack reads.
 * Unmodifiable.
 */
public final class ChecklistItems extends AbstractList<ChecklistItem> implements RandomAccess {
  private static final DocumentType[] TYPES = DocumentType.values();

  private final EvidenceRules rules;
  /**
   * A flow as {@code flow << 1}; a party's document as {@code party << 9 | type << 2 | present <<
   * 1 | 1}.
   */
  private final long[] sources;
  private final int size;
  private volatile List<ChecklistItem> items;

  private ChecklistItems(EvidenceRules rules, long[] sources, int size) {
    this.rules = rules;
    this.sources = sources;
    this.size = size;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public ChecklistItem get(int index) {
    List<ChecklistItem> made = items;
    if (made == null) {
      made = make();
      items = made;
    }
    return made.get(index);
  }

  private List<ChecklistItem> make() {
    List<ChecklistItem> out = new ArrayList<>(size);
    for (long s : sources) {
      if ((s & 1) == 0) {
        rules.forFlow((int) (s >>> 1), item -> {
          if (out.size() < size) {
            out.add(item);
          }
        });
      } else if (out.size() < size) {
        out.add(new ChecklistItem(null, rules.partyId((int) (s >>> 9)),
            TYPES[(int) (s >>> 2) & 0x7f], (s & 2) != 0));
      }
    }
    return List.copyOf(out);
  }

  /** Collects the sources of one checklist after another; one per thread. */
  public static final class Builder {
    private final EvidenceRules rules;
    private final int max;
    private long[] sources = new long[64];
    private int count;
    private int items;

    /** @param max the most items a checklist keeps */
    public Builder(EvidenceRules rules, int max) {
      this.rules = rules;
      this.max = max;
    }

    /** Starts a new checklist. */
    public void clear() {
      count = 0;
      items = 0;
    }

    /** True when the checklist holds all the items it keeps. */
    public boolean full() {
      return items >= max;
    }

    /** Adds the items of a flow (one per expected document), unless the checklist is full. */
    public void addFlow(int flow) {
      if (!full()) {
        add((long) flow << 1);
        items += Integer.bitCount(rules.expected(flow));
      }
    }

    /** Adds one document of a party, unless the checklist is full. */
    public void addPartyDocument(int party, DocumentType type, boolean present) {
      if (!full()) {
        add((long) party << 9 | (long) type.ordinal() << 2 | (present ? 2 : 0) | 1);
        items++;
      }
    }

    private void add(long source) {
      if (count == sources.length) {
        sources = Arrays.copyOf(sources, count * 2);
      }
      sources[count++] = source;
    }

    /** The checklist collected since {@link #clear()}. */
    public ChecklistItems build() {
      return new ChecklistItems(rules, Arrays.copyOf(sources, count), Math.min(items, max));
    }
  }
}
