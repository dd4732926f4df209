package org.marsad.cli;

import java.util.concurrent.Callable;
import org.marsad.Marsad;
import org.marsad.store.Recode;
import org.marsad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code marsad recode}: codes stored articles again after an upgrade. */
@Command(
    name = "recode",
    mixinStandardHelpOptions = true,
    description = "Code the stored articles again with this version of Marsad (those coded by another version,"
        + " or all with --all). Each article is replaced in one transaction.",
    footer = {"", "Example:", "  marsad recode --db marsad-data/marsad.db"})
final class RecodeCommand implements Callable<Integer> {

  @ParentCommand
  MarsadCommand parent;

  @Mixin
  StoreOption store;

  @Option(names = "--all", description = "Recode every article, not only those coded by another version.")
  boolean all;

  @Override
  public Integer call() {
    Store opened = store.open();
    int[] failed = {0};
    int n = new Recode(opened, Marsad.arabic()).run(all, problem -> {
      failed[0]++;
      parent.err.println("marsad: " + opened.shown() + ": " + problem);
    });
    parent.err.println("marsad: recoded " + n + (n == 1 ? " article" : " articles") + " with marsad " + Marsad.VERSION
        + (failed[0] > 0 ? "; " + failed[0] + " failed and left as they were" : ""));
    return failed[0] == 0 ? 0 : 1;
  }
}
