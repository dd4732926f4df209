package org.marsad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.Marsad;
import org.marsad.eval.ArticleEvaluation;
import org.marsad.eval.GsrEvaluation;
import org.marsad.events.EventFeatures;
import org.marsad.events.EventFilter;
import org.marsad.model.Article;
import org.marsad.model.Document;
import org.marsad.model.Event;
import org.marsad.Pipelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code marsad train-events}: trains the event filter on judged sentences (PLOVER gold standard)
 * and sentence-annotated articles, reporting cross-validated figures computed as the reference
 * scorers compute them, then trains on everything and writes the model.
 */
@Command(
    name = "train-events",
    mixinStandardHelpOptions = true,
    description = "Train the event filter (is this candidate trigger an event?) with k-fold cross-validation.",
    footer = {"", "Examples:", "  marsad train-events --out marsad-core/src/main/resources/models/ar \\",
        "      ../shared/gold/gsr/assault-dev.jsonl ../shared/gold/gsr/protest-dev.jsonl ../shared/gold/news-ar/dev.jsonl"})
final class TrainEventsCommand implements Callable<Integer> {

  @ParentCommand
  MarsadCommand parent;

  @Option(names = "--out", required = true, paramLabel = "DIR")
  Path out;

  @Option(names = "--folds", defaultValue = "5", description = "Cross-validation folds (default: ${DEFAULT-VALUE}).")
  int folds;

  @Option(names = "--repeats", defaultValue = "5",
      description = "Cross-validation repeated over this many assignments of the items to folds (the first in file order,"
          + " the others shuffled with fixed seeds); the thresholds are chosen on, and the figures pooled over, all of them,"
          + " so that they depend less on which items share a fold (default: ${DEFAULT-VALUE}).")
  int repeats;

  @Option(names = "--iterations", defaultValue = "200")
  int iterations;

  @Option(names = "--bags", defaultValue = "10",
      description = "Models averaged, each trained on a bootstrap sample (default: ${DEFAULT-VALUE}; 1: one model on all the data).")
  int bags;

  @Option(names = "--predictions", paramLabel = "DIR",
      description = "Also write the cross-validated predictions, one JSON Lines file per gold file, for error analysis.")
  Path predictionsDir;

  @Parameters(arity = "1..*", paramLabel = "GOLD", description = "Gold files: PLOVER gold standard or annotated articles.")
  List<Path> golds;

  @Option(names = "--min-hard-negatives", paramLabel = "SHARE",
      description = "Thresholds that let more hard negatives of a judged-sentence file through than this are not"
          + " chosen (default: ${DEFAULT-VALUE}: the requirement is 0.70 on unseen sentences, and the thresholds are"
          + " fitted to the cross-validated figures, which therefore run a little high).")
  double minHardNegatives = 0.73;

  @Option(names = "--train-on-split-judgements",
      description = "Also train on the judged sentences the annotators split on ('difficult no': mostly no, one"
          + " dissent). By default the filter learns from unanimous judgements only, as split ones are the noisiest"
          + " labels; they are scored as negatives either way.")
  boolean trainOnSplitJudgements;

  /** One gold item with its coded document and candidate events. */
  private record Item(Path file, JsonNode gold, JsonNode coded, List<String[]> features, List<Boolean> labels) {}

