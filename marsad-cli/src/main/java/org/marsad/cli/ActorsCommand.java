package org.marsad.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.marsad.store.Queries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code marsad actors}: canonical actors in the store. */
@Command(
    name = "actors",
    mixinStandardHelpOptions = true,
    description = "List canonical actors, most mentioned first, with country, sector, how they are written,"
        + " mention and article counts, and first and last seen.",
    footer = {"", "Examples:", "  marsad actors --country EGY", "  marsad actors --type PERSON --limit 20"})
final class ActorsCommand implements Callable<Integer> {

  @ParentCommand
  MarsadCommand parent;

  @Mixin
  StoreOption store;

  @Option(names = "--country", paramLabel = "ISO3", description = "Only actors of this country.")
  String country;

  @Option(names = "--type", paramLabel = "TYPE", description = "PERSON, ORG, GPE or LOC.")
  String type;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N actors (default: ${DEFAULT-VALUE}).")
  int limit;

  @Override
  public Integer call() {
    for (Queries.StoredActor a : new Queries(store.open()).actors(country, type, Math.max(1, limit))) {
      parent.out.printf("%-40s %-6s %-4s %-4s %6d mentions %5d articles  %s .. %s%n", a.name()
          + (a.latin() == null ? "" : " (" + a.latin() + ")"), a.type(), a.country() == null ? "-" : a.country(),
          a.sector() == null ? "-" : a.sector(), a.mentions(), a.articles(), a.firstSeen() == null ? "?" : a.firstSeen(),
          a.lastSeen() == null ? "?" : a.lastSeen());
      parent.out.println("    " + a.surfaces().entrySet().stream().limit(8)
          .map((Map.Entry<String, Long> s) -> s.getKey() + " ×" + s.getValue()).collect(Collectors.joining(", ")));
    }
    return 0;
  }
}
