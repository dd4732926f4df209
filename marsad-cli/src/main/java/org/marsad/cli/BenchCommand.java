package org.marsad.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToLongFunction;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.marsad.Marsad;
import org.marsad.model.Article;
import org.marsad.model.Document;
import org.marsad.read.ArticleReader;
import org.marsad.read.ArticleSink;
import org.marsad.read.ReadOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code marsad bench}: the whole pipeline's throughput over a corpus held in memory, on one and
 * on all cores, beside plain Lucene tokenisation with Arabic normalisation over the same text
 * (the practical ceiling of any analysis that reads every word), with start-up time, the coder's
 * heap and the process's peak memory.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measure the whole pipeline (structure to events) on a JSON Lines corpus held in memory: articles/s,"
        + " words/s, peak heap and resident memory, on 1 and all cores, and the throughput of plain Lucene"
        + " tokenisation with Arabic normalisation over the same text for comparison.",
    footer = {"", "Example:", "  marsad bench ../shared/corpora/bench-ar.jsonl",
        "  marsad bench --threads 1,2 --limit 5000 --linearity corpus.jsonl"})
final class BenchCommand implements Callable<Integer> {

  @ParentCommand
  MarsadCommand parent;

  @Option(names = "--threads", split = ",", paramLabel = "N", description = "Thread counts to measure (default: 1 and all cores).")
  List<Integer> threads;

