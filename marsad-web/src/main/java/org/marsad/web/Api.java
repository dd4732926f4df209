package org.marsad.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.marsad.Marsad;
import org.marsad.json.DocumentJson;
import org.marsad.model.Article;
import org.marsad.model.Document;
import org.marsad.read.ArticleReader;
import org.marsad.read.ArticleSink;
import org.marsad.read.Problem;
import org.marsad.read.ReadOptions;
import org.marsad.store.EventQuery;
import org.marsad.store.Export;
import org.marsad.store.Queries;
import org.marsad.store.Store;
import org.marsad.store.StoreWriter;
import org.marsad.store.StoredEvent;

/** The API's handlers, one method per route (the routes are in {@link WebServer}). */
final class Api {

  static final ObjectMapper JSON = new ObjectMapper();

  private final Store store;
  private final Queries queries;
  private final Marsad marsad;
  private final WebSettings settings;
  private final ArticleReader reader;

  Api(Store store, Marsad marsad, WebSettings settings) {
    this.store = store;
    this.queries = new Queries(store);
    this.marsad = marsad;
    this.settings = settings;
    this.reader = new ArticleReader(ReadOptions.defaults());
  }

  void health(Context ctx) {
    Queries.Totals t = queries.totals();
    ObjectNode o = JSON.createObjectNode();
    o.put("status", "ok");
    o.put("version", Marsad.VERSION);
    o.put("store", store.embedded() ? "sqlite" : "postgresql");
    o.put("ingest", settings.allowIngest());
    o.put("articles", t.articles());
    o.put("events", t.events());
    o.put("actors", t.actors());
    o.put("first_day", t.firstDay());
    o.put("last_day", t.lastDay());
    json(ctx, o);
  }

  void events(Context ctx) {
    EventQuery q = Params.events(ctx, 50, 1000);
    ObjectNode o = JSON.createObjectNode();
    o.put("total", queries.count(q));
    o.put("limit", q.limit());
    o.put("offset", q.offset());
    ArrayNode items = o.putArray("items");
    queries.events(q).forEach(e -> items.add(event(e)));
    json(ctx, o);
  }

  void groups(Context ctx) {
    EventQuery q = Params.events(ctx, 50, 1000);
    ArrayNode items = JSON.createArrayNode();
    for (Queries.Group g : queries.groups(q)) {
      ObjectNode e = event(g.first());
      e.put("reports", g.reports());
      e.put("articles", g.articles());
      e.put("sources", g.sources());
      items.add(e);
    }
    ObjectNode o = JSON.createObjectNode();
    o.put("limit", q.limit());
    o.put("offset", q.offset());
    o.set("items", items);
    json(ctx, o);
  }

  void event(Context ctx) {
    StoredEvent e = queries.event(Params.id(ctx));
    if (e == null) {
      throw ApiProblem.notFound("no event " + ctx.pathParam("id"));
    }
    ObjectNode o = event(e);
    ArrayNode reports = o.putArray("reports");
    queries.reports(e.groupKey()).forEach(r -> reports.add(event(r)));
    json(ctx, o);
  }

  void actors(Context ctx) {
    int limit = Params.integer(ctx, "limit", 100);
    if (limit < 1 || limit > 1000) {
      throw ApiProblem.badRequest("limit: must be between 1 and 1000");
    }
    String type = Params.text(ctx, "type");
    if (type != null && !List.of("PERSON", "ORG", "GPE", "LOC").contains(type.toUpperCase(java.util.Locale.ROOT))) {
      throw ApiProblem.badRequest("type: PERSON, ORG, GPE or LOC, not '" + type + "'");
    }
    ArrayNode items = JSON.createArrayNode();
    queries.actors(Params.code(ctx, "country"), type, limit).forEach(a -> items.add(actor(a)));
    ObjectNode o = JSON.createObjectNode();
    o.set("items", items);
    json(ctx, o);
  }

  void actor(Context ctx) {
    long id = Params.id(ctx);
    Queries.StoredActor a = queries.actor(id);
    if (a == null) {
      throw ApiProblem.notFound("no actor " + id);
    }
    ObjectNode o = actor(a);
    ArrayNode events = o.putArray("events");
    queries.eventsOf(id, 200).forEach(e -> events.add(event(e)));
    json(ctx, o);
  }

