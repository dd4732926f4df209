package org.marsad.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Starts the command line; exit status 0 when all went well, 1 when an input failed, 2 for usage errors. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), false);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    int status = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /** Runs one command line with the given output and error streams; returns the exit status. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    MarsadCommand top = new MarsadCommand(out, err);
    CommandLine cli = new CommandLine(top);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof org.marsad.store.StoreException && !top.debug) {
        err.println("marsad: " + e.getMessage());
        return 1;
      }
      err.println("marsad: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
      if (top.debug) {
        e.printStackTrace(err);
      } else {
        err.println("marsad: (run with --debug for details)");
      }
      return 1;
    });
    cli.setParameterExceptionHandler((e, a) -> {
      err.println("marsad: " + e.getMessage());
      CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
      err.println("Try 'marsad " + (e.getCommandLine() == cli ? "" : e.getCommandLine().getCommandName() + " ")
          + "--help' for usage.");
      return CommandLine.ExitCode.USAGE;
    });
    int status = cli.execute(args);
    out.flush();
    return status;
  }
}
