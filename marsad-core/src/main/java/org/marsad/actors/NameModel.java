package org.marsad.actors;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.marsad.analysis.Clitics;
import org.marsad.lang.WordClusters;
import org.marsad.model.Token;
import org.marsad.model.TokenKind;

/**
 * A statistical name finder: a linear classifier (Apache OpenNLP's perceptron or maximum-entropy trainer) that tags
 * each token B-TYPE, I-TYPE or O from the words around it, their clitic-free stems, affixes, the
 * lexicon entries and cue words they match, the names of a gazetteer they match, their word
 * classes from unlabelled news at four granularities, the document's topic, and the two previous tags; decoded left to right so that
 * an I- tag only continues its own type. Thread-safe once built.
 */
public final class NameModel {

  /** A name found: tokens {@code [from, to)} of the sentence, and its corpus type (PERS, LOC, ORG, MISC). */
  public record Found(int from, int to, String type) {}

  /** Times the gazetteer's corpora must tag a word as a place for {@link #oftenPlace}. */
  private static final int OFTEN_PLACE = 20;

  private final MaxentModel model;
  /** The second pass, which also sees the first pass's tags over the whole document; null for one pass. */
  private final MaxentModel second;
  private final ActorRecogniser recogniser;
  private final ActorLexicon lexicon;
  private final NameGazetteer gazetteer;
  private final WordClusters clusters;
  /** The first pass's weights of words' own features, summed once per word. */
  private final WordSums words = new WordSums();
  /** The same for the second pass. */
  private final WordSums secondWords = new WordSums();

  private NameModel(MaxentModel model, MaxentModel second, ActorLexicon lexicon, NameGazetteer gazetteer,
      WordClusters clusters) {
    this.model = model;
    this.second = second;
    this.clusters = clusters;
    this.lexicon = lexicon;
    this.gazetteer = gazetteer;
    this.recogniser = new ActorRecogniser(lexicon);
  }

  /**
   * Whether the annotated corpora behind the gazetteer tag {@code key} (one word, normalised,
   * without clitics) as a place, mostly and often: الموصل is Mosul there eighty times, whatever
   * one training corpus's annotators left untagged.
   */
  boolean oftenPlace(String key) {
    return gazetteer.often(key, "LOC", OFTEN_PLACE);
  }

  /** Loads a model written by {@link #write}: the first pass, and the second pass when {@code secondPass} is not null. */
  public static NameModel read(InputStream in, InputStream secondPass, ActorLexicon lexicon) {
    return new NameModel(readModel(in), secondPass == null ? null : readModel(secondPass), lexicon,
        NameGazetteer.arabic(), WordClusters.arabic());
  }

  private static MaxentModel readModel(InputStream in) {
    try {
      return new GenericModelReader(new BinaryFileDataReader(new GZIPInputStream(in, 65536))).getModel();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the name model", e);
    }
  }

