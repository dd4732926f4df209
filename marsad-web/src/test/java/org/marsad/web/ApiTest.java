package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API on a real server over a store holding the test corpus. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTest {

  @TempDir
  static Path dir;

  static final ObjectMapper JSON = new ObjectMapper();
  final HttpClient http = HttpClient.newHttpClient();
  TestServer server;

  @BeforeAll
  void start() {
    server = new TestServer(dir, WebSettings.local(0), true);
  }

  @AfterAll
  void stop() {
    server.close();
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(server.url(path))).build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> postJson(TestServer to, String path, String body) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(to.url(path))).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> upload(TestServer to, String path, String filename, byte[] content) throws IOException, InterruptedException {
    String boundary = "marsadboundary42";
    byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
        + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + content.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(content, 0, body, head.length, content.length);
    System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
    return http.send(HttpRequest.newBuilder(URI.create(to.url(path)))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void healthCountsTheStore() throws Exception {
    JsonNode h = JSON.readTree(get("/api/health").body());
    assertThat(h.get("articles").asInt()).isEqualTo(10);
    assertThat(h.get("ingest").asBoolean()).isFalse();
  }

  @Test
  void listsEventsWithEvidenceAndPaging() throws Exception {
    JsonNode page = JSON.readTree(get("/api/events?limit=2&modality=all&negated=any").body());
    assertThat(page.get("total").asInt()).isGreaterThan(2);
    assertThat(page.get("items")).hasSize(2);
    JsonNode e = page.get("items").get(0);
    assertThat(e.get("text").asText()).isNotBlank();
    assertThat(e.get("evidence").get("trigger").get("text").asText()).isNotBlank();
    assertThat(e.has("event_id")).isTrue();
  }

  @Test
  void filtersByTypeAndCountry() throws Exception {
    JsonNode page = JSON.readTree(get("/api/events?type=ASSAULT").body());
    assertThat(page.get("items")).isNotEmpty().allSatisfy(e -> assertThat(e.get("event_type").asText()).isEqualTo("ASSAULT"));
    JsonNode egypt = JSON.readTree(get("/api/events?country=egy&modality=all&negated=any").body());
    assertThat(egypt.get("items")).isNotEmpty();
  }

  @Test
  void badParametersAreProblemDocuments() throws Exception {
    for (String path : new String[] {"/api/events?quad=7", "/api/events?from=yesterday", "/api/events?limit=0",
        "/api/events?type=PARTY", "/api/events?country=Egypt", "/api/search", "/api/export?format=xls"}) {
      HttpResponse<String> r = get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(400);
      assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
      JsonNode p = JSON.readTree(r.body());
      assertThat(p.get("status").asInt()).isEqualTo(400);
      assertThat(p.get("detail").asText()).isNotBlank();
    }
  }

  @Test
  void unknownResourcesAre404Problems() throws Exception {
    assertThat(get("/api/events/999999").statusCode()).isEqualTo(404);
    assertThat(get("/api/events/abc").statusCode()).isEqualTo(404);
    HttpResponse<String> r = get("/api/nothing");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(r.body()).get("title").asText()).isEqualTo("Not found");
  }

  @Test
  void anEventPageListsTheOtherReportsOfTheSameEvent() throws Exception {
    JsonNode groups = JSON.readTree(get("/api/groups?type=PROTEST").body());
    JsonNode shared = null;
    for (JsonNode g : groups.get("items")) {
      if (g.get("articles").asInt() == 2) {
        shared = g;
      }
    }
    assertThat(shared).isNotNull();
    JsonNode event = JSON.readTree(get("/api/events/" + shared.get("event_id").asLong()).body());
    assertThat(event.get("reports")).hasSize(shared.get("reports").asInt());
  }

  @Test
  void actorsAndActorPages() throws Exception {
    JsonNode actors = JSON.readTree(get("/api/actors?country=EGY").body()).get("items");
    assertThat(actors).isNotEmpty();
    JsonNode actor = JSON.readTree(get("/api/actors/" + actors.get(0).get("id").asLong()).body());
    assertThat(actor.get("surfaces")).isNotEmpty();
    assertThat(get("/api/actors?type=ALIEN").statusCode()).isEqualTo(400);
  }

  @Test
  void searchFindsInflectedWordsWithHighlights() throws Exception {
    JsonNode hits = JSON.readTree(get("/api/search?q=" + q("احتجاج")).body()).get("items");
    assertThat(hits).isNotEmpty();
    JsonNode first = hits.get(0);
    int a = first.get("highlights").get(0).get(0).asInt();
    int b = first.get("highlights").get(0).get(1).asInt();
    assertThat(first.get("snippet").asText().substring(a, b)).contains("احتجاج");
  }

  @Test
  void timelineNetworkAndMapSummariseTheSelection() throws Exception {
    JsonNode days = JSON.readTree(get("/api/timeline?modality=all&negated=any").body()).get("days");
    assertThat(days).isNotEmpty();
    assertThat(days.get(0).has("q4")).isTrue();
    JsonNode net = JSON.readTree(get("/api/network?modality=all&negated=any").body());
    assertThat(net.get("nodes")).isNotEmpty();
    assertThat(net.get("edges")).isNotEmpty();
    JsonNode map = JSON.readTree(get("/api/map?modality=all&negated=any").body());
    assertThat(map.get("countries").has("EGY")).isTrue();
    assertThat(map.get("markers")).isNotEmpty();
  }

  @Test
  void exportsTheSelectionAsCsvAndPlover() throws Exception {
    HttpResponse<String> csv = get("/api/export?format=csv&type=ASSAULT");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("marsad-events.csv");
    assertThat(csv.body()).startsWith("GlobalEventID,Day,");
    HttpResponse<String> plover = get("/api/export?format=plover");
    assertThat(JSON.readTree(plover.body().lines().findFirst().orElseThrow()).has("event_type")).isTrue();
  }

  @Test
  void codesAPastedArticleWithoutStoringIt() throws Exception {
    HttpResponse<String> r = postJson(server, "/api/code", "{\"text\": \"شنت طائرات حربية إسرائيلية غارات جوية على مدينة رفح"
        + " جنوب قطاع غزة يوم الأربعاء.\\nوأسفر القصف عن مقتل عشرة أشخاص بحسب مصادر طبية.\", \"date\": \"2024-05-01\"}");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode doc = JSON.readTree(r.body()).get("articles").get(0);
    assertThat(doc.get("schema").asText()).isEqualTo("marsad.article/1");
    assertThat(doc.get("events").get(0).get("type").asText()).isEqualTo("ASSAULT");
    assertThat(JSON.readTree(get("/api/health").body()).get("articles").asInt()).isEqualTo(10);
  }

  @Test
  void anUploadsNameIsOnlyALabel() throws Exception {
    HttpResponse<String> r = upload(server, "/api/code", "../../etc/passwd", "خرج آلاف المتظاهرين في شوارع الرباط.".getBytes(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(r.body()).get("articles").get(0).get("id").asText()).isEqualTo("passwd");
    assertThat(Api.label("C:\\Users\\x\\..\\secret.txt")).isEqualTo("secret.txt");
    assertThat(Api.label("..")).isEqualTo("upload");
  }

  @Test
  void refusesOversizedAndEmptyInput() throws Exception {
    // A server with a small limit, so that the whole request fits in the loopback socket's buffers and the
    // client reads the refusal instead of a reset connection.
    try (TestServer small = new TestServer(dir, new WebSettings("127.0.0.1", 0, false, null, 16 * 1024), false)) {
      HttpResponse<String> big = upload(small, "/api/code", "big.txt", new byte[40 * 1024]);
      assertThat(big.statusCode()).isEqualTo(413);
      assertThat(JSON.readTree(big.body()).get("title").asText()).isEqualTo("Payload too large");
      HttpResponse<String> bigJson = postJson(small, "/api/code", "{\"text\": \"" + "ن".repeat(20_000) + "\"}");
      assertThat(bigJson.statusCode()).isEqualTo(413);
    }
    assertThat(postJson(server, "/api/code", "{\"text\": \"   \"}").statusCode()).isEqualTo(400);
    assertThat(postJson(server, "/api/code", "not json").statusCode()).isEqualTo(400);
    assertThat(postJson(server, "/api/code", "[1, 2]").statusCode()).isEqualTo(400);
  }

  @Test
  void aReadOnlyStoreRefusesIngest() throws Exception {
    HttpResponse<String> r = postJson(server, "/api/ingest", "{\"text\": \"خرج المتظاهرون في تونس.\"}");
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(get("/api/health").body()).get("articles").asInt()).isEqualTo(10);
  }

  @Test
  void ingestStoresOnceWhenAllowed() throws Exception {
    try (TestServer writable = new TestServer(dir, new WebSettings("127.0.0.1", 0, true, null, WebSettings.DEFAULT_MAX_UPLOAD), false)) {
      String body = "{\"text\": \"هاجم مسلحون مركزا للشرطة في العريش.\", \"url\": \"https://news.example/x\"}";
      assertThat(postJson(writable, "/api/ingest", body).statusCode()).isEqualTo(201);
      HttpResponse<String> again = postJson(writable, "/api/ingest", body);
      assertThat(again.statusCode()).isEqualTo(200);
      assertThat(JSON.readTree(again.body()).get("added").asInt()).isZero();
    }
  }

  @Test
  void everyResponseForbidsInlineScripts() throws Exception {
    for (String path : new String[] {"/", "/api/health", "/api/nothing", "/js/app.js"}) {
      String csp = get(path).headers().firstValue("Content-Security-Policy").orElse("");
      String scripts = csp.substring(csp.indexOf("script-src"), csp.indexOf(';', csp.indexOf("script-src")));
      assertThat(scripts).as(path).isEqualTo("script-src 'self'");
      assertThat(csp).contains("object-src 'none'");
    }
  }

  @Test
  void servesTheFrontEndLibrariesAndTheCountryShapes() throws Exception {
    assertThat(get("/webjars/leaflet/1.9.4/dist/leaflet.js").statusCode()).isEqualTo(200);
    assertThat(get("/webjars/uplot/1.6.30/dist/uPlot.iife.min.js").statusCode()).isEqualTo(200);
    assertThat(get("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js").statusCode()).isEqualTo(200);
    JsonNode shapes = JSON.readTree(get("/countries.geojson").body());
    assertThat(shapes.get("features").size()).isGreaterThan(150);
  }

  @Test
  void theOpenApiDocumentDescribesEveryRoute() throws Exception {
    JsonNode doc = JSON.readTree(get("/api/openapi.json").body());
    assertThat(doc.get("openapi").asText()).startsWith("3.");
    for (String path : new String[] {"/api/events", "/api/events/{id}", "/api/actors", "/api/search", "/api/timeline",
        "/api/network", "/api/map", "/api/export", "/api/code", "/api/ingest", "/api/groups", "/api/health", "/api/actors/{id}"}) {
      assertThat(doc.get("paths").has(path)).as(path).isTrue();
    }
  }

  @Test
  void aTokenIsRequiredOffLoopbackAndCheckedWhenSet() throws Exception {
    assertThatThrownBy(() -> new WebSettings("0.0.0.0", 0, false, null, WebSettings.DEFAULT_MAX_UPLOAD))
        .hasMessageContaining("requires an access token");
    String token = "0123456789abcdef0123";
    try (TestServer guarded = new TestServer(dir, new WebSettings("127.0.0.1", 0, false, token, WebSettings.DEFAULT_MAX_UPLOAD), false)) {
      HttpResponse<String> without = http.send(HttpRequest.newBuilder(URI.create(guarded.url("/api/health"))).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(without.statusCode()).isEqualTo(401);
      HttpResponse<String> wrong = http.send(HttpRequest.newBuilder(URI.create(guarded.url("/api/health")))
          .header("Authorization", "Bearer nope-nope-nope-nope").build(), HttpResponse.BodyHandlers.ofString());
      assertThat(wrong.statusCode()).isEqualTo(401);
      HttpResponse<String> with = http.send(HttpRequest.newBuilder(URI.create(guarded.url("/api/health")))
          .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(with.statusCode()).isEqualTo(200);
      HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(guarded.url("/?token=" + token))).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.headers().firstValue("Set-Cookie").orElse("")).contains("HttpOnly");
    }
  }
}
