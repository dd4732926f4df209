package org.marsad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.Marsad;
import org.marsad.read.ArticleReader;
import org.marsad.read.Format;
import org.marsad.read.ReadOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code marsad demo}: codes the example articles bundled with Marsad. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Code the example article(s) bundled with Marsad and print the report.",
    footer = {"", "Examples:", "  marsad demo", "  marsad demo --to json"})
final class DemoCommand implements Callable<Integer> {

  /** The bundled examples, as packaged from the repository's examples/ folder. */
  static final List<String> EXAMPLES = List.of("examples/seed-article-ar.txt");

  @ParentCommand
  MarsadCommand parent;

  @Option(names = "--to", defaultValue = "text", paramLabel = "FORMAT",
      description = "Output: text, json or jsonl. Default: ${DEFAULT-VALUE}.")
  Output.Kind to;

  @Override
  public Integer call() throws IOException {
    ArticleReader reader = new ArticleReader(ReadOptions.defaults().withFormat(Format.TEXT));
    Extraction extraction = new Extraction(Marsad.arabic(), new Output(to, false, parent.out), parent.err, parent.debug);
    for (String example : EXAMPLES) {
      extraction.startInput(example);
      try (InputStream in = DemoCommand.class.getResourceAsStream("/" + example)) {
        if (in == null) {
          throw new IllegalStateException("bundled example missing from the jar: " + example);
        }
        String name = example.substring(example.lastIndexOf('/') + 1);
        reader.read(in, example, name.substring(0, name.lastIndexOf('.')), extraction);
      }
    }
    parent.out.flush();
    extraction.summarise(EXAMPLES.size());
    return extraction.problems() == 0 ? 0 : 1;
  }
}
