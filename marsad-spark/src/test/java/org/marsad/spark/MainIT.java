package org.marsad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainIT {

  @TempDir
  Path dir;

  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    LocalSpark.session(); // the job uses the tests' session rather than starting its own
    return Main.run(args, new PrintWriter(err, true));
  }

  @Test
  void refusesAMissingInputInOneLineWithStatusTwo() {
    assertThat(run("--output", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("marsad spark: Missing required option: '--input=PATH' (see --help)\n");
  }

  @Test
  void refusesAPathThatDoesNotExistInOneLine() {
    assertThat(run("--input", dir.resolve("nowhere.jsonl").toString(), "--output", dir.resolve("out").toString()))
        .isEqualTo(2);
    assertThat(err.toString()).isEqualTo("marsad spark: " + dir.resolve("nowhere.jsonl") + ": no such file or folder\n");
  }

  @Test
  void refusesToReplaceAnEarlierRunWithoutOverwrite() throws Exception {
    Files.createDirectories(dir.resolve("out/events"));
    assertThat(run("--input", "src/test/resources/corpus.jsonl", "--output", dir.resolve("out").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("already holds job output (events/); give --overwrite").doesNotContain("\tat ");
  }

  @Test
  void runsTheJobAndSummarisesItInOneLine() {
    assertThat(run("--input", "src/test/resources/corpus.jsonl", "--output", dir.resolve("out").toString())).isZero();
    assertThat(err.toString()).startsWith("marsad spark: 12 articles coded, ").contains("1 unreadable")
        .contains("Parquet in " + dir.resolve("out"));
    assertThat(dir.resolve("out/events")).isDirectory();
  }
}
