package org.marsad.cli;

import io.javalin.Javalin;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.marsad.Marsad;
import org.marsad.store.Store;
import org.marsad.web.WebServer;
import org.marsad.web.WebSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code marsad serve}: the web application and HTTP API over a store. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serve the web application and the JSON API (under /api, described at /api/openapi.json) over the store."
        + " Binds 127.0.0.1 unless told otherwise; any other address needs an access token. The store is read-only"
        + " unless --allow-ingest.",
    footer = {"", "Examples:", "  marsad serve                       # http://127.0.0.1:7070/",
        "  marsad serve --db team.db --port 8080 --allow-ingest",
        "  MARSAD_TOKEN=$(openssl rand -hex 16) marsad serve --host 0.0.0.0"})
final class ServeCommand implements Callable<Integer> {

  @ParentCommand
  MarsadCommand parent;

  @Mixin
  StoreOption store;

  @Option(names = "--host", defaultValue = WebSettings.LOOPBACK, paramLabel = "ADDRESS",
      description = "Address to bind (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--port", defaultValue = "7070", paramLabel = "PORT", description = "Port (default: ${DEFAULT-VALUE}; 0 for any free port).")
  int port;

  @Option(names = "--allow-ingest", description = "Let users add articles to the store from the web page or POST /api/ingest.")
  boolean allowIngest;

  @Option(names = "--token", paramLabel = "TOKEN", description = "Access token clients must present (default: $MARSAD_TOKEN);"
      + " required when binding to a non-loopback address.")
  String token;

  @Option(names = "--max-upload", defaultValue = "4194304", paramLabel = "BYTES", description = "Largest request body (default: ${DEFAULT-VALUE}).")
  long maxUpload;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    String secret = token != null ? token : System.getenv("MARSAD_TOKEN");
    WebSettings settings;
    try {
      settings = new WebSettings(host, port, allowIngest, secret == null || secret.isBlank() ? null : secret, maxUpload);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    Store opened = store.open();
    Javalin app = WebServer.create(opened, Marsad.arabic(), settings).start();
    parent.err.println("marsad: serving " + opened.shown() + " at http://" + (host.contains(":") ? "[" + host + "]" : host) + ":"
        + app.port() + "/" + (allowIngest ? " (ingest allowed)" : " (read-only)") + "; Ctrl-C stops");
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.stop();
      stopped.countDown();
    }));
    stopped.await();
    return 0;
  }
}
