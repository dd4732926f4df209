package org.marsad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.actors.ActorLexicon;
import org.marsad.actors.NameModel;
import org.marsad.eval.BioCorpus;
import org.marsad.eval.NameTraining;
import org.marsad.eval.NerEvaluation;
import org.marsad.eval.Score;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code marsad train names}: trains the statistical name finder, reproducibly. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Train the statistical name finder on BIO corpora (word<TAB>tag) and score it on a held-out part.",
    footer = {"", "Examples:",
        "  marsad train --hold-out 10/10 --out marsad-core/src/main/resources/models/ar ../shared/ner/anercorp-train.tsv"})
final class TrainCommand implements Callable<Integer> {

  @ParentCommand
  MarsadCommand parent;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write names.maxent.gz and names.model.json.")
  Path out;

  @Option(names = "--hold-out", paramLabel = "K/N", defaultValue = "10/10",
      description = "Part K of N of the first corpus is kept out of training and scored (default: ${DEFAULT-VALUE}, its last tenth).")
  String holdOut;

  @Option(names = "--algorithm", defaultValue = "PERCEPTRON",
      description = "OpenNLP trainer: PERCEPTRON, MAXENT_QN (L-BFGS) or MAXENT (GIS), or PERCEPTRON_SEQUENCE (a perceptron"
          + " trained on whole tagged sentences; about 20 iterations) (default: ${DEFAULT-VALUE}).")
  String algorithm;

  @Option(names = "--iterations", defaultValue = "300", description = "Training iterations (default: ${DEFAULT-VALUE}).")
  int iterations;

  @Option(names = "--cutoff", defaultValue = "0", description = "Features seen fewer times are dropped (default: ${DEFAULT-VALUE}).")
  int cutoff;

  @Option(names = "--folds", defaultValue = "1",
      description = "With K above 1, also train a second pass on K-fold cross-validated first-pass tags (about 1.5 points"
          + " of F1 on ANERcorp, but tagging about 30%% slower); 1 trains one pass only (default: ${DEFAULT-VALUE}).")
  int folds;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "BIO corpora; the first one gives the held-out part.")
  List<Path> corpora;

  @Override
  public Integer call() throws IOException {
    String[] kn = holdOut.split("/");
    int k = Integer.parseInt(kn[0]) - 1;
    int n = Integer.parseInt(kn[1]);
    BioCorpus first = BioCorpus.read(corpora.get(0));
    BioCorpus held = first.slice(k, n);
    List<BioCorpus.Sentence> training = new java.util.ArrayList<>(first.without(k, n).sentences());
    Map<String, String> fineTypes = new java.util.HashMap<>();
    org.marsad.lang.DataFile map = org.marsad.lang.DataFile.load("/lang/ar/ner-type-map.tsv");
    for (org.marsad.lang.DataFile.Line line : map.lines().subList(1, map.lines().size())) {
      fineTypes.put(line.fields()[0], line.fields()[1]);
    }
    int dropped = 0;
    for (Path more : corpora.subList(1, corpora.size())) {
      BioCorpus extra = BioCorpus.read(more).mapTypes(fineTypes);
      BioCorpus clean = extra.withoutOverlap(held);
      dropped += extra.sentences().size() - clean.sentences().size();
      training.addAll(clean.sentences());
    }
    if (dropped > 0) {
      parent.out.println("left out " + dropped + " sentences of the extra corpora that repeat held-out text");
    }
    ActorLexicon lexicon = ActorLexicon.arabic();
    long t0 = System.nanoTime();
    NameModel model = new NameTraining(lexicon).train(new BioCorpus(training), algorithm, iterations, cutoff, folds);
    long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
    NerEvaluation.Result result = NameTraining.score(model, held);
    Files.createDirectories(out);
    try (OutputStream o = Files.newOutputStream(out.resolve("names.maxent.gz"))) {
      model.write(o);
    }
    Path second = out.resolve("names-2.maxent.gz");
    if (model.stacked()) {
      try (OutputStream o = Files.newOutputStream(second)) {
        model.writeSecond(o);
      }
    } else {
      Files.deleteIfExists(second);
    }
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode meta = json.createObjectNode();
    meta.put("model", model.stacked() ? "names.maxent.gz (first pass), names-2.maxent.gz (second pass)" : "names.maxent.gz");
    meta.put("what", "Arabic name finder: linear token classifier (Apache OpenNLP " + algorithm + "), BIO tags PERS, LOC, ORG, MISC"
        + (model.stacked() ? "; two passes: the second also sees the first pass's tags over the document, and learnt them from"
            + " " + folds + "-fold cross-validated first passes over the training documents (" + NameTraining.DOCUMENT
            + " consecutive sentences each)" : ""));
    meta.put("trained", LocalDate.now().toString());
    meta.put("command", "marsad train --hold-out " + holdOut + " --algorithm " + algorithm + " --iterations " + iterations
        + " --cutoff " + cutoff + " --folds " + folds
        + " --out DIR " + String.join(" ", corpora.stream().map(p -> p.getFileName().toString()).toList()));
    meta.put("training_sentences", training.size());
    meta.put("held_out", corpora.get(0).getFileName() + " part " + holdOut + " (" + held.sentences().size() + " sentences)");
    meta.put("training_seconds", seconds);
    meta.put("data_sources", "ANERcorp (Benajiba et al. 2007), CAMeL Lab split, training part (CC BY-SA 4.0)"
        + "; features from lang/ar/name-gazetteer.tsv (FANE names, CC BY-SA 3.0) and lang/ar/word-clusters.tsv (ANT news corpus, Apache-2.0)"
        + (corpora.size() > 1 ? "; NewsFANE / WikiFANE Gold (Alotaibi & Lee 2014; CC BY-SA 3.0), fine types mapped by lang/ar/ner-type-map.tsv, sentences repeating held-out text left out (" + dropped + ")" : ""));
    meta.put("licence", "CC BY-SA (a model trained on CC BY-SA data is shared alike; attribution as above)");
    ObjectNode scores = meta.putObject("held_out_scores");
    for (Map.Entry<String, Score> e : result.byType().entrySet()) {
      scores.put(e.getKey(), e.getValue().toString());
    }
    scores.put("all", result.all().toString());
    scores.put("all_but_MISC", result.allBut(java.util.Set.of("MISC")).toString());
    json.writeValue(out.resolve("names.model.json").toFile(), meta);
    parent.out.println("trained on " + training.size() + " sentences in " + seconds + " s; held out " + held.sentences().size());
    for (Map.Entry<String, Score> e : result.byType().entrySet()) {
      parent.out.println(e.getKey() + ": " + e.getValue());
    }
    parent.out.println("all: " + result.all());
    return 0;
  }
}
