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
    write(render(document));
  }

  /** The document as it will be written; thread-safe, so coding threads can render what they coded. */
  String render(Document document) throws IOException {
    java.io.StringWriter buffer = new java.io.StringWriter();
    if (kind == Kind.TEXT) {
      PrintWriter writer = new PrintWriter(buffer);
      report.write(document, writer);
      writer.flush();
    } else {
      json.write(document, buffer);
    }
    return buffer.toString();
  }

  /** Writes what {@link #render} made. */
  void write(String rendered) throws IOException {
    out.write(rendered);
    if (out.checkError()) {
      throw new IOException("output stream closed");
    }
  }
}
