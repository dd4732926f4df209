package org.marsad.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marsad.store.EventQuery;
import org.marsad.store.Export;
import org.marsad.store.Queries;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code marsad export}: events for other tools. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Export stored events with their evidence: PLOVER JSON Lines, a CAMEO/GDELT-style TSV or CSV."
        + " Takes the same filters as 'marsad events' (default: every actual, not negated event).",
    footer = {"", "Examples:",
        "  marsad export --format plover > events.jsonl",
        "  marsad export --format tsv --type PROTEST --from 2024-01-01 --out protests.tsv"})
final class ExportCommand implements Callable<Integer> {

  @ParentCommand
  MarsadCommand parent;

  @Mixin
  StoreOption store;

  @Mixin
  EventFilterOptions filters;

  @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "plover, tsv or csv.")
  Export.Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (replaced only when the export is complete) instead of standard output.")
  Path out;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    EventQuery query = filters.query(spec.commandLine(), Integer.MAX_VALUE);
    Queries queries = new Queries(store.open());
    Path temp = out == null ? null : Files.createTempFile(out.toAbsolutePath().getParent(), ".marsad-export", ".tmp");
    long[] n = {0};
    try (Writer writer = temp == null ? null : new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temp), StandardCharsets.UTF_8))) {
      Export export = new Export(format, writer == null ? parent.out : writer);
      queries.events(query, e -> {
        try {
          export.write(e);
          n[0]++;
        } catch (IOException x) {
          throw new UncheckedIOException(x);
        }
      });
      export.finish();
    } catch (UncheckedIOException | IOException e) {
      if (temp != null) {
        Files.deleteIfExists(temp);
      }
      throw new IllegalStateException("cannot write the export: " + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()), e);
    }
    if (temp != null) {
      Files.move(temp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
    parent.err.println("marsad: exported " + n[0] + (n[0] == 1 ? " event" : " events") + (out == null ? "" : " to " + out));
    return 0;
  }
}