  @Option(names = "--limit", paramLabel = "N", description = "Use only the first N articles.")
  Integer limit;

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "1", description = "Passes over the corpus per measurement (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--linearity", description = "Also time one article repeated 1 to 32 times: time per character should stay flat.")
  boolean linearity;

  @Parameters(paramLabel = "CORPUS", description = "A JSON Lines corpus.")
  Path corpus;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(corpus)) {
      throw new CommandLine.ParameterException(spec.commandLine(), corpus + ": no such file");
    }
    int cores = Runtime.getRuntime().availableProcessors();
    List<Integer> counts = threads == null || threads.isEmpty() ? (cores > 1 ? List.of(1, cores) : List.of(1)) : threads;
    for (int n : counts) {
      if (n < 1) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
      }
    }

    long heapBefore = usedHeap();
    long t0 = System.nanoTime();
    Marsad marsad = Marsad.arabic();
    double startup = (System.nanoTime() - t0) / 1e9;
    long coderHeap = usedHeap() - heapBefore;

    long r0 = System.nanoTime();
    List<Document> docs = read();
    double readSeconds = (System.nanoTime() - r0) / 1e9;
    long words = 0;
    for (Document d : docs) {
      words += words(d.text());
    }
    out("machine: %d cores, Java %s, max heap %d MB", cores, System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() >> 20);
    out("corpus: %s, %,d articles, %,d words (read and parsed in %.1f s)", corpus, docs.size(), words, readSeconds);
    out("start-up (lexicons and models): %.2f s; coder heap: %d MB", startup, coderHeap >> 20);

    // warm-up: the JIT compiles the hot paths before anything is timed
    run(docs.subList(0, Math.min(docs.size(), 1000)), counts.get(counts.size() - 1), d -> {
      marsad.code(d);
      return 0;
    });

    Analyzer lucene = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, new ArabicNormalizationFilter(source));
      }
    };
    run(docs.subList(0, Math.min(docs.size(), 1000)), 1, d -> luceneTokens(lucene, d.text()));

    out("");
    out("%-8s %12s %12s %12s %14s %10s %12s %10s", "threads", "articles/s", "words/s", "events", "Lucene words/s", "ratio",
        "peak heap", "RSS");
    double base = 0;
    for (int n : counts) {
      resetPeaks();
      double seconds = 0;
      long events = 0;
      for (int r = 0; r < rounds; r++) {
        Timed coded = run(docs, n, d -> marsad.code(d).events().size());
        seconds += coded.seconds();
        events = coded.total();
      }
      double perSecond = docs.size() * rounds / seconds;
      double wordsPerSecond = words * rounds / seconds;
      long peakHeap = peakHeap();
      double luceneSeconds = 0;
      for (int r = 0; r < rounds; r++) {
        luceneSeconds += run(docs, n, d -> luceneTokens(lucene, d.text())).seconds();
      }
      double luceneWords = words * rounds / luceneSeconds;
      if (n == 1) {
        base = perSecond;
      }
      out("%-8d %12.0f %12.0f %12d %14.0f %9.1f%% %9d MB %7d MB%s", n, perSecond, wordsPerSecond, events, luceneWords,
          100 * wordsPerSecond / luceneWords, peakHeap >> 20, rss("VmRSS") >> 10,
          n > 1 && base > 0 ? String.format(Locale.ROOT, "  (%.2fx one thread)", perSecond / base) : "");
    }
    out("peak resident memory of the process: %d MB", rss("VmHWM") >> 10);
    if (linearity) {
      linearity(marsad, docs);
    }
    return 0;
  }

  /** How long a run took, and the sum of what its work returned. */
  private record Timed(double seconds, long total) {}

  /** Runs {@code work} on every document on {@code n} threads (each takes the next article). */
  private static Timed run(List<Document> docs, int n, ToLongFunction<Document> work) throws Exception {
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      long start = System.nanoTime();
      List<Future<Long>> parts = new ArrayList<>();
      for (int t = 0; t < n; t++) {
        parts.add(pool.submit(() -> {
          long total = 0;
          for (int i = next.getAndIncrement(); i < docs.size(); i = next.getAndIncrement()) {
            total += work.applyAsLong(docs.get(i));
          }
          return total;
        }));
      }
      long total = 0;
      for (Future<Long> f : parts) {
        total += f.get();
      }
      return new Timed((System.nanoTime() - start) / 1e9, total);
    } finally {
      pool.shutdownNow();
    }
  }

  /** One article repeated k times: seconds per character should not grow with k. */
  private void linearity(Marsad marsad, List<Document> docs) {
    Document median = docs.stream().sorted((a, b) -> Integer.compare(a.text().length(), b.text().length()))
        .toList().get(docs.size() / 2);
    out("");
    out("linearity: article %s (%,d characters) repeated k times", median.article().id(), median.text().length());
    out("%-6s %12s %12s %16s", "k", "characters", "ms", "µs per 1k chars");
    for (int k = 1; k <= 32; k *= 2) {
      String text = String.join("\n\n", java.util.Collections.nCopies(k, median.text()));
      Article a = new Article("k" + k, null, null, null, "ar", null, text);
      long[] times = new long[5];
      for (int r = 0; r < times.length; r++) {
        long s = System.nanoTime();
        marsad.code(a);
        times[r] = System.nanoTime() - s;
      }
      Arrays.sort(times);
      double ms = times[2] / 1e6;
      out("%-6d %12d %12.1f %16.1f", k, text.length(), ms, ms * 1000 / (text.length() / 1000.0));
    }
  }

  private List<Document> read() {
    List<Document> docs = new ArrayList<>();
    new ArticleReader(ReadOptions.defaults()).read(corpus, corpus.toString(), ArticleSink.of(document -> {
      if (limit == null || docs.size() < limit) {
        docs.add(document);
      }
    }, problem -> parent.err.println("marsad: " + problem)));
    if (docs.isEmpty()) {
      throw new IllegalStateException(corpus + ": no articles");
    }
    return docs;
  }

  private static long luceneTokens(Analyzer analyzer, String text) {
    long n = 0;
    try (TokenStream stream = analyzer.tokenStream("body", text)) {
      stream.reset();
      while (stream.incrementToken()) {
        n++;
      }
      stream.end();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return n;
  }

  static long words(String text) {
    long n = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !in) {
        n++;
      }
      in = !space;
    }
    return n;
  }

  private static long usedHeap() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  /** A field of /proc/self/status in kB (VmRSS, VmHWM), or 0 where there is none. */
  private static long rss(String field) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith(field + ":")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      return 0;
    }
    return 0;
  }

  private void out(String format, Object... args) {
    parent.out.println(String.format(Locale.ROOT, format, args));
    parent.out.flush();
  }
}
