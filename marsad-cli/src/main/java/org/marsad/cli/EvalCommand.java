package org.marsad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.marsad.Marsad;
import org.marsad.eval.ArticleEvaluation;
import org.marsad.eval.BioCorpus;
import org.marsad.eval.NerEvaluation;
import org.marsad.eval.Score;
import org.marsad.model.Article;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code marsad eval}: precision, recall and F1 on gold data, with no tool but Marsad. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Measure Marsad on gold data.",
    subcommands = {EvalCommand.Ner.class, EvalCommand.Articles.class, EvalCommand.Gsr.class, EvalCommand.Seed.class},
    footer = {"", "Examples:", "  marsad eval ner --part 9/10 anercorp-train.tsv",
        "  marsad eval articles news-ar/dev.jsonl", "  marsad eval gsr gsr/assault-dev.jsonl"})
final class EvalCommand implements Runnable {

  @ParentCommand
  MarsadCommand parent;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "say what to evaluate: ner or articles");
  }

  /** Entity precision, recall and F1 on a BIO corpus. */
  @Command(name = "ner", mixinStandardHelpOptions = true,
      description = "Entity precision/recall/F1 (exact span and type, conlleval-style) on a BIO file (word<TAB>tag).",
      footer = {"", "Examples:", "  marsad eval ner test.tsv", "  marsad eval ner --part 9/10 anercorp-train.tsv   # its last tenth"})
  static final class Ner implements Callable<Integer> {

    @ParentCommand
    EvalCommand eval;

    @Option(names = "--part", paramLabel = "K/N", description = "Score only part K (1-based) of N equal runs of sentences.")
    String part;

    @Option(names = "--recogniser", defaultValue = "pipeline", paramLabel = "WHICH",
        description = "pipeline (lexicons, patterns and model together, as coding uses them; MISC names, which actors have no type for, from the model) or model (the statistical name finder alone). Default: ${DEFAULT-VALUE}.")
    String recogniser;

    @Option(names = "--model", paramLabel = "DIR",
        description = "Score the name model in DIR (names.maxent.gz, and names-2.maxent.gz when there), as marsad train writes it, instead of the shipped one.")
    Path model;

    @Option(names = "--errors", paramLabel = "FILE",
        description = "Also write each sentence's missed (miss) and false (false) entities to FILE, for error analysis.")
    Path errors;

    @Parameters(paramLabel = "FILE", description = "BIO file.")
    Path file;

    private org.marsad.actors.NameModel names(org.marsad.actors.ActorLexicon lexicon) throws IOException {
      if (model == null) {
        return org.marsad.actors.NameModel.arabic(lexicon);
      }
      Path second = model.resolve("names-2.maxent.gz");
      try (java.io.InputStream in = java.nio.file.Files.newInputStream(model.resolve("names.maxent.gz"));
          java.io.InputStream in2 = java.nio.file.Files.exists(second) ? java.nio.file.Files.newInputStream(second) : null) {
        return org.marsad.actors.NameModel.read(in, in2, lexicon);
      }
    }

    @Override
    public Integer call() throws IOException {
      BioCorpus corpus = BioCorpus.read(file);
      if (part != null) {
        String[] kn = part.split("/");
        int k = Integer.parseInt(kn[0]);
        int n = Integer.parseInt(kn[1]);
        if (k < 1 || k > n) {
          throw new CommandLine.ParameterException(new CommandLine(this), "--part must be K/N with 1 <= K <= N");
        }
        corpus = corpus.slice(k - 1, n);
      }
      NerEvaluation.Result result;
      java.util.List<String> lines = new java.util.ArrayList<>();
      org.marsad.actors.ActorLexicon lexicon = org.marsad.actors.ActorLexicon.arabic();
      if (recogniser.equals("model")) {
        result = org.marsad.eval.NameTraining.score(names(lexicon), corpus, lines::add);
      } else if (recogniser.equals("pipeline")) {
        org.marsad.actors.NameModel names = names(lexicon);
        Marsad marsad = model == null ? Marsad.arabic()
            : Marsad.of(org.marsad.Pipelines.arabicNews(org.marsad.events.EventFilter.arabic(), true, lexicon, names));
        result = new NerEvaluation(marsad, names).errorsTo(lines::add).evaluate(corpus);
      } else {
        throw new CommandLine.ParameterException(new CommandLine(this), "--recogniser must be pipeline or model");
      }
      if (errors != null) {
        java.nio.file.Files.write(errors, lines, java.nio.charset.StandardCharsets.UTF_8);
      }
      var out = eval.parent.out;
      out.println("sentences: " + result.sentences());
      for (Map.Entry<String, Score> e : result.byType().entrySet()) {
        out.println(e.getKey() + ": " + e.getValue());
      }
      out.println("all types: " + result.all());
      out.println("all but MISC: " + result.allBut(Set.of("MISC")));
      return 0;
    }
  }

  /** The figures of score_articles.py, coding the gold articles (or reading given predictions). */
  @Command(name = "articles", mixinStandardHelpOptions = true,
      description = "Event, actor, modality, entity and commentary figures on sentence-annotated articles"
          + " (the format of news-ar/*.jsonl), computed as score_articles.py computes them.",
      footer = {"", "Examples:", "  marsad eval articles dev.jsonl", "  marsad eval articles dev.jsonl --predictions coded.jsonl"})
  static final class Articles implements Callable<Integer> {

    @ParentCommand
    EvalCommand eval;

    @Option(names = "--predictions", paramLabel = "FILE",
        description = "Score this JSON Lines output instead of coding the articles now.")
    Path predictions;

    @Parameters(paramLabel = "GOLD", description = "Gold JSON Lines file.")
    Path gold;

    @Override
    public Integer call() throws IOException {
      Map<String, JsonNode> predicted = new HashMap<>();
      if (predictions != null) {
        for (JsonNode node : GoldFiles.read(predictions)) {
          predicted.put(node.path("id").asText(), node);
        }
      }
      Marsad marsad = predictions == null ? Marsad.arabic() : null;
      ArticleEvaluation evaluation = new ArticleEvaluation();
      for (JsonNode g : GoldFiles.read(gold)) {
        evaluation.add(g, marsad != null ? GoldFiles.code(marsad, g) : predicted.get(GoldFiles.idOf(g)));
      }
      GoldFiles.print(evaluation.figures(), eval.parent.out);
      return 0;
    }
  }

  /** The figures of score_gsr.py: detection of one PLOVER type on judged sentences, and actor accuracy. */
  @Command(name = "gsr", mixinStandardHelpOptions = true,
      description = "Event detection precision/recall/F1, hard-negative accuracy and actor accuracy on the Arabic PLOVER"
          + " gold standard (lines {id, text, event_type, label, spans}), computed as score_gsr.py computes them.",
      footer = {"", "Examples:", "  marsad eval gsr assault-dev.jsonl protest-dev.jsonl"})
  static final class Gsr implements Callable<Integer> {

    @ParentCommand
    EvalCommand eval;

    @Parameters(arity = "1..*", paramLabel = "GOLD", description = "Gold JSON Lines files, one event type each.")
    java.util.List<Path> golds;

    @Override
    public Integer call() throws IOException {
      Marsad marsad = Marsad.arabic();
      for (Path gold : golds) {
        org.marsad.eval.GsrEvaluation evaluation = new org.marsad.eval.GsrEvaluation();
        for (JsonNode g : GoldFiles.read(gold)) {
          evaluation.add(g, GoldFiles.code(marsad, g));
        }
        eval.parent.out.println("== " + gold.getFileName());
        GoldFiles.print(evaluation.figures(), eval.parent.out);
      }
      return 0;
    }
  }

  /** The example-article check: required events, forbidden lines and spans, entities. */
  @Command(name = "seed", mixinStandardHelpOptions = true,
      description = "Check an article against a hand-made reference annotation (the format of the example"
          + " article's: required events, lines and spans with no event, entities); exit 1 if a check fails.",
      footer = {"", "Examples:", "  marsad eval seed ../shared/gold/seed-article-ar.gold.json examples/seed-article-ar.txt"})
  static final class Seed implements Callable<Integer> {

    @ParentCommand
    EvalCommand eval;

    @Parameters(index = "0", paramLabel = "GOLD", description = "The reference annotation (JSON).")
    Path gold;

    @Parameters(index = "1", paramLabel = "ARTICLE", description = "The article it annotates (plain text).")
    Path article;

    @Override
    public Integer call() throws IOException {
      JsonNode g = GoldFiles.readJson(gold);
      String text = GoldFiles.readText(article);
      org.marsad.model.Document doc = Marsad.arabic().code(new Article("seed", null, null, null, "ar", null, text));
      int passed = 0;
      int failed = 0;
      for (org.marsad.eval.SeedCheck.Result r : org.marsad.eval.SeedCheck.check(doc, g)) {
        eval.parent.out.println((r.passed() ? "ok    " : "FAIL  ") + r.what());
        if (r.passed()) {
          passed++;
        } else {
          failed++;
        }
      }
      eval.parent.out.println("seed: " + passed + " passed, " + failed + " failed");
      return failed == 0 ? 0 : 1;
    }
  }
}
