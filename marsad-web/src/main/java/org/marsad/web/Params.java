package org.marsad.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.marsad.store.EventQuery;

/** Typed query parameters: every value is checked, and a bad one is a 400 naming the parameter. */
final class Params {

  static final Set<String> MODALITIES = Set.of("actual", "intended", "hypothetical", "question", "claimed", "historical");
  static final Set<String> TYPES = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
      "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");

  private Params() {}

  /** The event filters of a request: type, quad, actor, country, source_country, target_country, sector, from, to, modality, negated, text, limit, offset. */
  static EventQuery events(Context ctx, int defaultLimit, int maxLimit) {
    List<String> types = new ArrayList<>();
    for (String t : list(ctx, "type")) {
      String upper = t.toUpperCase(Locale.ROOT);
      if (!TYPES.contains(upper)) {
        throw ApiProblem.badRequest("type: unknown PLOVER event type '" + t + "'");
      }
      types.add(upper);
    }
    List<Integer> quads = new ArrayList<>();
    for (String q : list(ctx, "quad")) {
      if (!q.matches("[1-4]")) {
        throw ApiProblem.badRequest("quad: must be 1, 2, 3 or 4, not '" + q + "'");
      }
      quads.add(Integer.parseInt(q));
    }
    String actor = text(ctx, "actor");
    String country = code(ctx, "country");
    if (country != null) {
      actor = country;
    }
    Set<String> modalities = new LinkedHashSet<>();
    List<String> given = list(ctx, "modality");
    for (String m : given.isEmpty() ? List.of("actual") : given) {
      String lower = m.toLowerCase(Locale.ROOT);
      if (lower.equals("all")) {
        modalities.clear();
        break;
      }
      if (!MODALITIES.contains(lower)) {
        throw ApiProblem.badRequest("modality: unknown '" + m + "'");
      }
      modalities.add(lower);
    }
    String negated = text(ctx, "negated");
    Boolean neg = negated == null || negated.equals("no") ? Boolean.FALSE : negated.equals("yes") ? Boolean.TRUE
        : negated.equals("any") ? null : fail("negated: must be no, yes or any");
    int limit = integer(ctx, "limit", defaultLimit);
    if (limit < 1 || limit > maxLimit) {
      throw ApiProblem.badRequest("limit: must be between 1 and " + maxLimit);
    }
    int offset = integer(ctx, "offset", 0);
    if (offset < 0) {
      throw ApiProblem.badRequest("offset: must not be negative");
    }
    String sector = text(ctx, "sector");
    if (sector != null && !sector.matches("[A-Za-z]{3}")) {
      throw ApiProblem.badRequest("sector: a three-letter agent code such as GOV, not '" + sector + "'");
    }
    try {
      return new EventQuery(types, quads, actor, code(ctx, "source_country"), code(ctx, "target_country"), sector,
          date(ctx, "from"), date(ctx, "to"), modalities, neg, text(ctx, "text"), limit, offset);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest(e.getMessage());
    }
  }

  /** Throws a 400 problem; typed so it can stand where a value is expected. */
  static <T> T fail(String detail) {
    throw ApiProblem.badRequest(detail);
  }

  static String text(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  static List<String> list(Context ctx, String name) {
    List<String> out = new ArrayList<>();
    for (String v : ctx.queryParams(name)) {
      for (String part : v.split(",")) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
    }
    return out;
  }

  static String code(Context ctx, String name) {
    String v = text(ctx, name);
    if (v != null && !v.matches("[A-Za-z]{3}")) {
      throw ApiProblem.badRequest(name + ": an ISO 3166 alpha-3 country code such as EGY (or IGO, IMG, INT), not '" + v + "'");
    }
    return v == null ? null : v.toUpperCase(Locale.ROOT);
  }

  static int integer(Context ctx, String name, int fallback) {
    String v = text(ctx, name);
    if (v == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw ApiProblem.badRequest(name + ": not a whole number: '" + v + "'");
    }
  }

  static long id(Context ctx) {
    try {
      return Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw ApiProblem.notFound("no such id: '" + ctx.pathParam("id") + "'");
    }
  }

  private static LocalDate date(Context ctx, String name) {
    String v = text(ctx, name);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiProblem.badRequest(name + ": not a date (YYYY-MM-DD): '" + v + "'");
    }
  }
}
