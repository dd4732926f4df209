package org.marsad.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.marsad.actors.ActorLexicon;
import org.marsad.actors.NameModel;
import org.marsad.analysis.Tokenizer;
import org.marsad.model.Span;
import org.marsad.model.Token;

/** Trains the statistical name finder on BIO corpora and scores it on held-out sentences. */
public final class NameTraining {

  private final ActorLexicon lexicon;

  public NameTraining(ActorLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The corpus's words as tokens, one per word, as the tokenizer would classify and normalise them. */
  static List<Token> tokens(BioCorpus.Sentence sentence) {
    String text = String.join(" ", sentence.words());
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String word : sentence.words()) {
      tokens.add(Tokenizer.wordToken(text, new Span(at, at + word.length())));
      at += word.length() + 1;
    }
    return tokens;
  }

  /**
   * Trains on the corpus read as documents of {@link #DOCUMENT} consecutive sentences; with
   * {@code folds} above 1, in two passes (see {@link NameModel#train}).
   */
  public NameModel train(BioCorpus corpus, String algorithm, int iterations, int cutoff, int folds) throws IOException {
    return train(corpus, new BioCorpus(List.of()), null, algorithm, iterations, cutoff, folds);
  }

  /**
   * Trains on {@code corpus} and on {@code extra}, a corpus of another domain whose documents are
   * spread evenly among the corpus's (the perceptron learns in order). With {@code extraDomain} not
   * null, the extra documents' features are also copied under that name (see {@link NameModel#train(List, List, List,
   * ActorLexicon, String, int, int, int)}).
   */
  public NameModel train(BioCorpus corpus, BioCorpus extra, String extraDomain, String algorithm, int iterations, int cutoff,
      int folds) throws IOException {
    List<List<BioCorpus.Sentence>> own = documents(corpus);
    List<List<BioCorpus.Sentence>> other = documents(extra);
    List<List<List<Token>>> documents = new ArrayList<>();
    List<List<List<String>>> documentTags = new ArrayList<>();
    List<String> domains = new ArrayList<>();
    int taken = 0;
    for (int d = 0; d < own.size(); d++) {
      add(own.get(d), documents, documentTags);
      domains.add(null);
      for (long due = (long) other.size() * (d + 1) / own.size(); taken < due; taken++) {
        add(other.get(taken), documents, documentTags);
        domains.add(extraDomain);
      }
    }
    for (; taken < other.size(); taken++) {
      add(other.get(taken), documents, documentTags);
      domains.add(extraDomain);
    }
    return NameModel.train(documents, documentTags, domains, lexicon, algorithm, iterations, cutoff, folds);
  }

  private static List<List<BioCorpus.Sentence>> documents(BioCorpus corpus) {
    List<List<BioCorpus.Sentence>> documents = new ArrayList<>();
    List<BioCorpus.Sentence> all = corpus.sentences();
    for (int from = 0; from < all.size(); from += DOCUMENT) {
      documents.add(all.subList(from, Math.min(all.size(), from + DOCUMENT)));
    }
    return documents;
  }

  private static void add(List<BioCorpus.Sentence> document, List<List<List<Token>>> documents,
      List<List<List<String>>> documentTags) {
    List<List<Token>> sentences = new ArrayList<>();
    List<List<String>> tags = new ArrayList<>();
    for (BioCorpus.Sentence s : document) {
      sentences.add(tokens(s));
      tags.add(repaired(s.tags()));
    }
    documents.add(sentences);
    documentTags.add(tags);
  }

  /** The tags with an I- that follows no name of its type made a B-, so the model only sees well-formed sequences. */
  private static List<String> repaired(List<String> tags) {
    List<String> t = new ArrayList<>();
    String prevType = null;
    for (String tag : tags) {
      String type = tag.length() > 2 ? tag.substring(2) : null;
      if (tag.startsWith("I-") && !type.equals(prevType)) {
        tag = "B-" + type;
      }
      t.add(tag);
      prevType = type;
    }
    return t;
  }

  /** Exact span and type scores of the model alone. */
  public static NerEvaluation.Result score(NameModel model, BioCorpus corpus) {
    return score(model, corpus, line -> {});
  }

  /** As {@link #score(NameModel, BioCorpus)}, writing each sentence's errors as {@link NerEvaluation} does. */
  public static NerEvaluation.Result score(NameModel model, BioCorpus corpus, java.util.function.Consumer<String> errors) {
    Map<String, int[]> counts = new TreeMap<>();
    List<BioCorpus.Sentence> all = corpus.sentences();
    for (int from = 0; from < all.size(); from += DOCUMENT) {
      List<BioCorpus.Sentence> batch = all.subList(from, Math.min(all.size(), from + DOCUMENT));
      List<List<Token>> tokens = new ArrayList<>();
      for (BioCorpus.Sentence s : batch) {
        tokens.add(tokens(s));
      }
      List<List<NameModel.Found>> found = model.findAll(tokens);
      for (int k = 0; k < batch.size(); k++) {
        Set<BioCorpus.Span> predicted = new HashSet<>();
        for (NameModel.Found f : found.get(k)) {
          predicted.add(new BioCorpus.Span(f.from(), f.to(), f.type()));
        }
        Set<BioCorpus.Span> gold = new HashSet<>(BioCorpus.spans(batch.get(k).tags()));
        NerEvaluation.tally(gold, predicted, counts);
        NerEvaluation.report(batch.get(k), gold, predicted, errors);
      }
    }
    return NerEvaluation.result(counts, all.size());
  }

  /** Consecutive sentences read as one document: the corpus keeps no article boundaries, and its articles average about 12 sentences. */
  public static final int DOCUMENT = 20;
}