  void search(Context ctx) {
    String q = Params.text(ctx, "q");
    if (q == null) {
      throw ApiProblem.badRequest("q: what to search for is missing");
    }
    int limit = Params.integer(ctx, "limit", 20);
    if (limit < 1 || limit > 200) {
      throw ApiProblem.badRequest("limit: must be between 1 and 200");
    }
    ArrayNode items = JSON.createArrayNode();
    for (Queries.Hit h : queries.search(q, limit)) {
      ObjectNode o = items.addObject();
      o.put("id", h.id());
      o.put("article_id", h.extId());
      o.put("title", h.title());
      o.put("url", h.url());
      o.put("published", h.published());
      o.put("source", h.source());
      o.put("score", h.score());
      o.put("snippet", h.snippet());
      ArrayNode marks = o.putArray("highlights");
      h.highlights().forEach(m -> marks.addArray().add(m[0]).add(m[1]));
    }
    ObjectNode o = JSON.createObjectNode();
    o.set("items", items);
    json(ctx, o);
  }

  void timeline(Context ctx) {
    ArrayNode days = JSON.createArrayNode();
    String day = null;
    ObjectNode current = null;
    for (Queries.DayCount d : queries.timeline(Params.events(ctx, 1, Integer.MAX_VALUE))) {
      if (!d.day().equals(day)) {
        day = d.day();
        current = days.addObject();
        current.put("day", day);
        for (int q = 1; q <= 4; q++) {
          current.put("q" + q, 0);
        }
      }
      current.put("q" + d.quadClass(), d.events());
    }
    ObjectNode o = JSON.createObjectNode();
    o.set("days", days);
    json(ctx, o);
  }

  void network(Context ctx) {
    int max = Params.integer(ctx, "edges", 300);
    ObjectNode o = JSON.createObjectNode();
    ArrayNode nodes = o.putArray("nodes");
    ArrayNode edges = o.putArray("edges");
    Map<Long, ObjectNode> seen = new java.util.LinkedHashMap<>();
    for (Queries.Edge e : queries.network(Params.events(ctx, 1, Integer.MAX_VALUE), Math.min(Math.max(max, 1), 2000))) {
      node(seen, nodes, e.source(), e.sourceName(), e.sourceCountry(), e.events());
      node(seen, nodes, e.target(), e.targetName(), e.targetCountry(), e.events());
      ObjectNode edge = edges.addObject();
      edge.put("source", e.source());
      edge.put("target", e.target());
      edge.put("quad_class", e.quadClass());
      edge.put("events", e.events());
    }
    json(ctx, o);
  }

  private static void node(Map<Long, ObjectNode> seen, ArrayNode nodes, long id, String name, String country, long events) {
    ObjectNode n = seen.get(id);
    if (n == null) {
      n = nodes.addObject();
      n.put("id", id);
      n.put("name", name);
      n.put("country", country);
      n.put("events", 0L);
      seen.put(id, n);
    }
    n.put("events", n.get("events").asLong() + events);
  }

  void map(Context ctx) {
    EventQuery q = Params.events(ctx, 1, Integer.MAX_VALUE);
    ObjectNode o = JSON.createObjectNode();
    ObjectNode countries = o.putObject("countries");
    queries.countries(q).forEach(countries::put);
    ArrayNode markers = o.putArray("markers");
    for (Queries.Marker m : queries.markers(q)) {
      ObjectNode n = markers.addObject();
      n.put("name", m.name());
      n.put("country", m.country());
      n.put("lat", m.lat());
      n.put("lon", m.lon());
      n.put("events", m.events());
    }
    json(ctx, o);
  }

