package org.threadline.media.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One dictionary match: {@code [start, end)} and what the phrase stands for. */
record Hit<T>(int start, int end, T term) {

  int length() {
    return end - start;
  }

  /**
   * Drops every hit that lies inside a longer (or equal, earlier) kept hit, so that "forced labour"
   * inside "state-imposed forced labour" counts once; partly overlapping hits are both kept.
   */
  static <T> List<Hit<T>> outermost(List<Hit<T>> hits) {
    List<Hit<T>> sorted = new ArrayList<>(hits);
    sorted.sort(Comparator.<Hit<T>>comparingInt(Hit::start).thenComparing(Comparator.comparingInt(Hit<T>::length).reversed()));
    List<Hit<T>> out = new ArrayList<>(sorted.size());
    int coveredEnd = -1;
    for (Hit<T> h : sorted) {
      if (h.end <= coveredEnd) {
        continue;
      }
      out.add(h);
      coveredEnd = Math.max(coveredEnd, h.end);
    }
    return out;
  }
}
