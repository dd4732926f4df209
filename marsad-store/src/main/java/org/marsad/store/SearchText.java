package org.marsad.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The words of a text as the search index keeps them, with Lucene's Arabic analysis: tokens,
 * lower case, Arabic-Indic digits to ASCII, Lucene's Arabic stop list (applied before
 * normalisation because the list is written unnormalised), then normalisation (diacritics,
 * tatweel, alef and yeh forms, teh marbuta) and, where the index wants it, the light stemmer
 * (الاحتجاجات → احتجاج). Documents and queries go through the same chain. Thread-safe.
 */
final class SearchText {

  /** A word kept by the analysis, with its offsets into the analysed text. */
  record Term(String term, int start, int end) {}

  private final Analyzer stemming = analyzer(true);
  private final Analyzer normalising = analyzer(false);

  private static Analyzer analyzer(boolean stem) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new LowerCaseFilter(source);
        result = new DecimalDigitFilter(result);
        result = new StopFilter(result, ArabicAnalyzer.getDefaultStopSet());
        result = new ArabicNormalizationFilter(result);
        if (stem) {
          result = new ArabicStemFilter(result);
        }
        return new TokenStreamComponents(source, result);
      }
    };
  }

  /** The terms of {@code text}, stemmed or only normalised. */
  List<Term> terms(String text, boolean stem) {
    List<Term> terms = new ArrayList<>();
    try (TokenStream stream = (stem ? stemming : normalising).tokenStream("body", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (term.length() > 0) {
          terms.add(new Term(term.toString(), offset.startOffset(), offset.endOffset()));
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }

  /** What the index stores for a document: its terms joined by spaces. */
  String document(String text, Dialect dialect) {
    StringBuilder sb = new StringBuilder(text.length());
    for (Term t : terms(text, dialect.stemsInJava())) {
      sb.append(sb.length() > 0 ? " " : "").append(t.term());
    }
    return sb.toString();
  }

  /**
   * The query expression for the dialect, every term required: quoted FTS5 strings for SQLite, plain
   * words for PostgreSQL's {@code plainto_tsquery}; {@code null} when no searchable word is left.
   */
  String query(String text, Dialect dialect) {
    List<Term> terms = terms(text, dialect.stemsInJava());
    if (terms.isEmpty()) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    for (Term t : terms) {
      sb.append(sb.length() > 0 ? " " : "");
      sb.append(dialect == Dialect.SQLITE ? "\"" + t.term().replace("\"", "\"\"") + "\"" : t.term());
    }
    return sb.toString();
  }
}
