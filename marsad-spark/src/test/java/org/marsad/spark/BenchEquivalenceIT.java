package org.marsad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.read.Format;

/**
 * The check on real news: the first articles of the benchmark corpus (not in the
 * repository) coded by the job on local[2] and by the command line's path give the same events
 * and entities. Runs when {@code -Dmarsad.bench=PATH} or {@code MARSAD_BENCH=PATH} names the
 * corpus; {@code -Dmarsad.bench.articles=N} (default 300) says how many.
 */
class BenchEquivalenceIT {

  @TempDir
  Path dir;

  @Test
  void codesTheFirstArticlesOfTheBenchCorpusAsTheCommandLineDoes() throws Exception {
    String corpus = System.getProperty("marsad.bench", System.getenv("MARSAD_BENCH"));
    if (corpus == null || corpus.isBlank() || !Files.isRegularFile(Path.of(corpus))) {
      System.err.println("BenchEquivalenceIT: skipped: set -Dmarsad.bench=PATH (or MARSAD_BENCH) to bench-ar.jsonl");
      Assumptions.abort("no benchmark corpus: set -Dmarsad.bench=PATH (or MARSAD_BENCH) to ../shared/corpora/bench-ar.jsonl");
    }
    int n = Integer.getInteger("marsad.bench.articles", 300);
    Path sample = dir.resolve("bench-sample.jsonl");
    try (Stream<String> lines = Files.lines(Path.of(corpus))) {
      Files.write(sample, lines.limit(n).toList());
    }
    String out = dir.resolve("out").toString();
    Counters counters = new CodeJob(List.of(sample.toString()), out, Format.AUTO, 0, null, false)
        .run(LocalSpark.session(), Coder.marsad());

    Map<String, CommandLineCoding.Coded> expected = CommandLineCoding.commandLine(sample);
    Map<String, CommandLineCoding.Coded> actual = CommandLineCoding.sparkJob(LocalSpark.session(), out);
    long events = expected.values().stream().mapToLong(c -> c.events().size()).sum();
    long differing = expected.keySet().stream().filter(id -> !expected.get(id).equals(actual.get(id))).count();
    System.err.printf("BenchEquivalenceIT: %d articles, %d events by the command line's path, %d by the job; %d articles differ%n",
        expected.size(), events, counters.events.value(), differing);
    assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
    for (String id : expected.keySet()) {
      assertThat(actual.get(id)).as("article %s", id).isEqualTo(expected.get(id));
    }
    assertThat(counters.events.value()).isEqualTo(events);
  }
}
