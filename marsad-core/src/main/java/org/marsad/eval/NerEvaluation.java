package org.marsad.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.marsad.Marsad;
import org.marsad.actors.NameModel;
import org.marsad.model.Article;
import org.marsad.model.Document;
import org.marsad.model.EntityType;
import org.marsad.model.Mention;
import org.marsad.model.Span;
import org.marsad.model.Token;

/**
 * Scores the actor recogniser on a BIO corpus by exact span and type, as conlleval does. Each
 * sentence is coded as a line of text (words joined by spaces); a mention is mapped to the words it
 * covers, so a mention that starts after a proclitic (بغداد in وبغداد) counts from its word.
 * Conventions of ANERcorp-style corpora: places and states are LOC; only names are entities there,
 * so nationality adjectives, descriptions ("وزير الدفاع الفرنسي") and later references are left out.
 */
public final class NerEvaluation {

  /** Scores per gold type, and over all types. */
  public record Result(Map<String, Score> byType, Score all, int sentences) {

    /** Over all types but those listed (e.g. MISC, which Marsad does not recognise). */
    public Score allBut(Set<String> types) {
      Score s = Score.ZERO;
      for (Map.Entry<String, Score> e : byType.entrySet()) {
        if (!types.contains(e.getKey())) {
          s = s.plus(e.getValue());
        }
      }
      return s;
    }
  }

  /** Sentences coded together as one article (one per line), as many as the model alone is scored with. */
  static final int BATCH = NameTraining.DOCUMENT;

  private final Marsad marsad;
  private final NameModel misc;
  private java.util.function.Consumer<String> errors = line -> {};

  /** Where to write each missed and each false entity, one line each, for error analysis. */
  public NerEvaluation errorsTo(java.util.function.Consumer<String> sink) {
    this.errors = sink;
    return this;
  }

  /**
   * Scores what {@code marsad} codes; actors have no type for MISC names (events, works, products),
   * so with {@code misc} given, that name model's MISC names of the coded sentences are scored with
   * them, and without it MISC is all misses.
   */
  public NerEvaluation(Marsad marsad, NameModel misc) {
    this.marsad = marsad;
    this.misc = misc;
  }

  public Result evaluate(BioCorpus corpus) {
    Map<String, int[]> counts = new TreeMap<>();
    List<BioCorpus.Sentence> sentences = corpus.sentences();
    for (int from = 0; from < sentences.size(); from += BATCH) {
      List<BioCorpus.Sentence> batch = sentences.subList(from, Math.min(sentences.size(), from + BATCH));
      StringBuilder text = new StringBuilder();
      List<int[]> wordStarts = new ArrayList<>();
      for (BioCorpus.Sentence s : batch) {
        int[] starts = new int[s.words().size() + 1];
        for (int w = 0; w < s.words().size(); w++) {
          if (w > 0) {
            text.append(' ');
          }
          starts[w] = text.length();
          text.append(s.words().get(w));
        }
        starts[s.words().size()] = text.length();
        text.append('\n');
        wordStarts.add(starts);
      }
      Document doc = marsad.code(new Article("eval", null, null, null, "ar", null, text.toString()));
      List<Span> miscNames = miscNames(doc);
      for (int k = 0; k < batch.size(); k++) {
        int[] starts = wordStarts.get(k);
        Set<BioCorpus.Span> predicted = new HashSet<>();
        for (Mention m : doc.mentions()) {
          if (m.span().start() < starts[0] || m.span().start() >= starts[starts.length - 1]) {
            continue;
          }
          String type = typeOf(m);
          if (type != null) {
            predicted.add(new BioCorpus.Span(wordAt(starts, m.span().start()), wordAt(starts, m.span().end() - 1) + 1, type));
          }
        }
        for (Span m : miscNames) {
          if (m.start() >= starts[0] && m.start() < starts[starts.length - 1]) {
            predicted.add(new BioCorpus.Span(wordAt(starts, m.start()), wordAt(starts, m.end() - 1) + 1, "MISC"));
          }
        }
        Set<BioCorpus.Span> gold = new HashSet<>(BioCorpus.spans(batch.get(k).tags()));
        tally(gold, predicted, counts);
        report(batch.get(k), gold, predicted, errors);
      }
    }
    return result(counts, sentences.size());
  }

