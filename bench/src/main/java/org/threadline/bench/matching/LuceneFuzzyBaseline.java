package org.threadline.bench.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.threadline.core.lists.ListEntry;

/**
 * Baseline: Lucene's FuzzyQuery. Every name and alias is a document; a query is one fuzzy term
 * (up to two edits) per word of the name, at least half of which must match. An entry counts as
 * matched when one of its names is among the top three hits.
 */
final class LuceneFuzzyBaseline implements AutoCloseable {
  private final Analyzer analyzer = new StandardAnalyzer();
  private final ByteBuffersDirectory dir = new ByteBuffersDirectory();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  LuceneFuzzyBaseline(List<ListEntry> entries) {
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
      for (int i = 0; i < entries.size(); i++) {
        for (String name : entries.get(i).names()) {
          Document d = new Document();
          d.add(new TextField("name", name, Field.Store.NO));
          d.add(new StoredField("entry", i));
          w.addDocument(d);
        }
      }
      w.commit();
      reader = DirectoryReader.open(dir);
      searcher = new IndexSearcher(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Entry indexes of the top three hits (distinct), best first; empty when nothing matches. */
  List<Integer> top(String query) {
    List<String> words = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("name", query)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        words.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Integer> out = new ArrayList<>();
    if (words.isEmpty()) {
      return out;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String w : words.subList(0, Math.min(words.size(), 16))) {
      b.add(new FuzzyQuery(new Term("name", w), w.length() > 4 ? 2 : 1), BooleanClause.Occur.SHOULD);
    }
    b.setMinimumNumberShouldMatch((Math.min(words.size(), 16) + 1) / 2);
    try {
      TopDocs hits = searcher.search(b.build(), 3);
      for (ScoreDoc sd : hits.scoreDocs) {
        int entry = searcher.storedFields().document(sd.doc).getField("entry").numericValue().intValue();
        if (!out.contains(entry)) {
          out.add(entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  @Override
  public void close() throws IOException {
    reader.close();
    dir.close();
  }
}
