package org.marsad.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.Marsad;
import org.marsad.read.ArticleReader;
import org.marsad.read.Format;
import org.marsad.read.Problem;
import org.marsad.read.ReadOptions;
import org.marsad.store.Ingest;
import org.marsad.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code marsad ingest}: codes articles into the store. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = "Code articles into the store: files, folders (recursively), JSON Lines corpora, HTML pages,"
        + " WARC archives (.warc, .warc.gz) and RSS/Atom feeds. Articles already stored (same URL or same text)"
        + " are skipped, so running it again adds nothing; an interrupted run can simply be run again.",
    footer = {"", "Examples:",
        "  marsad ingest corpus.jsonl",
        "  marsad ingest --db jdbc:postgresql://localhost/marsad?user=marsad pages/ crawl.warc.gz",
        "  cat article.txt | marsad ingest -",
        "", "Exit status: 0 all inputs read, 1 some input or article failed (the others are still stored), 2 usage error."})
final class IngestCommand implements Callable<Integer> {

  @ParentCommand
  MarsadCommand parent;

  @Mixin
  StoreOption store;

  @Option(names = "--from", defaultValue = "auto", paramLabel = "FORMAT",
      description = "Input format: auto, text, html, jsonl, warc or feed (default: ${DEFAULT-VALUE}: by extension, then content).")
  Format from;

  @Option(names = "--threads", paramLabel = "N", description = "Articles coded at once (default: one per core).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--batch", paramLabel = "N", defaultValue = "200",
      description = "Articles per transaction (default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--quiet", description = "No progress, only problems and the summary.")
  boolean quiet;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders; - reads standard input.")
  List<String> inputs;

  @Override
  public Integer call() {
    if (threads < 1 || batch < 1) {
      throw new CommandLine.ParameterException(new CommandLine(this), "--threads and --batch must be at least 1");
    }
    Store opened = store.open();
    boolean terminal = System.console() != null && !quiet;
    Progress progress = new Progress(parent, terminal, quiet);
    try (Ingest ingest = new Ingest(opened, Marsad.arabic(), new ArticleReader(ReadOptions.defaults().withFormat(from)),
        threads, batch, progress)) {
      for (String input : inputs) {
        ingest.ingest(input);
      }
      ingest.finish();
      Ingest.Counts c = ingest.counts();
      progress.end();
      parent.err.println(String.format(Locale.ROOT,
          "marsad: ingested %d new %s (%d already stored) with %d events into %s in %.1f s (%.0f articles/s); %d %s",
          c.added(), c.added() == 1 ? "article" : "articles", c.known(), c.events(), opened.shown(), c.nanos() / 1e9,
          c.perSecond(), c.problems(), c.problems() == 1 ? "problem" : "problems"));
      return c.problems() == 0 ? 0 : 1;
    }
  }

  /** Progress on a terminal (one line redrawn), periodic lines otherwise. */
  private static final class Progress implements Ingest.Listener {
    private final MarsadCommand parent;
    private final boolean terminal;
    private final boolean quiet;
    private long last = System.nanoTime();
    private boolean drawn;

    Progress(MarsadCommand parent, boolean terminal, boolean quiet) {
      this.parent = parent;
      this.terminal = terminal;
      this.quiet = quiet;
    }

    @Override
    public synchronized void problem(Problem problem) {
      clear();
      parent.err.println("marsad: " + problem);
    }

    @Override
    public synchronized void warning(Problem warning) {
      clear();
      parent.err.println("marsad: " + warning.input() + (warning.line() > 0 ? ":" + warning.line() : "") + ": warning: "
          + warning.message());
    }

    @Override
    public synchronized void progress(Ingest.Counts c) {
      long now = System.nanoTime();
      if (quiet || now - last < (terminal ? 250_000_000L : 10_000_000_000L)) {
        return;
      }
      last = now;
      String line = String.format(Locale.ROOT, "marsad: %,d articles read, %,d stored, %,d already stored, %,d events,"
          + " %.0f articles/s", c.read(), c.added(), c.known(), c.events(), c.perSecond());
      if (terminal) {
        parent.err.print("\r" + line + "\033[K");
        parent.err.flush();
        drawn = true;
      } else {
        parent.err.println(line);
      }
    }

    void end() {
      clear();
    }

    private void clear() {
      if (drawn) {
        parent.err.print("\r\033[K");
        drawn = false;
      }
    }
  }
}