  /** The character spans of the MISC names the name model finds in a coded document. */
  private List<Span> miscNames(Document doc) {
    List<Span> out = new ArrayList<>();
    if (misc == null) {
      return out;
    }
    List<List<Token>> sentences = doc.tokensBySentence();
    List<List<NameModel.Found>> found = misc.findAll(sentences);
    for (int s = 0; s < sentences.size(); s++) {
      for (NameModel.Found f : found.get(s)) {
        if (f.type().equals("MISC")) {
          List<Token> tokens = sentences.get(s);
          out.add(new Span(tokens.get(f.from()).span().start(), tokens.get(f.to() - 1).span().end()));
        }
      }
    }
    return out;
  }

  /** Adds one sentence's gold and predicted entities to per-type counts (tp, fp, fn). */
  static void tally(Set<BioCorpus.Span> gold, Set<BioCorpus.Span> predicted, Map<String, int[]> counts) {
    for (BioCorpus.Span g : gold) {
      counts.computeIfAbsent(g.type(), t -> new int[3])[predicted.contains(g) ? 0 : 2]++;
    }
    for (BioCorpus.Span p : predicted) {
      if (!gold.contains(p)) {
        counts.computeIfAbsent(p.type(), t -> new int[3])[1]++;
      }
    }
  }

  /**
   * Writes a sentence's errors: "miss" for a gold entity not predicted, "false" for a predicted one
   * not in the gold, each with its type and words, and the sentence's gold entities for context.
   */
  static void report(BioCorpus.Sentence sentence, Set<BioCorpus.Span> gold, Set<BioCorpus.Span> predicted,
      java.util.function.Consumer<String> errors) {
    if (gold.equals(predicted)) {
      return;
    }
    List<BioCorpus.Span> wrong = new ArrayList<>();
    for (BioCorpus.Span g : gold) {
      if (!predicted.contains(g)) {
        wrong.add(g);
      }
    }
    for (BioCorpus.Span p : predicted) {
      if (!gold.contains(p)) {
        wrong.add(p);
      }
    }
    wrong.sort(java.util.Comparator.comparingInt(BioCorpus.Span::start));
    errors.accept("# " + String.join(" ", sentence.words()));
    for (BioCorpus.Span e : wrong) {
      errors.accept((gold.contains(e) ? "miss\t" : "false\t") + e.type() + "\t"
          + String.join(" ", sentence.words().subList(e.start(), e.end())));
    }
  }

  static Result result(Map<String, int[]> counts, int sentences) {
    Map<String, Score> byType = new TreeMap<>();
    Score all = Score.ZERO;
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      Score s = new Score(e.getValue()[0], e.getValue()[1], e.getValue()[2]);
      byType.put(e.getKey(), s);
      all = all.plus(s);
    }
    return new Result(byType, all, sentences);
  }

  /**
   * The corpus type of a mention, or {@code null} for the forms ANERcorp does not annotate:
   * nationality adjectives, descriptions (الجيش اللبناني, وزير الدفاع السوداني) and later
   * references by a common noun (الحزب); a capital standing for its state is still a place name
   * there, and a person's later reference, a family name alone (طالباني), is a name.
   */
  private static String typeOf(Mention m) {
    boolean surname = m.form() == Mention.Form.REFERENCE && m.type() == EntityType.PERSON;
    if (m.form() != Mention.Form.NAME && m.form() != Mention.Form.METONYM && !surname) {
      return null;
    }
    return switch (m.type()) {
      case PERSON -> "PERS";
      case ORG -> "ORG";
      case GPE, LOC -> "LOC";
    };
  }

  private static int wordAt(int[] starts, int offset) {
    int w = 0;
    while (w + 1 < starts.length - 1 && starts[w + 1] <= offset) {
      w++;
    }
    return w;
  }
}