  void export(Context ctx) {
    String format = Params.text(ctx, "format");
    Export.Format f = "csv".equals(format) ? Export.Format.CSV : "tsv".equals(format) ? Export.Format.TSV
        : "plover".equals(format) || format == null ? Export.Format.PLOVER
        : Params.<Export.Format>fail("format: csv, tsv or plover, not '" + format + "'");
    EventQuery q = Params.events(ctx, 10_000, 100_000);
    StringWriter out = new StringWriter();
    Export export = new Export(f, out);
    try {
      for (StoredEvent e : queries.events(q)) {
        export.write(e);
      }
      export.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String ext = f == Export.Format.PLOVER ? "jsonl" : f.name().toLowerCase(java.util.Locale.ROOT);
    ctx.header("Content-Disposition", "attachment; filename=\"marsad-events." + ext + "\"");
    ctx.contentType(f == Export.Format.PLOVER ? "application/x-ndjson; charset=utf-8"
        : f == Export.Format.CSV ? "text/csv; charset=utf-8" : "text/tab-separated-values; charset=utf-8");
    ctx.result(out.toString());
  }

  /** Codes the posted article(s) without storing them. */
  void code(Context ctx) {
    Read read = read(ctx);
    List<Document> coded = new ArrayList<>();
    read.documents.forEach(d -> coded.add(marsad.code(d)));
    ObjectNode o = JSON.createObjectNode();
    o.set("articles", articles(coded));
    o.set("problems", problems(read.problems));
    json(ctx, o);
  }

  /**
   * Codes the posted article(s) and stores them (only when the server allows ingest); answers
   * with the counts and, like {@link #code}, the coded articles, so a client need not code them again.
   */
  void ingest(Context ctx) {
    if (!settings.allowIngest()) {
      throw new ApiProblem(403, "Forbidden", "the store is read-only: start the server with --allow-ingest");
    }
    Read read = read(ctx);
    List<Document> coded = new ArrayList<>();
    read.documents.forEach(d -> coded.add(marsad.code(d)));
    try (StoreWriter writer = store.writer()) {
      int added = writer.write(coded);
      ObjectNode o = JSON.createObjectNode();
      o.put("read", coded.size());
      o.put("added", added);
      o.put("events", writer.events());
      o.set("problems", problems(read.problems));
      o.set("articles", articles(coded));
      json(ctx.status(added > 0 ? 201 : 200), o);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("cannot store the article: " + e.getMessage(), e);
    }
  }

  /** Coded documents in the {@code marsad.article/1} JSON of the command line. */
  private static ArrayNode articles(List<Document> coded) {
    DocumentJson json = new DocumentJson(new DocumentJson.Options(false, false));
    ArrayNode out = JSON.createArrayNode();
    for (Document d : coded) {
      StringWriter w = new StringWriter();
      try {
        json.write(d, w);
        out.add(JSON.readTree(w.toString()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  private record Read(List<Document> documents, List<Problem> problems) {}

  /**
   * The article(s) of a request: a multipart upload (field {@code file}; its name is only a label,
   * never a path), or a JSON body {@code {text, title?, date?, url?, source?}}.
   */
  private Read read(Context ctx) {
    List<Document> documents = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    ArticleSink sink = ArticleSink.of(documents::add, problems::add);
    String type = ctx.contentType() == null ? "" : ctx.contentType();
    if (ctx.contentLength() > settings.maxUploadBytes()) {
      discardBody(ctx);
      throw new ApiProblem(413, "Payload too large", "the request is larger than " + settings.maxUploadBytes() + " bytes");
    }
    if (type.startsWith("multipart/form-data")) {
      UploadedFile file;
      try {
        file = ctx.uploadedFile("file");
      } catch (Exception e) {
        throw tooLarge(e) ? new ApiProblem(413, "Payload too large", "the upload is larger than " + settings.maxUploadBytes()
            + " bytes") : ApiProblem.badRequest("file: cannot read the upload");
      }
      if (file == null) {
        throw ApiProblem.badRequest("file: no file uploaded in the field 'file'");
      }
      if (file.size() > settings.maxUploadBytes()) {
        throw new ApiProblem(413, "Payload too large", "the file is larger than " + settings.maxUploadBytes() + " bytes");
      }
      String label = label(file.filename());
      try (InputStream in = file.content()) {
        reader.read(in, label, label, sink);
      } catch (IOException e) {
        throw ApiProblem.badRequest("file: cannot read the upload: " + e.getMessage());
      }
    } else {
      ObjectNode body;
      try {
        body = (ObjectNode) JSON.readTree(ctx.bodyAsBytes());
      } catch (IOException | ClassCastException e) {
        throw ApiProblem.badRequest("the body must be a JSON object {\"text\": ...} or a multipart upload");
      }
      String text = body == null || !body.path("text").isTextual() ? null : body.get("text").asText();
      if (text == null || text.isBlank()) {
        throw ApiProblem.badRequest("text: the article's text is missing");
      }
      LocalDate date = null;
      if (body.path("date").isTextual() && !body.get("date").asText().isBlank()) {
        try {
          date = LocalDate.parse(body.get("date").asText());
        } catch (DateTimeParseException e) {
          throw ApiProblem.badRequest("date: not a date (YYYY-MM-DD)");
        }
      }
      String title = body.path("title").isTextual() ? body.get("title").asText() : null;
      String url = body.path("url").isTextual() && !body.get("url").asText().isBlank() ? body.get("url").asText() : null;
      String source = body.path("source").isTextual() ? body.get("source").asText() : "web";
      String id = "pasted-" + Integer.toHexString(text.hashCode());
      if (title != null && !title.isBlank()) {
        text = title.strip() + "\n\n" + text;
      }
      reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), id, id, sinkWith(sink, date, url, source,
          title));
    }
    if (documents.isEmpty()) {
      throw new ApiProblem(422, "Unprocessable article", problems.isEmpty() ? "no article found in the input"
          : problems.get(0).message());
    }
    return new Read(documents, problems);
  }

  /** Whether a failed multipart read failed because the request was over the size limits. */
  private static boolean tooLarge(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String m = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
      if (m.contains("size") || m.contains("exceed") || m.contains("too large") || m.contains("limit")) {
        return true;
      }
    }
    return false;
  }

  /** Passes documents on with the date, address and outlet the client gave. */
  private static ArticleSink sinkWith(ArticleSink sink, LocalDate date, String url, String source, String title) {
    return new ArticleSink() {
      @Override
      public void article(Document d) {
        Article a = d.article();
        sink.article(Document.of(new Article(a.id(), source, url != null ? url : a.url(), date != null ? date : a.date(),
            a.language(), title != null && !title.isBlank() ? title.strip() : a.title(), a.text())));
      }

      @Override
      public void problem(Problem problem) {
        sink.problem(problem);
      }

      @Override
      public void warning(Problem warning) {
        sink.warning(warning);
      }
    };
  }

  /**
   * Reads and drops a refused body that is not much over the limit, so that the client reads the
   * refusal: a connection closed with unread bytes is reset, and the client then sees no response.
   */
  private void discardBody(Context ctx) {
    long left = ctx.contentLength();
    if (left > settings.maxUploadBytes() + 64 * 1024) {
      return;
    }
    try {
      InputStream in = ctx.req().getInputStream();
      byte[] buffer = new byte[8192];
      while (left > 0) {
        int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
        if (n < 0) {
          break;
        }
        left -= n;
      }
    } catch (IOException e) {
      // the client went away: nothing left to answer
    }
  }

  /** An upload's name as a label only: no folders, no control characters, at most 100 characters. */
  static String label(String filename) {
    String name = filename == null ? "upload" : filename.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      name = "upload";
    }
    return name.length() > 100 ? name.substring(0, 100) : name;
  }

  private static ArrayNode problems(List<Problem> problems) {
    ArrayNode a = JSON.createArrayNode();
    problems.forEach(p -> a.add(p.toString()));
    return a;
  }

  static ObjectNode event(StoredEvent e) {
    ObjectNode o = Export.plover(e);
    o.put("event_id", e.id());
    o.put("source_actor_id", e.source() == null ? null : e.source().actorId());
    o.put("target_actor_id", e.target() == null ? null : e.target().actorId());
    ObjectNode article = o.putObject("article");
    article.put("id", e.article().id());
    article.put("article_id", e.article().extId());
    article.put("title", e.article().title());
    article.put("url", e.article().url());
    article.put("published", e.article().published());
    article.put("source", e.article().source());
    return o;
  }

  static ObjectNode actor(Queries.StoredActor a) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", a.id());
    o.put("key", a.key());
    o.put("type", a.type());
    o.put("name", a.name());
    o.put("latin", a.latin());
    o.put("country", a.country());
    o.put("sector", a.sector());
    o.put("wikidata", a.wikidata());
    o.put("mentions", a.mentions());
    o.put("articles", a.articles());
    o.put("first_seen", a.firstSeen());
    o.put("last_seen", a.lastSeen());
    ArrayNode surfaces = o.putArray("surfaces");
    a.surfaces().forEach((text, n) -> surfaces.addObject().put("text", text).put("count", n));
    return o;
  }

  static void json(Context ctx, Object value) {
    try {
      ctx.contentType("application/json; charset=utf-8").result(JSON.writeValueAsString(value));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void problem(Context ctx, int status, String title, String detail) {
    ObjectNode o = JSON.createObjectNode();
    o.put("type", "about:blank");
    o.put("title", title);
    o.put("status", status);
    o.put("detail", detail);
    o.put("instance", ctx.path());
    ctx.status(status).contentType("application/problem+json; charset=utf-8").result(o.toString());
  }
}
