package org.marsad.web;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpResponseException;
import io.javalin.http.SameSite;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.marsad.Marsad;
import org.marsad.store.Store;

/**
 * The web server: the JSON API under {@code /api}, the web application's static files, and the
 * front-end libraries from WebJars; every route is declared here. Every response carries a
 * Content-Security-Policy without inline scripts; with a token, every request must present it
 * (an {@code Authorization: Bearer} header, or once {@code ?token=} which leaves a cookie).
 */
public final class WebServer {

  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
      + " connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  private static final String TOKEN_COOKIE = "marsad_token";

  private WebServer() {}

  /** A server over the store, not yet started. */
  public static Javalin create(Store store, Marsad marsad, WebSettings settings) {
    Api api = new Api(store, marsad, settings);
    byte[] openapi = resource("/web/openapi.json");
    return Javalin.create(config -> {
      config.jetty.host = settings.host();
      config.jetty.port = settings.port();
      config.http.maxRequestSize = settings.maxUploadBytes() + 64 * 1024;
      config.jetty.multipartConfig.maxFileSize(settings.maxUploadBytes(), SizeUnit.BYTES);
      config.jetty.multipartConfig.maxTotalRequestSize(settings.maxUploadBytes() + 64 * 1024, SizeUnit.BYTES);
      config.jetty.multipartConfig.maxInMemoryFileSize((int) Math.min(Integer.MAX_VALUE, settings.maxUploadBytes()), SizeUnit.BYTES);
      config.startup.showJavalinBanner = false;
      config.http.prefer405over404 = true;
      config.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = "/web";
        files.location = Location.CLASSPATH;
      });
      config.staticFiles.enableWebjars();

      config.routes.before(ctx -> {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        if (settings.token() != null) {
          checkToken(ctx, settings.token());
        }
      });

      config.routes.get("/api/health", api::health);
      config.routes.get("/api/events", api::events);
      config.routes.get("/api/events/{id}", api::event);
      config.routes.get("/api/groups", api::groups);
      config.routes.get("/api/actors", api::actors);
      config.routes.get("/api/actors/{id}", api::actor);
      config.routes.get("/api/search", api::search);
      config.routes.get("/api/timeline", api::timeline);
      config.routes.get("/api/network", api::network);
      config.routes.get("/api/map", api::map);
      config.routes.get("/api/export", api::export);
      config.routes.post("/api/code", api::code);
      config.routes.post("/api/ingest", api::ingest);
      config.routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json; charset=utf-8").result(openapi));

      config.routes.exception(ApiProblem.class, (e, ctx) -> Api.problem(ctx, e.status, e.title, e.getMessage()));
      config.routes.exception(HttpResponseException.class, (e, ctx) -> Api.problem(ctx, e.getStatus(),
          e.getStatus() == 413 ? "Payload too large" : "Request refused", e.getMessage()));
      config.routes.exception(Exception.class, (e, ctx) -> Api.problem(ctx, 500, "Internal error",
          "the server could not answer this request"));
      config.routes.error(404, ctx -> {
        if (ctx.path().startsWith("/api/")) {
          Api.problem(ctx, 404, "Not found", "no such resource: " + ctx.path());
        }
      });
      config.routes.error(405, ctx -> Api.problem(ctx, 405, "Method not allowed", ctx.method() + " " + ctx.path()));
      config.routes.error(413, ctx -> Api.problem(ctx, 413, "Payload too large",
          "the request is larger than " + settings.maxUploadBytes() + " bytes"));
    });
  }

  private static void checkToken(Context ctx, String token) {
    String given = null;
    String auth = ctx.header("Authorization");
    if (auth != null && auth.startsWith("Bearer ")) {
      given = auth.substring(7).strip();
    } else if (ctx.queryParam("token") != null) {
      given = ctx.queryParam("token");
      if (same(given, token)) {
        Cookie cookie = new Cookie(TOKEN_COOKIE, token);
        cookie.setHttpOnly(true);
        cookie.setSameSite(SameSite.STRICT);
        cookie.setPath("/");
        ctx.cookie(cookie);
      }
    } else {
      given = ctx.cookie(TOKEN_COOKIE);
    }
    if (!same(given, token)) {
      throw new ApiProblem(401, "Unauthorized", "an access token is required (Authorization: Bearer TOKEN)");
    }
  }

  private static boolean same(String given, String token) {
    return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] resource(String path) {
    try (InputStream in = WebServer.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing from the class path: " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
