package org.marsad.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.store.Queries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code marsad search}: full-text search over stored articles. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = "Full-text search over stored articles, with Arabic normalisation and light stemming applied to"
        + " articles and query alike (احتجاج finds الاحتجاجات). Every word must occur; best first, with a snippet"
        + " whose matched words are shown between ⟦ and ⟧.",
    footer = {"", "Examples:", "  marsad search احتجاج", "  marsad search 'وزير الخارجية' --limit 5"})
final class SearchCommand implements Callable<Integer> {

  @ParentCommand
  MarsadCommand parent;

  @Mixin
  StoreOption store;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N articles (default: ${DEFAULT-VALUE}).")
  int limit;

  @Parameters(arity = "1..*", paramLabel = "WORDS", description = "What to search for.")
  List<String> words;

  @Override
  public Integer call() {
    List<Queries.Hit> hits = new Queries(store.open()).search(String.join(" ", words), Math.max(1, limit));
    for (Queries.Hit h : hits) {
      parent.out.printf("%s  %s  %s%n", h.published() == null ? "-" : h.published(), h.title() == null ? h.extId() : h.title(),
          h.url() == null ? "" : h.url());
      StringBuilder sb = new StringBuilder(h.snippet());
      for (int i = h.highlights().size() - 1; i >= 0; i--) {
        int[] s = h.highlights().get(i);
        sb.insert(s[1], '⟧').insert(s[0], '⟦');
      }
      parent.out.println("    " + sb.toString().replace('\n', ' '));
    }
    parent.err.println("marsad: " + hits.size() + (hits.size() == 1 ? " article" : " articles"));
    return hits.isEmpty() ? 1 : 0;
  }
}
