package org.marsad.cli;

import java.io.PrintWriter;
import org.marsad.Marsad;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top command; its subcommands do the work. */
@Command(
    name = "marsad",
    mixinStandardHelpOptions = true,
    versionProvider = MarsadCommand.Version.class,
    description = "Codes Arabic news into political event data: who did what to whom, where and when,"
        + " with the exact words behind each event.",
    footer = {"", "Examples:", "  marsad demo", "  marsad extract --to json article.txt",
        "  marsad extract --from jsonl --to jsonl corpus.jsonl > coded.jsonl",
        "  marsad ingest corpus.jsonl pages/ && marsad events --type ASSAULT --country SYR"},
    subcommands = {ExtractCommand.class, DemoCommand.class, IngestCommand.class, RecodeCommand.class, EventsCommand.class,
        ActorsCommand.class, SearchCommand.class, ExportCommand.class, ServeCommand.class, BenchCommand.class, EvalCommand.class, TrainCommand.class, TrainEventsCommand.class,
        CommandLine.HelpCommand.class})
final class MarsadCommand implements Runnable {

  final PrintWriter out;
  final PrintWriter err;

  @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
      description = "Print stack traces for unexpected errors.")
  boolean debug;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  MarsadCommand(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (extract, demo, ingest, events, actors, search, export, help)");
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"marsad " + Marsad.VERSION,
          "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
  }
}
