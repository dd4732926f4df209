package org.marsad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.Mention;
import org.marsad.model.Participant;

/**
 * Checks a coded article against a hand-made reference annotation in the format of the example
 * article's ({@code structure}, {@code entities}, {@code events.required}, {@code no_event_lines},
 * {@code no_event_spans}; lines are 1-based): each required event present with its type, mode,
 * actors' country and sector and location; no event on the forbidden lines or spans; each entity
 * found on one of its lines with its country and sector.
 */
public final class SeedCheck {

  /** One check and whether it held. */
  public record Result(String what, boolean passed) {}

  private SeedCheck() {}

  public static List<Result> check(Document doc, JsonNode gold) {
    List<Result> results = new ArrayList<>();
    String text = doc.text();
    for (JsonNode g : gold.path("events").path("required")) {
      int line = g.path("line").asInt();
      String type = g.path("type").asText();
      boolean found = false;
      for (Event e : doc.events()) {
        if (lineOf(text, e.trigger().start()) != line || !e.type().equals(type)) {
          continue;
        }
        boolean mode = !g.has("mode") || modeMatches(g.path("mode").asText(), e.mode());
        boolean actors = (matches(g.get("source"), e.source()) && matches(g.get("target"), e.target()))
            || (e.symmetric() && matches(g.get("source"), e.target()) && matches(g.get("target"), e.source()));
        boolean location = !g.has("location") || (e.location() != null && e.location().country() != null);
        found |= mode && actors && location;
      }
      results.add(new Result("event " + g.path("id").asText() + " " + type + " on line " + line, found));
    }
    for (JsonNode line : gold.path("events").path("no_event_lines")) {
      long n = doc.events().stream().filter(e -> lineOf(text, e.trigger().start()) == line.asInt()).count();
      results.add(new Result("no event on line " + line.asInt() + " (" + n + " found)", n == 0));
    }
    for (JsonNode span : gold.path("events").path("no_event_spans")) {
      int start = text.indexOf(span.asText());
      int end = start + span.asText().length();
      long n = start < 0 ? 0 : doc.events().stream().filter(e -> e.trigger().start() >= start && e.trigger().start() < end).count();
      results.add(new Result("no event in «" + span.asText() + "»", start >= 0 && n == 0));
    }
    for (JsonNode g : gold.path("entities")) {
      boolean found = false;
      for (Entity e : doc.entities()) {
        for (int i : e.mentions()) {
          Mention m = doc.mentions().get(i);
          boolean onLine = false;
          for (JsonNode l : g.path("lines")) {
            onLine |= lineOf(text, m.span().start()) == l.asInt();
          }
          String surface = m.span().of(text);
          boolean named = surface.contains(g.path("name").asText()) || g.path("name").asText().contains(surface);
          for (JsonNode alias : g.path("aliases")) {
            named |= surface.contains(alias.asText()) || alias.asText().contains(surface);
          }
          if (onLine && named && Objects.equals(text(g.get("country")), e.country())
              && (!g.has("sector") || Objects.equals(text(g.get("sector")), e.sector()))) {
            found = true;
          }
        }
      }
      results.add(new Result("entity " + g.path("key").asText() + " (" + g.path("name").asText() + ")", found));
    }
    return results;
  }

  /** PLOVER's CONSULT modes; a reference mode outside them ("talks") describes, and is not checked. */
  private static final java.util.Set<String> MODES = java.util.Set.of("visit", "phone", "multilateral", "third-party", "host");

  private static boolean modeMatches(String gold, String mode) {
    String first = gold.split(" ")[0];
    return !MODES.contains(first) || first.equals(mode);
  }

  private static boolean matches(JsonNode gold, Participant p) {
    if (gold == null || gold.isNull() || gold.isEmpty()) {
      return true;
    }
    if (p == null) {
      return false;
    }
    boolean country = !gold.has("country") || Objects.equals(text(gold.get("country")), p.country());
    boolean sector = !gold.has("sector") || Objects.equals(text(gold.get("sector")), p.sector());
    return country && sector;
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
