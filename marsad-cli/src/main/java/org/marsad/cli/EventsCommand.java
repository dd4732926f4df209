package org.marsad.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.store.EventQuery;
import org.marsad.store.Export;
import org.marsad.store.Queries;
import org.marsad.store.StoredEvent;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code marsad events}: stored events by filter. */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = "List stored events, oldest first (by default: actual, not negated, the first 100).",
    footer = {"", "Examples:",
        "  marsad events --type ASSAULT --country SYR --from 2024-01-01",
        "  marsad events --actor 'لافروف' --modality all --format jsonl",
        "  marsad events --quad 4 --grouped     # reports of the same event counted once"})
final class EventsCommand implements Callable<Integer> {

  /** Output formats. */
  enum Kind { TABLE, CSV, JSONL }

  @ParentCommand
  MarsadCommand parent;

  @Mixin
  StoreOption store;

  @Mixin
  EventFilterOptions filters;

  @Option(names = "--country", paramLabel = "ISO3", description = "Either side's country (same as --actor ISO3).")
  String country;

  @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", description = "table (default), csv or jsonl.")
  Kind format;

  @Option(names = "--grouped", description = "One line per event reported by several articles, with the counts of"
      + " reports, articles and sources.")
  boolean grouped;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (country != null) {
      filters.actor = country;
    }
    EventQuery query = filters.query(spec.commandLine(), EventQuery.DEFAULT_LIMIT);
    Queries queries = new Queries(store.open());
    Export export = format == Kind.TABLE ? null
        : new Export(format == Kind.CSV ? Export.Format.CSV : Export.Format.PLOVER, parent.out);
    try {
      if (grouped) {
        List<Queries.Group> groups = queries.groups(query);
        for (Queries.Group g : groups) {
          if (format == Kind.TABLE) {
            parent.out.println(line(g.first()) + String.format(Locale.ROOT, "  [%d reports, %d articles, %d sources]",
                g.reports(), g.articles(), g.sources()));
          } else {
            export.write(g.first());
          }
        }
        if (export != null) {
          export.finish();
        }
        return 0;
      }
      long[] n = {0};
      queries.events(query, e -> {
        n[0]++;
        try {
          if (export != null) {
            export.write(e);
          } else {
            parent.out.println(line(e));
            parent.out.println("    " + e.evidence().replace('\n', ' '));
          }
        } catch (IOException x) {
          throw new UncheckedIOException(x);
        }
      });
      if (export != null) {
        export.finish();
      }
      if (format == Kind.TABLE) {
        long total = queries.count(query);
        parent.err.println("marsad: " + n[0] + " of " + total + (total == 1 ? " event" : " events"));
      }
      return 0;
    } catch (UncheckedIOException e) {
      throw new IllegalStateException("cannot write output: " + e.getCause().getMessage(), e);
    }
  }

  static String line(StoredEvent e) {
    return String.format(Locale.ROOT, "%-10s %-9s %-4s %s → %s%s%s%s  «%s»", e.date() == null ? "-" : e.date(), e.type(),
        e.cameo() == null ? "" : e.cameo(), side(e.source()), side(e.target()),
        e.location() == null ? "" : " @ " + e.location().name(), e.negated() ? " [negated]" : "",
        e.modality().equals("actual") ? "" : " [" + e.modality() + "]", e.trigger());
  }

  private static String side(StoredEvent.Side s) {
    if (s == null) {
      return "-";
    }
    String code = (s.country() == null ? "" : s.country()) + (s.sector() == null ? "" : (s.country() == null ? "" : " ") + s.sector());
    return s.name() + (code.isEmpty() ? "" : " (" + code + ")");
  }
}