  /** Loads the Arabic model shipped on the class path: names.maxent.gz, and names-2.maxent.gz when present. */
  public static NameModel arabic(ActorLexicon lexicon) {
    try (InputStream in = NameModel.class.getResourceAsStream("/models/ar/names.maxent.gz");
        InputStream in2 = NameModel.class.getResourceAsStream("/models/ar/names-2.maxent.gz")) {
      if (in == null) {
        throw new IllegalStateException("name model missing from the class path: /models/ar/names.maxent.gz");
      }
      return read(in, in2, lexicon);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the model tags in two passes (so {@link #writeSecond} has something to write). */
  public boolean stacked() {
    return second != null;
  }

  /** Writes the first pass. */
  public void write(OutputStream out) throws IOException {
    writeModel(model, out);
  }

  /** Writes the second pass. */
  public void writeSecond(OutputStream out) throws IOException {
    writeModel(second, out);
  }

  private static void writeModel(MaxentModel m, OutputStream out) throws IOException {
    try (DataOutputStream data = new DataOutputStream(new GZIPOutputStream(out, 65536))) {
      new GenericModelWriter((AbstractModel) m, data).persist();
    }
  }

  /**
   * Trains on documents of sentences of tokens with their gold tags. With {@code folds} above 1,
   * also trains a second pass on the first pass's tags of the training documents, each tagged by
   * a first pass trained without the fold it is in (so the second pass learns how far to trust
   * tags on words the first pass had not seen, not the tags of a model that knows the answers).
   */
  public static NameModel train(List<List<List<Token>>> documents, List<List<List<String>>> tags, ActorLexicon lexicon,
      String algorithm, int iterations, int cutoff, int folds) throws IOException {
    return train(documents, tags, java.util.Collections.nCopies(documents.size(), null), lexicon, algorithm, iterations, cutoff, folds);
  }

  /**
   * As {@link #train(List, List, ActorLexicon, String, int, int, int)}, with each document's domain:
   * a document of another domain than the one tagged at run time (named, not null) also gives each
   * of its tokens every feature again prefixed with the domain's name, so that what is peculiar to
   * that domain's text and annotation is learnt by those copies, and what the domains share by the
   * plain features, which alone are seen at run time (Daum&eacute; 2007, "Frustratingly easy domain
   * adaptation", without the target domain's copies). Such a document's gazetteer features are
   * only given the prefixed copies (see {@link #isGazetteer}).
   */
  public static NameModel train(List<List<List<Token>>> documents, List<List<List<String>>> tags, List<String> domains,
      ActorLexicon lexicon, String algorithm, int iterations, int cutoff, int folds) throws IOException {
    NameModel features = new NameModel(null, null, lexicon, NameGazetteer.arabic(), WordClusters.arabic());
    List<List<Context>> contexts = new ArrayList<>();
    List<List<Event>> firstEvents = new ArrayList<>();
    for (int d = 0; d < documents.size(); d++) {
      List<Context> cs = new ArrayList<>();
      List<Event> events = new ArrayList<>();
      for (int s = 0; s < documents.get(d).size(); s++) {
        cs.add(features.context(documents.get(d).get(s)));
      }
      cs = features.withTopic(cs);
      for (int s = 0; s < cs.size(); s++) {
        events(cs.get(s), tags.get(d).get(s), domains.get(d), events);
      }
      contexts.add(cs);
      firstEvents.add(events);
    }
    TrainingParameters params = params(algorithm, iterations, cutoff);
    java.util.Set<String> prefixes = new java.util.HashSet<>();
    for (String domain : domains) {
      if (domain != null) {
        prefixes.add(domain + ':');
      }
    }
    MaxentModel first = withoutFeatures(fit(contexts, tags, firstEvents, params, d -> true), prefixes);
    if (folds <= 1) {
      return new NameModel(first, null, lexicon, features.gazetteer, features.clusters);
    }
    // the first pass's tags of each document, from a model trained on the other folds
    List<List<String[]>> predicted = new ArrayList<>();
    for (int d = 0; d < documents.size(); d++) {
      predicted.add(null);
    }
    List<java.util.concurrent.Callable<Void>> jobs = new ArrayList<>();
    for (int k = 0; k < folds; k++) {
      int fold = k;
      jobs.add(() -> {
        MaxentModel m = fit(contexts, tags, firstEvents, params, d -> d % folds != fold);
        for (int d = fold; d < documents.size(); d += folds) {
          List<String[]> t = new ArrayList<>();
          for (Context c : contexts.get(d)) {
            t.add(decode(m, c, c.keys.length));
          }
          predicted.set(d, t);
        }
        return null;
      });
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
        Math.max(1, Runtime.getRuntime().availableProcessors()));
    try {
      for (java.util.concurrent.Future<Void> f : pool.invokeAll(jobs)) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("training interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IOException("training a fold failed", e.getCause());
    } finally {
      pool.shutdown();
    }
    List<List<Event>> secondEvents = new ArrayList<>();
    List<List<Context>> secondContexts = new ArrayList<>();
    for (int d = 0; d < documents.size(); d++) {
      List<Context> stacked = Stacking.contexts(contexts.get(d), predicted.get(d));
      secondContexts.add(stacked);
      List<Event> events = new ArrayList<>();
      for (int s = 0; s < stacked.size(); s++) {
        events(stacked.get(s), tags.get(d).get(s), domains.get(d), events);
      }
      secondEvents.add(events);
    }
    MaxentModel second = withoutFeatures(fit(secondContexts, tags, secondEvents, params, d -> true), prefixes);
    return new NameModel(first, second, lexicon, features.gazetteer, features.clusters);
  }

  /**
   * A perceptron without the features that start with one of {@code prefixes}: the domain copies
   * only serve training, and tagging never asks for them. Other models are returned as they are.
   */
  private static MaxentModel withoutFeatures(MaxentModel m, java.util.Set<String> prefixes) {
    if (prefixes.isEmpty() || !(m instanceof opennlp.tools.ml.perceptron.PerceptronModel p)) {
      return m;
    }
    Object[] data = p.getDataStructures();
    @SuppressWarnings("unchecked")
    java.util.Map<String, opennlp.tools.ml.model.Context> weights = (java.util.Map<String, opennlp.tools.ml.model.Context>) data[1];
    List<String> kept = new ArrayList<>();
    for (String feature : weights.keySet()) {
      if (prefixes.stream().noneMatch(feature::startsWith)) {
        kept.add(feature);
      }
    }
    java.util.Collections.sort(kept);
    opennlp.tools.ml.model.Context[] params = new opennlp.tools.ml.model.Context[kept.size()];
    for (int k = 0; k < params.length; k++) {
      params[k] = weights.get(kept.get(k));
    }
    return new opennlp.tools.ml.perceptron.PerceptronModel(params, kept.toArray(new String[0]), (String[]) data[2]);
  }

  /** The sequence-trained perceptron ({@link SequencePerceptron}), named as OpenNLP's trainers are. */
  public static final String PERCEPTRON_SEQUENCE = "PERCEPTRON_SEQUENCE";

  /** Trains on the documents {@code documents} accepts: by whole sentences, or OpenNLP's trainer on their events. */
  private static MaxentModel fit(List<List<Context>> contexts, List<List<List<String>>> tags, List<List<Event>> events,
      TrainingParameters params, java.util.function.IntPredicate documents) throws IOException {
    if (!params.algorithm().equals(PERCEPTRON_SEQUENCE)) {
      return train(events, params, documents);
    }
    List<Context> sentences = new ArrayList<>();
    List<List<String>> gold = new ArrayList<>();
    for (int d = 0; d < contexts.size(); d++) {
      if (documents.test(d)) {
        sentences.addAll(contexts.get(d));
        gold.addAll(tags.get(d));
      }
    }
    return SequencePerceptron.train(sentences, gold, params.getIntParameter(TrainingParameters.ITERATIONS_PARAM, 20));
  }

  private static void events(Context context, List<String> gold, String domain, List<Event> events) {
    for (int i = 0; i < gold.size(); i++) {
      String prev = i > 0 ? gold.get(i - 1) : "START";
      String prev2 = i > 1 ? gold.get(i - 2) : "START";
      String[] f = context.features(i, prev, prev2);
      if (domain != null) {
        List<String> both = new ArrayList<>(2 * f.length);
        for (String feature : f) {
          if (!isGazetteer(feature)) {
            both.add(feature);
          }
          both.add(domain + ':' + feature);
        }
        f = both.toArray(new String[0]);
      }
      events.add(new Event(gold.get(i), f));
    }
  }

  /**
   * Whether a feature reads the name gazetteer. The gazetteer lists the names of the FANE corpora,
   * so on their sentences it knows every name: another domain learns such features only under its
   * own prefix, lest the plain features trust the gazetteer more than it deserves on news.
   */
  private static boolean isGazetteer(String feature) {
    return feature.startsWith("gaz") || feature.startsWith("gw=");
  }

  private static TrainingParameters params(String algorithm, int iterations, int cutoff) {
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
    if (algorithm.equals("MAXENT_QN")) {
      params.put("L1Cost", "0.0");
      params.put("L2Cost", "0.1");
    }
    params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    return params;
  }

  private static MaxentModel train(List<List<Event>> byDocument, TrainingParameters params,
      java.util.function.IntPredicate documents) throws IOException {
    List<Event> events = new ArrayList<>();
    for (int d = 0; d < byDocument.size(); d++) {
      if (documents.test(d)) {
        events.addAll(byDocument.get(d));
      }
    }
    EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
    return trainer.train(ObjectStreamUtils.createObjectStream(events));
  }

  /** The names of several sentences of one document, made consistent across it by {@link #documentWide}. */
  public List<List<Found>> findAll(List<List<Token>> sentences) {
    return findAll(sentences, lexicon.isSportsNewsDocument(sentences));
  }

  /** As {@link #findAll(List)}, told whether the document is sports news ({@link ActorLexicon#isSportsNews}). */
  public List<List<Found>> findAll(List<List<Token>> sentences, boolean sportsNews) {
    List<Context> contexts = new ArrayList<>(sentences.size());
    List<String[]> tags = new ArrayList<>(sentences.size());
    for (List<Token> tokens : sentences) {
      contexts.add(context(tokens));
    }
    contexts = withTopic(contexts, sportsNews);
    for (int s = 0; s < sentences.size(); s++) {
      List<Token> tokens = sentences.get(s);
      tags.add(tokens.isEmpty() ? new String[0] : decode(model, contexts.get(s), tokens.size(), words));
    }
    if (second != null) {
      List<Context> stacked = Stacking.contexts(contexts, tags);
      for (int s = 0; s < sentences.size(); s++) {
        if (!sentences.get(s).isEmpty()) {
          tags.set(s, decode(second, stacked.get(s), sentences.get(s).size(), secondWords));
        }
      }
    }
    List<List<Found>> found = new ArrayList<>();
    for (int s = 0; s < tags.size(); s++) {
      found.add(new ArrayList<>(spans(personBounds(contexts.get(s), tags.get(s)))));
    }
    documentWide(sentences, contexts, found);
    for (int s = 0; s < found.size(); s++) {
      worksTitles(contexts.get(s), found.get(s));
    }
    return found;
  }

  /**
   * {@code tags} with a person's name cut before a word joined to it by و that begins something
   * else: a listed given name begins the next person, taking in the person tagged right after it
   * (أندريه غلوكسمان وبرنار | هنري ليفي), and a title ends the name (عبدالله والرئيس). A word that is a
   * given name with its و (وليد) or whose letters after و are no given name (وينفري) stays in the name.
   * A name does not begin with the preposition على written with its alef maqsura (word class ala), nor end with a
   * participle of saying (word class saying_hal: نتانياهو مصرحا). Changed in place and returned.
   */
  String[] personBounds(Context c, String[] tags) {
    org.marsad.lang.WordClasses classes = lexicon.wordClasses();
    for (int i = 0; i + 1 < tags.length; i++) {
      if (tags[i].equals("B-PERS") && tags[i + 1].equals("I-PERS") && classes.is("ala", c.keys[i])
          && c.tokens.get(i).text().endsWith("ى")) {
        tags[i] = "O"; // حكمت على شريف: the preposition على, with its alef maqsura, is never the name علي
        tags[i + 1] = "B-PERS";
      }
    }
    for (int i = 0; i < tags.length; i++) {
      if (tags[i].endsWith("-PERS") && (i + 1 == tags.length || !tags[i + 1].equals("I-PERS"))
          && classes.is("saying_hal", c.keys[i])) {
        tags[i] = "O"; // وقال نتانياهو مصرحا: a participle of saying after the name is no part of it
      }
    }
    for (int i = 1; i < tags.length; i++) {
      String key = c.keys[i];
      if (!tags[i].equals("I-PERS") || !key.startsWith("و") || key.length() < 4 || lexicon.isGivenName(key)) {
        continue;
      }
      int end = i + 1;
      while (end < tags.length && tags[end].equals("I-PERS")) {
        end++;
      }
      if (lexicon.isJoinedGivenName(key)) {
        tags[i] = "B-PERS";
        if (end < tags.length && tags[end].equals("B-PERS")) {
          tags[end] = "I-PERS";
        }
      } else if (lexicon.isTitle(key)) {
        java.util.Arrays.fill(tags, i, end, "O");
      }
    }
    return tags;
  }

  /** The most words a work's quoted title may have for {@link #worksTitles}. */
  private static final int TITLE_WORDS = 8;

  /**
   * {@code found} with the quoted title or name after a noun of a work or a venue (word class work_noun) as
   * one MISC name, in place of any name found in or across it: برنامج « الناس وأنا »، بعنوان « مبدأ حواء »،
   * استاد " سانتياغو برنابيو ". Applied after {@link #documentWide}, so that a title named after a body or
   * a person (كتاب « حركة القوميين العرب ») changes nothing elsewhere in the document. Changed in place.
   */
  void worksTitles(Context c, List<Found> found) {
    org.marsad.lang.WordClasses classes = lexicon.wordClasses();
    int n = c.keys.length;
    for (int i = 0; i + 2 < n; i++) {
      if (!classes.isOrJoined("work_noun", c.keys[i])) {
        continue;
      }
      int from = i + 1;
      while (from < n && isQuote(c.tokens.get(from))) {
        from++;
      }
      int to = from;
      while (to < n && to - from <= TITLE_WORDS && !isQuote(c.tokens.get(to))) {
        to++;
      }
      if (from == i + 1 || to == from || to == n || to - from > TITLE_WORDS) {
        continue;
      }
      int start = from;
      int end = to;
      found.removeIf(f -> f.from() < end && start < f.to());
      found.add(new Found(from, to, "MISC"));
      i = to;
    }
    found.sort(java.util.Comparator.comparingInt(Found::from));
  }

  private static boolean isQuote(Token token) {
    String t = token.text();
    return t.length() == 1 && "«»\"'“”„".indexOf(t.charAt(0)) >= 0;
  }

  /**
   * The names of a document's sentences made consistent across it: a name found with different
   * types takes the type most of its occurrences have, and a name found somewhere is also taken
   * where the same words stand untagged elsewhere in the document (a surname the model knew in one
   * sentence and missed in the next), also with a proclitic on its first word (لبنان, then ولبنان).
   * {@code found} is changed in place and returned.
   */
  static List<List<Found>> documentWide(List<List<Token>> sentences, List<Context> contexts, List<List<Found>> found) {
    java.util.Map<String, String> names = new java.util.HashMap<>();
    java.util.Map<String, java.util.Map<String, Integer>> votes = new java.util.HashMap<>();
    for (int s = 0; s < sentences.size(); s++) {
      List<Token> tokens = sentences.get(s);
      for (Found name : found.get(s)) {
        names.putIfAbsent(words(tokens, name.from(), name.to()), name.type());
        votes.computeIfAbsent(words(tokens, name.from(), name.to()), k -> new java.util.TreeMap<>()).merge(name.type(), 1, Integer::sum);
      }
    }
    oneTypePerName(sentences, found, votes, names);
    if (names.isEmpty()) {
      return found;
    }
    // the same names by their keys, the first word without proclitics
    java.util.Map<String, String> stemmed = new java.util.HashMap<>();
    // the words names start with, so that most tokens are passed over at once
    java.util.Set<String> firstWords = new java.util.HashSet<>();
    java.util.Set<String> firstStems = new java.util.HashSet<>();
    for (int s = 0; s < sentences.size(); s++) {
      Context c = contexts.get(s);
      for (Found name : found.get(s)) {
        String type = names.get(words(sentences.get(s), name.from(), name.to()));
        stemmed.putIfAbsent(stemmedWords(c, name.from(), name.to()), type);
        firstWords.add(sentences.get(s).get(name.from()).norm());
        firstStems.add(c.stems[name.from()]);
      }
    }
    int longest = 1;
    for (String n : names.keySet()) {
      longest = Math.max(longest, n.split(" ").length);
    }
    for (int s = 0; s < sentences.size(); s++) {
      List<Token> tokens = sentences.get(s);
      Context c = contexts.get(s);
      List<Found> f = found.get(s);
      boolean[] tagged = new boolean[tokens.size()];
      for (Found name : f) {
        for (int i = name.from(); i < name.to(); i++) {
          tagged[i] = true;
        }
      }
      int i = 0;
      while (i < tokens.size()) {
        if (tagged[i] || !firstWords.contains(tokens.get(i).norm()) && !firstStems.contains(c.stems[i])) {
          i++;
          continue;
        }
        boolean added = false;
        for (int n = Math.min(longest, tokens.size() - i); n >= 1 && !added; n--) {
          boolean free = true;
          for (int k = i; k < i + n; k++) {
            free &= !tagged[k];
          }
          if (!free) {
            continue;
          }
          String type = names.get(words(tokens, i, i + n));
          if (type == null) {
            type = stemmed.get(stemmedWords(c, i, i + n));
          }
          if (type != null && (n > 1 || tokens.get(i).norm().length() > 3)) {
            f.add(new Found(i, i + n, type));
            i += n;
            added = true;
          }
        }
        if (!added) {
          i++;
        }
      }
      f.sort(java.util.Comparator.comparingInt(Found::from));
    }
    return found;
  }

  /**
   * Gives every occurrence of a name the type most of its occurrences in the document have (when
   * one type has more than half): a name is one type throughout an article, and the model's
   * clearer sentences outvote its unclear ones. {@code names} is updated to the winning types.
   */
  private static void oneTypePerName(List<List<Token>> sentences, List<List<Found>> found,
      java.util.Map<String, java.util.Map<String, Integer>> votes, java.util.Map<String, String> names) {
    for (java.util.Map.Entry<String, java.util.Map<String, Integer>> v : votes.entrySet()) {
      String best = null;
      int most = 0;
      int total = 0;
      for (java.util.Map.Entry<String, Integer> t : v.getValue().entrySet()) {
        total += t.getValue();
        if (t.getValue() > most) {
          most = t.getValue();
          best = t.getKey();
        }
      }
      if (2 * most > total) {
        names.put(v.getKey(), best);
      }
    }
    for (int s = 0; s < sentences.size(); s++) {
      List<Found> f = found.get(s);
      for (int k = 0; k < f.size(); k++) {
        Found name = f.get(k);
        String type = names.get(words(sentences.get(s), name.from(), name.to()));
        if (!type.equals(name.type())) {
          f.set(k, new Found(name.from(), name.to(), type));
        }
      }
    }
  }

  /** Tokens {@code [from, to)} by their keys, the first without its proclitics. */
  private static String stemmedWords(Context c, int from, int to) {
    StringBuilder sb = new StringBuilder(c.stems[from]);
    for (int k = from + 1; k < to; k++) {
      sb.append(' ').append(c.keys[k]);
    }
    return sb.toString();
  }

  private static String words(List<Token> tokens, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int k = from; k < to; k++) {
      sb.append(k > from ? " " : "").append(tokens.get(k).norm());
    }
    return sb.toString();
  }

  /** Beam width of the decoder. */
  static final int BEAM = 3;

  /** The names in one sentence's tokens, read as a document of its own. */
  public List<Found> find(List<Token> tokens) {
    return findAll(List.of(tokens)).get(0);
  }

  /** The names a BIO tag sequence marks. */
  private static List<Found> spans(String[] tags) {
    List<Found> found = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= tags.length; i++) {
      String tag = i < tags.length ? tags[i] : "O";
      if (start >= 0 && !tag.startsWith("I-")) {
        found.add(new Found(start, i, tags[start].substring(2)));
        start = -1;
      }
      if (tag.startsWith("B-")) {
        start = i;
      }
    }
    return found;
  }

  /** The best tag sequence under {@code m}, by beam search over well-formed BIO sequences. */
  private static String[] decode(MaxentModel m, Context context, int size) {
    return decode(m, context, size, null);
  }

  /** As {@link #decode(MaxentModel, Context, int)}; a perceptron reads the sums of words' own features from {@code words} when given. */
  private static String[] decode(MaxentModel m, Context context, int size, WordSums words) {
    if (m instanceof AbstractModel a && a.getModelType() == AbstractModel.ModelType.Perceptron) {
      return perceptronBeam(a, context, size, words);
    }
    Integer[] positions = new Integer[size];
    for (int i = 0; i < positions.length; i++) {
      positions[i] = i;
    }
    opennlp.tools.util.BeamSearchContextGenerator<Integer> generator = (index, sequence, prior, extra) ->
        context.features(index, index > 0 ? prior[index - 1] : "START", index > 1 ? prior[index - 2] : "START");
    opennlp.tools.util.SequenceValidator<Integer> validator = (index, sequence, prior, outcome) -> {
      if (!outcome.startsWith("I-")) {
        return true;
      }
      String prev = index > 0 ? prior[index - 1] : "O";
      String type = outcome.substring(2);
      return prev.equals("B-" + type) || prev.equals("I-" + type);
    };
    opennlp.tools.util.Sequence best = new opennlp.tools.ml.BeamSearch(BEAM, m).bestSequence(positions, null, generator, validator);
    if (best == null) {
      String[] tags = new String[size];
      java.util.Arrays.fill(tags, "O");
      return tags;
    }
    return best.getOutcomes().toArray(new String[0]);
  }

  /**
   * The beam search of {@link #decode} for a perceptron, scored as OpenNLP's {@code PerceptronModel}
   * scores, but summing the weights of a token's tag-independent features once rather than once per
   * sequence in the beam: they are most of the features, and most of the time of tagging.
   */
  private static String[] perceptronBeam(AbstractModel model, Context context, int size, WordSums words) {
    Object[] data = model.getDataStructures();
    @SuppressWarnings("unchecked")
    java.util.Map<String, opennlp.tools.ml.model.Context> weights = (java.util.Map<String, opennlp.tools.ml.model.Context>) data[1];
    int outcomes = model.getNumOutcomes();
    String[] names = new String[outcomes];
    for (int o = 0; o < outcomes; o++) {
      names[o] = model.getOutcome(o);
    }
    int[] best = new TagBeam(BEAM, names).decode(size, new TagBeam.Scorer() {
      @Override
      public void fixed(int i, double[] sums) {
        if (words == null) {
          for (String f : context.fixed(i)) {
            add(weights.get(f), sums);
          }
          return;
        }
        double[] own = words.of(context, i, weights, outcomes);
        for (int o = 0; o < outcomes; o++) {
          sums[o] += own[o];
        }
        for (String f : context.contextFeatures(i)) {
          add(weights.get(f), sums);
        }
        for (String f : context.extraFeatures(i)) {
          add(weights.get(f), sums);
        }
      }

      @Override
      public void tags(int i, int prevTag, int prev2Tag, double[] sums) {
        for (String f : context.tagFeatures(i, prevTag < 0 ? "START" : names[prevTag], prev2Tag < 0 ? "START" : names[prev2Tag])) {
          add(weights.get(f), sums);
        }
      }
    });
    String[] tags = new String[size];
    for (int i = 0; i < size; i++) {
      tags[i] = names[best[i]];
    }
    return tags;
  }

  /**
   * The summed weights of words' own features ({@link Context#wordFeatures}) under one pass's model,
   * remembered per word: they are a third of a token's features, and the same wherever the word
   * stands. At most {@link #CAPACITY} words are remembered (the frequent ones come first); beyond,
   * sums are computed each time. Thread-safe.
   */
  private static final class WordSums {
    static final int CAPACITY = 200_000;
    private final java.util.concurrent.ConcurrentHashMap<String, double[]> sums = new java.util.concurrent.ConcurrentHashMap<>();

    double[] of(Context context, int i, java.util.Map<String, opennlp.tools.ml.model.Context> weights, int outcomes) {
      String key = context.wordKey(i);
      double[] s = sums.get(key);
      if (s == null) {
        s = new double[outcomes];
        for (String f : context.wordFeatures(i)) {
          add(weights.get(f), s);
        }
        if (sums.size() < CAPACITY) {
          sums.putIfAbsent(key, s);
        }
      }
      return s;
    }
  }

  private static void add(opennlp.tools.ml.model.Context weights, double[] sums) {
    if (weights != null) {
      int[] outcomes = weights.getOutcomes();
      double[] parameters = weights.getParameters();
      for (int k = 0; k < outcomes.length; k++) {
        sums[outcomes[k]] += parameters[k];
      }
    }
  }

  /** Sums of weights to probabilities, as {@code PerceptronModel.eval} makes them. */
  static void normalise(double[] sums) {
    double max = 1;
    for (double v : sums) {
      max = Math.max(max, Math.abs(v));
    }
    double total = 0;
    for (int o = 0; o < sums.length; o++) {
      sums[o] = Math.exp(sums[o] / max);
      total += sums[o];
    }
    for (int o = 0; o < sums.length; o++) {
      sums[o] /= total;
    }
  }

  /**
   * A document's sentences marked with its topic when it has one: sports news ({@link
   * ActorLexicon#isSportsNews}). There a city's name mostly names its club (فاز ليون على بنفيكا), and the
   * model learns so from the topic's features.
   */
  List<Context> withTopic(List<Context> document) {
    List<String> keys = new ArrayList<>();
    for (Context c : document) {
      keys.addAll(java.util.Arrays.asList(c.keys));
    }
    return withTopic(document, lexicon.isSportsNews(keys));
  }

  private static List<Context> withTopic(List<Context> document, boolean sportsNews) {
    if (!sportsNews) {
      return document;
    }
    List<Context> marked = new ArrayList<>(document.size());
    for (Context c : document) {
      marked.add(c.withTopic("sport"));
    }
    return marked;
  }

  Context context(List<Token> tokens) {
    int n = tokens.size();
    String[] keys = new String[n];
    String[] stems = new String[n];
    for (int i = 0; i < n; i++) {
      keys[i] = Clitics.key(tokens.get(i).norm());
      List<Clitics.Reading> readings = tokens.get(i).kind() == TokenKind.ARABIC
          ? Clitics.withoutProclitics(keys[i]) : List.of();
      stems[i] = readings.size() > 1 ? readings.get(readings.size() - 1).stem() : keys[i];
    }
    String[][] classes = new String[n][];
    for (int i = 0; i < n; i++) {
      classes[i] = clusters.of(keys[i]);
      if (classes[i] == null) {
        classes[i] = clusters.of(stems[i]);
      }
    }
    return new Context(tokens, keys, stems, recogniser.lexiconLabels(tokens), gazetteer.labels(keys, stems), classes,
        lexicon, gazetteer);
  }

  /** Everything the features of one sentence are made from. */
  static final class Context {
    final List<Token> tokens;
    final String[] keys;
    final String[] stems;
    final String[] lex;
    final String[] gaz;
    final String[][] classes;

    private final ActorLexicon lexicon;
    private final NameGazetteer gazetteer;

    Context(List<Token> tokens, String[] keys, String[] stems, String[] lex, String[] gaz, String[][] classes,
        ActorLexicon lexicon, NameGazetteer gazetteer) {
      this(tokens, keys, stems, lex, gaz, classes, lexicon, gazetteer, null, null);
    }

    private Context(List<Token> tokens, String[] keys, String[] stems, String[] lex, String[] gaz, String[][] classes,
        ActorLexicon lexicon, NameGazetteer gazetteer, String[][] extra, String topic) {
      this.topic = topic;
      this.classes = classes;
      this.lexicon = lexicon;
      this.gazetteer = gazetteer;
      this.gaz = gaz;
      this.tokens = tokens;
      this.keys = keys;
      this.stems = stems;
      this.lex = lex;
      this.extra = extra;
      this.fixed = new String[keys.length][];
    }

    /** The same sentence with {@code extra[i]} added to token i's features. */
    Context with(String[][] extra) {
      return new Context(tokens, keys, stems, lex, gaz, classes, lexicon, gazetteer, extra, topic);
    }

    /** The same sentence in a document of {@code topic}. */
    Context withTopic(String topic) {
      return new Context(tokens, keys, stems, lex, gaz, classes, lexicon, gazetteer, extra, topic);
    }

    /** The topic of the sentence's document ({@link NameModel#withTopic}), or null. */
    private final String topic;

    /** Features added to each token's by {@link #with} (a second pass's), or null. */
    private final String[][] extra;

    /** Features that do not depend on earlier tags, built once per token. */
    private final String[][] fixed;

    String[] features(int i, String prev, String prev2) {
      String[] base = fixed(i);
      String[] tag = tagFeatures(i, prev, prev2);
      String[] f = java.util.Arrays.copyOf(base, base.length + tag.length);
      System.arraycopy(tag, 0, f, base.length, tag.length);
      return f;
    }

    /** The features of token i that do not depend on earlier tags. */
    String[] fixed(int i) {
      if (fixed[i] == null) {
        fixed[i] = fixedFeatures(i);
      }
      return fixed[i];
    }

    /** The features of token i that depend on the two tags before it. */
    String[] tagFeatures(int i, String prev, String prev2) {
      return new String[] {
          "t-1=" + prev,
          "t-2,t-1=" + prev2 + "," + prev,
          "t-1,w=" + prev + "," + keys[i],
          "t-1,s=" + prev + "," + stems[i],
      };
    }

    private String[] fixedFeatures(int i) {
      String[] word = wordFeatures(i);
      String[] around = contextFeatures(i);
      String[] more = extra == null ? new String[0] : extra[i];
      String[] f = java.util.Arrays.copyOf(word, word.length + around.length + more.length);
      System.arraycopy(around, 0, f, word.length, around.length);
      System.arraycopy(more, 0, f, word.length + around.length, more.length);
      return f;
    }

    /** The features {@link #with} added to token i's: none for a first pass. */
    String[] extraFeatures(int i) {
      return extra == null ? NONE : extra[i];
    }

    private static final String[] NONE = new String[0];

    /**
     * What token i is given its word alone (its spelling, affixes, classes, cue and gazetteer
     * types): the same wherever the word stands, so a tagger may sum their weights once per word
     * (see {@link #wordKey}).
     */
    String[] wordFeatures(int i) {
      List<String> f = new ArrayList<>(24);
      String w = keys[i];
      f.add("bias");
      f.add("w=" + w);
      f.add("s=" + stems[i]);
      f.add("k=" + tokens.get(i).kind());
      if (w.length() > 3) {
        f.add("p2=" + w.substring(0, 2));
        f.add("p3=" + w.substring(0, 3));
        f.add("x2=" + w.substring(w.length() - 2));
        f.add("x3=" + w.substring(w.length() - 3));
      }
      if (w.length() > 4) {
        f.add("p4=" + w.substring(0, 4));
        f.add("x4=" + w.substring(w.length() - 4));
      }
      f.add("al=" + w.startsWith("ال"));
      String st = stems[i];
      if (st.length() > 3) {
        f.add("sp3=" + st.substring(0, 3));
        f.add("sx3=" + st.substring(st.length() - 3));
        f.add("sx2=" + st.substring(st.length() - 2));
        f.add("sx1=" + st.substring(st.length() - 1));
      }
      f.add("slen=" + Math.min(st.length(), 9));
      // the kinds of names the word is part of
      f.add("gw=" + nameTypes(i));
      // word classes from unlabelled news, at several granularities: a name never seen in training
      // shares a class with ones that were
      f.add("c=" + (classes[i] == null ? "-" : classes[i][0]));
      f.add("f=" + (classes[i] == null ? "-" : classes[i][1]));
      if (classes[i] != null) {
        f.add("x=" + classes[i][2]);
        f.add("t=" + classes[i][3]);
      }
      f.add("cue=" + cue(w, stems[i]));
      return f.toArray(new String[0]);
    }

    /** The kinds of names the gazetteer lists token i in, by its key or else its stem, or null. */
    private String nameTypes(int i) {
      String types = gazetteer.typesOfWord(keys[i]);
      if (types == null && !stems[i].equals(keys[i])) {
        types = gazetteer.typesOfWord(stems[i]);
      }
      return types;
    }

    /** What decides {@link #wordFeatures} of token i: its key and its kind. */
    String wordKey(int i) {
      return keys[i] + '\u0001' + tokens.get(i).kind();
    }

    /** What token i is given the words and labels around it. */
    String[] contextFeatures(int i) {
      List<String> f = new ArrayList<>(32);
      String w = keys[i];
      for (int d = -2; d <= 2; d++) {
        if (d == 0) {
          continue;
        }
        int j = i + d;
        String key = j < 0 ? "<s>" : j >= keys.length ? "</s>" : keys[j];
        String stem = j < 0 || j >= keys.length ? key : stems[j];
        f.add("w" + d + "=" + key);
        f.add("s" + d + "=" + stem);
        f.add("lex" + d + "=" + (j < 0 || j >= lex.length ? "-" : lex[j]));
        if (j >= 0 && j < keys.length) {
          f.add("cue" + d + "=" + cue(keys[j], stems[j]));
          if ((d == -1 || d == 1) && stem.length() > 3) {
            f.add("sx3" + d + "=" + stem.substring(stem.length() - 3));
          }
        }
      }
      f.add("lex=" + lex[i]);
      // the gazetteer's names around the word
      f.add("gaz=" + gaz[i]);
      f.add("gaz-1=" + (i > 0 ? gaz[i - 1] : "<s>"));
      f.add("gaz+1=" + (i + 1 < gaz.length ? gaz[i + 1] : "</s>"));
      String fine = classes[i] == null ? "-" : classes[i][1];
      f.add("f-1=" + (i > 0 && classes[i - 1] != null ? classes[i - 1][1] : "-"));
      f.add("f+1=" + (i + 1 < classes.length && classes[i + 1] != null ? classes[i + 1][1] : "-"));
      f.add("f,lex-1=" + fine + "," + (i > 0 ? lex[i - 1] : "<s>"));
      if (classes[i] != null) {
        f.add("x-1=" + (i > 0 && classes[i - 1] != null ? classes[i - 1][2] : "-"));
        f.add("x+1=" + (i + 1 < classes.length && classes[i + 1] != null ? classes[i + 1][2] : "-"));
      }
      if (topic != null) {
        f.add(topic);
        f.add(topic + ",gw=" + nameTypes(i));
        f.add(topic + ",lex=" + lex[i]);
        f.add(topic + ",f=" + fine);
      }
      f.add("w-1,w=" + (i > 0 ? keys[i - 1] : "<s>") + "," + w);
      f.add("w,w+1=" + w + "," + (i + 1 < keys.length ? keys[i + 1] : "</s>"));
      return f.toArray(new String[0]);
    }

    private String cue(String key, String stem) {
      if (lexicon.isGivenName(key) || lexicon.isGivenName(stem)) {
        return "given";
      }
      if (lexicon.isParticle(key)) {
        return "particle";
      }
      if (lexicon.isFunctionWord(key)) {
        return "function";
      }
      return "-";
    }
  }
}