  @Override
  public Integer call() throws IOException {
    ObjectMapper json = new ObjectMapper();
    Marsad unfiltered = Marsad.of(Pipelines.arabicNews(null, false));
    EventFeatures featureMaker = EventFeatures.arabic();
    List<Item> items = new ArrayList<>();
    for (Path file : golds) {
      for (JsonNode g : GoldFiles.read(file)) {
        boolean gsr = g.has("event_type");
        Document doc = unfiltered.code(new Article(GoldFiles.idOf(g), null, null, null, "ar", null, g.path("text").asText()));
        List<String[]> features = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        List<Boolean> known = labelsOf(g, doc, gsr, trainOnSplitJudgements);
        List<List<org.marsad.model.Token>> bySentence = doc.tokensBySentence();
        for (int i = 0; i < doc.events().size(); i++) {
          features.add(featureMaker.of(doc, doc.events().get(i), bySentence.get(doc.events().get(i).sentence()), doc.events()));
          labels.add(known.get(i));
        }
        items.add(new Item(file, g, json.readTree(GoldFiles.jsonLine(doc)), features, labels));
      }
    }
    // Thresholds chosen together by cross-validation: one for each type the judged sentences cover
    // (ASSAULT, PROTEST: many hard negatives), holding for a sentence given alone; one for everything in an
    // article, whose filter features see the sentences around (annotated articles only).
    int[][] foldOf = folds(items.size());
    double[][][] probabilityOfItem = new double[foldOf.length][items.size()][];
    List<List<EventFilter>> foldFilters = new ArrayList<>();
    for (int r = 0; r < foldOf.length; r++) {
      List<EventFilter> filters = new ArrayList<>();
      for (int f = 0; f < folds; f++) {
        List<String[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
          if (foldOf[r][k] != f) {
            collect(items.get(k), x, y);
          }
        }
        EventFilter filter = EventFilter.train(x, y, iterations, bags);
        filters.add(filter);
        for (int k = 0; k < items.size(); k++) {
          if (foldOf[r][k] == f) {
            Item item = items.get(k);
            double[] p = new double[item.features().size()];
            for (int i = 0; i < p.length; i++) {
              p[i] = filter.probability(item.features().get(i));
            }
            probabilityOfItem[r][k] = p;
          }
        }
      }
      foldFilters.add(filters);
    }
    // Coordinate search on a fine grid: each threshold in turn, the others held, until none moves. A threshold is
    // judged by the mean score over it and its neighbours a step either side, so that it sits on a plateau rather
    // than on a peak a few sentences make
    double[] thresholds = {0.25, 0.25, 0.05}; // ASSAULT and PROTEST alone, the rest
    double bestScore = smoothedScore(items, probabilityOfItem, json, thresholds, 0);
    for (int round = 0; round < 4; round++) {
      boolean moved = false;
      for (int which = 0; which < thresholds.length; which++) {
        bestScore = smoothedScore(items, probabilityOfItem, json, thresholds, which);
        for (int step = 2; step <= 60; step++) {
          double[] tried = thresholds.clone();
          tried[which] = step / 100.0;
          double score = smoothedScore(items, probabilityOfItem, json, tried, which);
          if (score > bestScore + 1e-9) {
            bestScore = score;
            thresholds = tried;
            moved = true;
          }
        }
      }
      if (!moved) {
        break;
      }
    }
    // On the plateau the search found, the lowest threshold whose score is within PLATEAU of the best: a candidate
    // kept can still be dropped by its confidence downstream, one dropped cannot be recovered
    for (int which = 0; which < thresholds.length; which++) {
      double best = smoothedScore(items, probabilityOfItem, json, thresholds, which);
      for (int step = 2; step < Math.round(thresholds[which] * 100); step++) {
        double[] tried = thresholds.clone();
        tried[which] = step / 100.0;
        if (smoothedScore(items, probabilityOfItem, json, tried, which) >= best - PLATEAU) {
          thresholds = tried;
          break;
        }
      }
    }
    double assault = thresholds[0];
    double protest = thresholds[1];
    double other = thresholds[2];
    List<String> curve = curve(items, probabilityOfItem, json, thresholds);
    // The reported figures: each fold of each repetition coded end to end by the real pipeline with its fold's
    // filter, pooled over the repetitions; each repetition's headline figures alone show how much they vary
    Map<String, Double> byTypeThresholds = Map.of("ASSAULT", assault, "PROTEST", protest);
    Map<Path, Object> evaluations = new LinkedHashMap<>();
    List<String> spread = new ArrayList<>();
    for (int r = 0; r < foldOf.length; r++) {
      Map<Path, Object> alone = new LinkedHashMap<>();
      for (int f = 0; f < folds; f++) {
        Marsad coder = Marsad.of(Pipelines.arabicNews(foldFilters.get(r).get(f).withThresholds(other, byTypeThresholds), true));
        for (int k = 0; k < items.size(); k++) {
          if (foldOf[r][k] != f) {
            continue;
          }
          Item item = items.get(k);
          JsonNode coded = GoldFiles.code(coder, item.gold());
          score(item, coded, evaluations);
          score(item, coded, alone);
          if (predictionsDir != null && r == 0) {
            Files.createDirectories(predictionsDir);
            Files.writeString(predictionsDir.resolve(item.file().getFileName()), coded + "\n", java.nio.charset.StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
          }
        }
      }
      StringBuilder line = new StringBuilder("repetition " + (r + 1) + ":");
      for (Map.Entry<Path, Object> e : alone.entrySet()) {
        line.append(' ').append(e.getKey().getFileName()).append(" F1 ").append(e.getValue() instanceof GsrEvaluation g
            ? g.figures().get("f1") : ((ArticleEvaluation) e.getValue()).figures().get("event_f1"));
      }
      spread.add(line.toString());
    }
    parent.out.println("cross-validated (" + folds + " folds, " + (foldOf.length == 1 ? "one repetition" : foldOf.length + " repetitions pooled") + ") end to end, each fold"
        + " coded with a filter trained on the other folds, thresholds " + assault + " (ASSAULT) and " + protest
        + " (PROTEST) for sentences given alone, " + other + " for the rest:");
    spread.forEach(parent.out::println);
    parent.out.println("the same filters at other thresholds (candidates as first coded):");
    curve.forEach(line -> parent.out.println("  " + line));
    ObjectMapper pretty = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode meta = pretty.createObjectNode();
    meta.put("threshold", other);
    ObjectNode byType = meta.putObject("thresholds");
    byTypeThresholds.forEach(byType::put);
    meta.put("threshold_search", "each threshold in turn on a grid of 0.02 to 0.60, the others held, maximising the sum over the"
        + " files of pooled F1 plus " + ACTOR_WEIGHT + " times the mean of source and target country accuracy, averaged over the"
        + " threshold and its neighbours " + SMOOTHING + " either side, among thresholds that keep the judged files' hard-negative"
        + " accuracy at " + minHardNegatives + " or more; then, each in turn, the lowest threshold whose score is within " + PLATEAU
        + " of that maximum");
    meta.putPOJO("threshold_curve", curve);
    meta.put("repetitions", foldOf.length);
    meta.putPOJO("repetition_f1", spread);
    ObjectNode cv = meta.putObject("cross_validated");
    for (Map.Entry<Path, Object> e : evaluations.entrySet()) {
      Map<String, Object> figures = e.getValue() instanceof GsrEvaluation g ? g.figures() : ((ArticleEvaluation) e.getValue()).figures();
      parent.out.println("== " + e.getKey().getFileName());
      ObjectNode node = cv.putObject(e.getKey().getFileName().toString());
      for (Map.Entry<String, Object> fig : figures.entrySet()) {
        parent.out.println(fig.getKey() + ": " + fig.getValue());
        node.putPOJO(fig.getKey(), fig.getValue());
      }
    }
    List<String[]> x = new ArrayList<>();
    List<Boolean> y = new ArrayList<>();
    for (Item item : items) {
      collect(item, x, y);
    }
    EventFilter filter = EventFilter.train(x, y, iterations, bags);
    Files.createDirectories(out);
    try (OutputStream o = Files.newOutputStream(out.resolve("event-filter.maxent.gz"))) {
      filter.write(o);
    }
    meta.put("model", "event-filter.maxent.gz");
    meta.put("what", "event filter: maximum-entropy classifier (Apache OpenNLP MAXENT_QN) deciding whether a lexicon trigger reports an event");
    meta.put("trained", LocalDate.now().toString());
    meta.put("candidates", x.size());
    meta.put("command", "marsad train-events --folds " + folds + " --repeats " + foldOf.length + " --iterations " + iterations + " --bags " + bags
        + (trainOnSplitJudgements ? " --train-on-split-judgements" : "") + " --out DIR "
        + String.join(" ", golds.stream().map(p -> p.getFileName().toString()).toList()));
    meta.put("labels", "a candidate of a judged sentence's type is an event when the sentence was judged yes; "
        + (trainOnSplitJudgements ? "all judgements but ambiguous ones learnt"
            : "only unanimous judgements learnt (yes, easy no); split ones (difficult no) are scored as negatives, not learnt")
        + "; a candidate in an annotated article is an event when its gold sentence has an unmatched event of its type");
    meta.put("data_sources", "Arabic PLOVER gold standard, development half (openeventdata/arabic_event_gsr, MIT); "
        + "Marsad's sentence-annotated Arabic news, development half (ANT corpus articles, Apache-2.0 as distributed)");
    pretty.writeValue(out.resolve("event-filter.model.json").toFile(), meta);
    parent.out.println("trained the final filter on " + x.size() + " candidates; wrote " + out.resolve("event-filter.maxent.gz"));
    return 0;
  }

  /**
   * Each repetition's fold of each item: the first repetition in file order (item k in fold k mod
   * folds), the others a shuffle with a fixed seed, dealt out the same way.
   */
  private int[][] folds(int items) {
    int[][] foldOf = new int[Math.max(1, repeats)][items];
    for (int r = 0; r < foldOf.length; r++) {
      List<Integer> order = new ArrayList<>();
      for (int k = 0; k < items; k++) {
        order.add(k);
      }
      if (r > 0) {
        java.util.Collections.shuffle(order, new java.util.Random(r));
      }
      for (int position = 0; position < items; position++) {
        foldOf[r][order.get(position)] = position % folds;
      }
    }
    return foldOf;
  }

  /**
   * What the filter keeps at other thresholds for ASSAULT and PROTEST, the chosen others held: each type's F1,
   * hard-negative accuracy and source and target country accuracy at thresholds 0.20 to 0.60, from the pooled
   * repetitions' probabilities (the candidates as first coded), so a reader sees what the chosen one trades.
   */
  private List<String> curve(List<Item> items, double[][][] probabilityOfItem, ObjectMapper json, double[] thresholds) {
    List<String> lines = new ArrayList<>();
    String[] types = {"ASSAULT", "PROTEST"};
    for (int which = 0; which < types.length; which++) {
      for (int step = 20; step <= 60; step += 4) {
        double[] tried = thresholds.clone();
        tried[which] = step / 100.0;
        for (Object e : evaluations(items, probabilityOfItem, json, tried).values()) {
          if (e instanceof GsrEvaluation g && types[which].equals(g.figures().get("type"))) {
            Map<String, Object> f = g.figures();
            lines.add(String.format(java.util.Locale.ROOT, "%s %.2f: F1 %s P %s R %s hard negatives %s source country %s target country %s",
                types[which], tried[which], f.get("f1"), f.get("precision"), f.get("recall"), f.get("hard_negative_accuracy"),
                f.get("source.country_accuracy"), f.get("target.country_accuracy")));
          }
        }
      }
    }
    return lines;
  }

  /**
   * How much the actors count beside detection when a threshold is judged: a file scores its F1 plus this share of
   * the mean of its source and target country accuracy. Where F1 is flat over a range of thresholds, the one whose
   * events come out with the right actors is taken; detection still weighs four times as much.
   */
  private static final double ACTOR_WEIGHT = 0.25;

  /** The mean of a file's source and target country accuracy (what it has of them; 0 when it has neither). */
  private static double actors(Map<String, Object> figures) {
    double sum = 0;
    int n = 0;
    for (String key : List.of("source.country_accuracy", "target.country_accuracy")) {
      if (figures.get(key) instanceof Double d) {
        sum += d;
        n++;
      }
    }
    return n == 0 ? 0 : sum / n;
  }

  /** How far below the best smoothed score (a sum of files' scores) a lower threshold may score and still be taken. */
  private static final double PLATEAU = 0.005;

  /** How far either side of a threshold {@link #smoothedScore} looks. */
  private static final double SMOOTHING = 0.02;

  /** The mean {@link #score} over threshold {@code which} and its neighbours {@link #SMOOTHING} either side; -1 if any is. */
  private double smoothedScore(List<Item> items, double[][][] probabilityOfItem, ObjectMapper json, double[] thresholds,
      int which) {
    double sum = 0;
    for (double shift : new double[] {-SMOOTHING, 0, SMOOTHING}) {
      double[] near = thresholds.clone();
      near[which] = Math.max(0, thresholds[which] + shift);
      double score = score(items, probabilityOfItem, json, near);
      if (score < 0) {
        return -1;
      }
      sum += score;
    }
    return sum / 3;
  }

  /**
   * The sum of the files' F1 scores, pooled over the repetitions, when the candidates are kept from these
   * thresholds (ASSAULT and PROTEST in sentences given alone, the rest), or -1 when a file of judged sentences keeps too few hard negatives.
   */
  private double score(List<Item> items, double[][][] probabilityOfItem, ObjectMapper json, double[] thresholds) {
    double sum = 0;
    for (Object e : evaluations(items, probabilityOfItem, json, thresholds).values()) {
      Map<String, Object> figures = e instanceof GsrEvaluation g ? g.figures() : ((ArticleEvaluation) e).figures();
      sum += (double) figures.get(e instanceof GsrEvaluation ? "f1" : "event_f1") + ACTOR_WEIGHT * actors(figures);
      if (e instanceof GsrEvaluation g && g.figures().get("hard_negative_accuracy") instanceof Double h && h < minHardNegatives) {
        return -1;
      }
    }
    return sum;
  }

  /**
   * Each file's evaluation, pooled over the repetitions, when the candidates as first coded are kept from these
   * thresholds (ASSAULT and PROTEST in sentences given alone, the rest).
   */
  private static Map<Path, Object> evaluations(List<Item> items, double[][][] probabilityOfItem, ObjectMapper json,
      double[] thresholds) {
    Map<String, Double> byType = Map.of("ASSAULT", thresholds[0], "PROTEST", thresholds[1]);
    Map<Path, Object> run = new LinkedHashMap<>();
    for (double[][] repetition : probabilityOfItem) {
      for (int k = 0; k < items.size(); k++) {
        score(items.get(k), filtered(items.get(k), repetition[k], json, byType, thresholds[2]), run);
      }
    }
    return run;
  }

  private static void collect(Item item, List<String[]> x, List<Boolean> y) {
    for (int i = 0; i < item.features().size(); i++) {
      if (item.labels().get(i) != null) {
        x.add(item.features().get(i));
        y.add(item.labels().get(i));
      }
    }
  }

  /** The item's coded JSON with only the events the filter keeps. */
  private static JsonNode filtered(Item item, double[] probability, ObjectMapper json, Map<String, Double> byType,
      double other) {
    ObjectNode copy = item.coded().deepCopy();
    ArrayNode kept = json.createArrayNode();
    JsonNode events = item.coded().path("events");
    boolean alone = item.coded().path("sentences").size() == 1;
    for (int i = 0; i < events.size(); i++) {
      JsonNode e = events.get(i);
      boolean named = e.path("quad_class").asInt() == 1 && !e.path("source").path("entity").isMissingNode()
          && !e.path("source").path("entity").isNull()
          && !e.path("target").path("entity").isMissingNode() && !e.path("target").path("entity").isNull();
      double threshold = alone ? byType.getOrDefault(e.path("type").asText(), other) : other;
      if (probability[i] >= threshold || named) {
        kept.add(e);
      }
    }
    copy.set("events", kept);
    return copy;
  }

  private static void score(Item item, JsonNode predicted, Map<Path, Object> evaluations) {
    if (item.gold().has("event_type")) {
      ((GsrEvaluation) evaluations.computeIfAbsent(item.file(), k -> new GsrEvaluation())).add(item.gold(), predicted);
    } else {
      ((ArticleEvaluation) evaluations.computeIfAbsent(item.file(), k -> new ArticleEvaluation())).add(item.gold(), predicted);
    }
  }

  /**
   * Whether each candidate is a real event: for a judged sentence, a candidate of the judged type is
   * one when the sentence was judged yes (other types are unknown, and so is the judged type where
   * the judgement was ambiguous, or split when {@code split} is false); for an annotated article,
   * when the gold sentence holding its trigger has a not yet matched event of its type.
   */
  private static List<Boolean> labelsOf(JsonNode gold, Document doc, boolean gsr, boolean split) {
    List<Boolean> labels = new ArrayList<>();
    if (gsr) {
      String label = gold.path("label").asText();
      boolean known = !label.equals("ambiguous") && (split || !label.equals("difficult no"));
      for (Event e : doc.events()) {
        boolean judged = e.type().equals(gold.path("event_type").asText()) && known;
        labels.add(judged ? label.equals("yes") : null);
      }
      return labels;
    }
    Map<Integer, List<String>> open = new LinkedHashMap<>();
    for (JsonNode s : gold.path("sentences")) {
      List<String> types = new ArrayList<>();
      s.path("events").forEach(ev -> types.add(ev.path("type").asText()));
      open.put(s.path("i").asInt(), types);
    }
    for (Event e : doc.events()) {
      Integer sentence = null;
      for (JsonNode s : gold.path("sentences")) {
        int start = s.path("start").asInt();
        int end = s.path("end").asInt();
        if (start <= e.trigger().start() && e.trigger().start() < Math.max(end, start + 1)) {
          sentence = s.path("i").asInt();
          break;
        }
      }
      boolean real = sentence != null && open.get(sentence).remove(e.type());
      labels.add(real);
    }
    return labels;
  }
}
