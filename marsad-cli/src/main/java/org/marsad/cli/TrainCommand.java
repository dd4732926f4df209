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
import org.marsad.eval.FaneCorpus;
import org.marsad.eval.NameTraining;
import org.marsad.eval.NerEvaluation;
import org.marsad.eval.Score;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code marsad train names}: trains the statistical name finder, reproducibly. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Train the statistical name finder on a BIO corpus (word<TAB>tag), and on FANE corpora if given, and score it on a held-out part.",
    footer = {"", "Examples:",
        "  marsad train --hold-out 10/10 --out marsad-core/src/main/resources/models/ar ../shared/ner/anercorp-train.tsv"})
final class TrainCommand implements Callable<Integer> {

  @ParentCommand
  MarsadCommand parent;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write names.maxent.gz and names.model.json.")
  Path out;

  @Option(names = "--hold-out", paramLabel = "K/N", defaultValue = "10/10",
      description = "Part K of N of the corpus is kept out of training and scored (default: ${DEFAULT-VALUE}, its last tenth).")
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

  @Option(names = "--fane", paramLabel = "FILE",
      description = "Also train on this FANE corpus (NewsFANE or WikiFANE Gold), read as ANERcorp: clitics joined, fine types"
          + " mapped by lang/ar/fane-types.tsv; its sentences that share text with the held-out part, or have a word the training"
          + " sentences mostly tag MISC (FANE has no type for currencies, religions, events), are left out. Repeatable.")
  List<Path> fane = List.of();

  @Option(names = "--exclude", paramLabel = "FILE",
      description = "Leave out the FANE sentences that share text with this BIO file (NewsFANE holds ANERcorp's test part). Repeatable.")
  List<Path> exclude = List.of();

  @Option(names = "--fane-share", paramLabel = "PERCENT", defaultValue = "100",
      description = "Train on this share of the FANE sentences, taken evenly through them (default: ${DEFAULT-VALUE}).")
  int faneShare;

  @Option(names = "--domain-features",
      description = "Also copy each feature of a FANE sentence under the prefix fane: (Daume 2007), so that FANE's own"
          + " conventions are learnt apart; only the plain features are used at run time.")
  boolean domainFeatures;

  @Parameters(arity = "1", paramLabel = "FILE", description = "The ANERcorp-style BIO corpus; it gives the held-out part.")
  Path corpus;

  @Override
  public Integer call() throws IOException {
    if (faneShare < 1 || faneShare > 100) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--fane-share must be 1 to 100, not " + faneShare);
    }
    String[] kn = holdOut.split("/");
    int k = Integer.parseInt(kn[0]) - 1;
    int n = Integer.parseInt(kn[1]);
    BioCorpus first = BioCorpus.read(corpus);
    BioCorpus held = first.slice(k, n);
    BioCorpus training = first.without(k, n);
    List<BioCorpus.Sentence> extra = new java.util.ArrayList<>();
    FaneCorpus.Conventions conventions = FaneCorpus.Conventions.arabic();
    for (Path file : fane) {
      extra.addAll(FaneCorpus.read(file, conventions).sentences());
    }
    int read = extra.size();
    BioCorpus kept = new BioCorpus(extra).withoutOverlap(held);
    for (Path file : exclude) {
      kept = kept.withoutOverlap(BioCorpus.read(file));
    }
    int overlapping = read - kept.sentences().size();
    kept = FaneCorpus.without(kept, FaneCorpus.miscWords(training));
    int misc = read - overlapping - kept.sentences().size();
    List<BioCorpus.Sentence> share = new java.util.ArrayList<>();
    for (int i = 0; i < kept.sentences().size(); i++) {
      if ((long) (i + 1) * faneShare / 100 > (long) i * faneShare / 100) {
        share.add(kept.sentences().get(i));
      }
    }
    BioCorpus more = new BioCorpus(share);
    if (!fane.isEmpty()) {
      parent.out.println("FANE: " + read + " sentences, " + overlapping + " left out for sharing text with the held-out part"
          + (exclude.isEmpty() ? "" : " or an excluded file") + ", " + misc + " for a word the corpus tags MISC, "
          + more.sentences().size() + " trained on");
    }
    ActorLexicon lexicon = ActorLexicon.arabic();
    long t0 = System.nanoTime();
    NameModel model = new NameTraining(lexicon).train(training, more, domainFeatures ? "fane" : null, algorithm, iterations, cutoff, folds);
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
    StringBuilder command = new StringBuilder("marsad train --hold-out " + holdOut + " --algorithm " + algorithm
        + " --iterations " + iterations + " --cutoff " + cutoff + " --folds " + folds);
    fane.forEach(f -> command.append(" --fane ").append(f.getFileName()));
    exclude.forEach(f -> command.append(" --exclude ").append(f.getFileName()));
    if (!fane.isEmpty()) {
      command.append(faneShare == 100 ? "" : " --fane-share " + faneShare).append(domainFeatures ? " --domain-features" : "");
    }
    meta.put("command", command.append(" --out DIR ").append(corpus.getFileName()).toString());
    int sentences = training.sentences().size() + more.sentences().size();
    meta.put("training_sentences", sentences);
    meta.put("held_out", corpus.getFileName() + " part " + holdOut + " (" + held.sentences().size() + " sentences)");
    meta.put("training_seconds", seconds);
    meta.put("data_sources", "ANERcorp (Benajiba et al. 2007), CAMeL Lab split, training part (CC BY-SA 4.0)"
        + "; features from lang/ar/name-gazetteer.tsv (FANE names, CC BY-SA 3.0) and lang/ar/word-clusters.tsv (ANT news corpus, Apache-2.0)"
        + (fane.isEmpty() ? "" : "; " + more.sentences().size() + " sentences of " + String.join(", ", fane.stream().map(p -> p.getFileName().toString()).toList())
            + " (NewsFANE / WikiFANE Gold, Alotaibi & Lee 2014, CC BY-SA 3.0), read as ANERcorp with lang/ar/fane-types.tsv and"
            + " lang/ar/name-descriptors.txt, sentences sharing text with the held-out part" + (exclude.isEmpty() ? "" : " or "
            + String.join(", ", exclude.stream().map(p -> p.getFileName().toString()).toList())) + " left out, and those with"
            + " a word ANERcorp's training sentences mostly tag MISC (FANE has no type for currencies, religions, events)"));
    meta.put("licence", "CC BY-SA (a model trained on CC BY-SA data is shared alike; attribution as above)");
    ObjectNode scores = meta.putObject("held_out_scores");
    for (Map.Entry<String, Score> e : result.byType().entrySet()) {
      scores.put(e.getKey(), e.getValue().toString());
    }
    scores.put("all", result.all().toString());
    scores.put("all_but_MISC", result.allBut(java.util.Set.of("MISC")).toString());
    json.writeValue(out.resolve("names.model.json").toFile(), meta);
    parent.out.println("trained on " + sentences + " sentences in " + seconds + " s; held out " + held.sentences().size());
    for (Map.Entry<String, Score> e : result.byType().entrySet()) {
      parent.out.println(e.getKey() + ": " + e.getValue());
    }
    parent.out.println("all: " + result.all());
    return 0;
  }
}
