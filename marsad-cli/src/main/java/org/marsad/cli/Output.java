package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import org.marsad.json.DocumentJson;
import org.marsad.model.Document;

/** Where coded documents go: a readable report, pretty JSON or JSON Lines. */
final class Output {

  /** The {@code --to} choices. */
  enum Kind { TEXT, JSON, JSONL }

  private final Kind kind;
  private final PrintWriter out;
  private final DocumentJson json;
  private final TextReport report = new TextReport();

  Output(Kind kind, boolean tokens, PrintWriter out) {
    this.kind = kind;
    this.out = out;
    this.json = new DocumentJson(new DocumentJson.Options(kind == Kind.JSON, tokens));
  }

  void write(Document document) throws IOException {
    if (kind == Kind.TEXT) {
      report.write(document, out);
    } else {
      json.write(document, out);
    }
    if (out.checkError()) {
      throw new IOException("output stream closed");
    }
  }
}
