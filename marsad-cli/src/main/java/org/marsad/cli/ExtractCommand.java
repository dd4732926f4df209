package org.marsad.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.Marsad;
import org.marsad.read.ArticleReader;
import org.marsad.read.Format;
import org.marsad.read.ReadOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code marsad extract}: reads articles and prints what Marsad finds in them. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = "Read articles (plain text, HTML or JSON Lines) and print their structure,"
        + " sentences and coding as a readable report or as JSON.",
    footer = {"", "Examples:",
        "  marsad extract examples/seed-article-ar.txt",
        "  marsad extract --to json page.html",
        "  marsad extract --from jsonl --to jsonl corpus.jsonl > coded.jsonl",
        "  cat article.txt | marsad extract -",
        "", "Exit status: 0 all inputs read, 1 some input failed (the others are still processed), 2 usage error."})
final class ExtractCommand implements Callable<Integer> {

  @ParentCommand
  MarsadCommand parent;

  @Option(names = "--from", defaultValue = "auto", paramLabel = "FORMAT",
      description = "Input format: auto, text, html, jsonl, warc or feed (default: ${DEFAULT-VALUE}: by extension, then content).")
  Format from;

  @Option(names = "--to", defaultValue = "text", paramLabel = "FORMAT",
      description = "Output: text (readable report), json (one pretty object per article) or jsonl (one line per article). Default: ${DEFAULT-VALUE}.")
  Output.Kind to;

  @Option(names = "--tokens", description = "Include tokens in JSON output.")
  boolean tokens;

  @Option(names = "--all-candidates",
      description = "Keep every event candidate the trigger lexicon finds, whatever the trained filter says; each event's confidence is then the filter's probability (higher recall, lower precision).")
  boolean allCandidates;

  @Option(names = "--threads", paramLabel = "N", description = "Articles coded at once (default: one per core).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Input files; - reads standard input.")
  List<String> inputs;

  @Override
  public Integer call() {
    ArticleReader reader = new ArticleReader(ReadOptions.defaults().withFormat(from));
    if (threads < 1) {
      throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--threads must be at least 1");
    }
    try (Extraction extraction = new Extraction(allCandidates ? Marsad.of(org.marsad.Pipelines.arabicNews(false)) : Marsad.arabic(), new Output(to, tokens, parent.out), parent.err, parent.debug, threads)) {
      for (String input : inputs) {
        extraction.startInput(input);
        if (input.equals(ArticleReader.STDIN)) {
          reader.read(System.in, ArticleReader.STDIN, extraction);
        } else {
          reader.read(Path.of(input), input, extraction);
        }
        extraction.drain();
        parent.out.flush();
      }
      extraction.summarise(inputs.size());
      return extraction.problems() == 0 ? 0 : 1;
    }
  }
}
