package org.marsad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores coded articles against sentence-annotated gold articles, computing exactly what the
 * project's reference scorer {@code score_articles.py} computes, from the same JSON: events matched
 * per gold sentence on PLOVER type (an event placed by its trigger's start), with source and target
 * country and sector accuracy (symmetric types may match swapped), modality and negation accuracy;
 * entities matched per sentence when their whitespace-normalised texts overlap (one contains the
 * other), with country accuracy; and events predicted in commentary sentences.
 */
public final class ArticleEvaluation {

  private static final Set<String> SYMMETRIC = Set.of("CONSULT", "AGREE", "COOPERATE", "SUPPORT");

  private int tp;
  private int fp;
  private int fn;
  private int tpActual;
  private int fpActual;
  private int fnActual;
  private final Map<String, int[]> accuracy = new java.util.TreeMap<>();
  private int modalityOk;
  private int modalityN;
  private int negationOk;
  private int negationN;
  private int entityTp;
  private int entityFp;
  private int entityFn;
  private int countryOk;
  private int countryN;
  private int commentaryEvents;
  private int missing;

  /** Adds one gold article and the coder's output for it ({@code null} when the coder gave none). */
  public void add(JsonNode gold, JsonNode predicted) {
    JsonNode p = predicted == null ? com.fasterxml.jackson.databind.node.NullNode.instance : predicted;
    if (predicted == null) {
      missing++;
    }
    JsonNode sentences = gold.get("sentences");
    Map<Integer, List<JsonNode>> eventsBySentence = new HashMap<>();
    Map<Integer, List<String[]>> mentionsBySentence = new HashMap<>();
    for (JsonNode s : sentences) {
      eventsBySentence.put(s.get("i").asInt(), new ArrayList<>());
      mentionsBySentence.put(s.get("i").asInt(), new ArrayList<>());
    }
    for (JsonNode e : iter(p.get("events"))) {
      Integer i = sentenceOf(sentences, positionOf(e));
      if (i == null) {
        fp++;
      } else {
        eventsBySentence.get(i).add(e);
      }
    }
    for (JsonNode entity : iter(p.get("entities"))) {
      JsonNode mentions = entity.get("mentions");
      List<JsonNode> list = new ArrayList<>();
      if (mentions != null && mentions.isArray() && mentions.size() > 0) {
        mentions.forEach(list::add);
      } else {
        list.add(entity);
      }
      for (JsonNode m : list) {
        Integer i = sentenceOf(sentences, m.has("start") && m.get("start").isInt() ? m.get("start").asInt() : null);
        if (i != null) {
          String text = firstText(m.get("text"), entity.get("text"), entity.get("name"));
          mentionsBySentence.get(i).add(new String[] {normText(text), norm(entity.get("country"))});
        }
      }
    }
    for (JsonNode s : sentences) {
      int i = s.get("i").asInt();
      List<JsonNode> goldEvents = new ArrayList<>();
      iter(s.get("events")).forEach(goldEvents::add);
      List<JsonNode> predictedEvents = eventsBySentence.get(i);
      if ("commentary".equals(text(s.get("kind")))) {
        commentaryEvents += predictedEvents.size();
      }
      boolean[] used = new boolean[goldEvents.size()];
      for (JsonNode pe : predictedEvents) {
        String type = text(pe.get("type")) == null ? "" : text(pe.get("type")).toUpperCase(Locale.ROOT);
        int hit = -1;
        for (int j = 0; j < goldEvents.size(); j++) {
          if (!used[j] && type.equals(text(goldEvents.get(j).get("type")))) {
            hit = j;
            break;
          }
        }
        String modality = text(pe.get("modality")) == null ? "actual" : text(pe.get("modality"));
        if (hit < 0) {
          fp++;
          if (modality.equals("actual") && !pe.path("negated").asBoolean(false)) {
            fpActual++;
          }
          continue;
        }
        used[hit] = true;
        tp++;
        JsonNode ge = goldEvents.get(hit);
        if ("actual".equals(text(ge.get("modality"))) && !ge.path("negated").asBoolean(false)) {
          tpActual++;
        }
        Map<String, Boolean> best = pairScore(ge, pe, false);
        if (SYMMETRIC.contains(type)) {
          Map<String, Boolean> swapped = pairScore(ge, pe, true);
          if (trues(swapped) > trues(best)) {
            best = swapped;
          }
        }
        for (Map.Entry<String, Boolean> e : best.entrySet()) {
          if (e.getValue() != null) {
            int[] a = accuracy.computeIfAbsent(e.getKey(), k -> new int[2]);
            a[1]++;
            a[0] += e.getValue() ? 1 : 0;
          }
        }
        modalityN++;
        modalityOk += modality.equals(text(ge.get("modality"))) ? 1 : 0;
        negationN++;
        negationOk += pe.path("negated").asBoolean(false) == ge.path("negated").asBoolean(false) ? 1 : 0;
      }
      for (int j = 0; j < goldEvents.size(); j++) {
        if (!used[j]) {
          fn++;
          if ("actual".equals(text(goldEvents.get(j).get("modality"))) && !goldEvents.get(j).path("negated").asBoolean(false)) {
            fnActual++;
          }
        }
      }
      List<String[]> goldEntities = new ArrayList<>();
      for (JsonNode g : iter(s.get("entities"))) {
        goldEntities.add(new String[] {normText(text(g.get("text"))), norm(g.get("country"))});
      }
      boolean[] gused = new boolean[goldEntities.size()];
      for (String[] pm : mentionsBySentence.get(i)) {
        int hit = -1;
        for (int j = 0; j < goldEntities.size(); j++) {
          String gt = goldEntities.get(j)[0];
          if (!gused[j] && !pm[0].isEmpty() && (gt.contains(pm[0]) || pm[0].contains(gt))) {
            hit = j;
            break;
          }
        }
        if (hit < 0) {
          entityFp++;
          continue;
        }
        gused[hit] = true;
        entityTp++;
        if (goldEntities.get(hit)[1] != null) {
          countryN++;
          countryOk += goldEntities.get(hit)[1].equals(pm[1]) ? 1 : 0;
        }
      }
      for (boolean u : gused) {
        entityFn += u ? 0 : 1;
      }
    }
  }

  /** The figures, named as the reference scorer names them, in its order. */
  public Map<String, Object> figures() {
    Map<String, Object> out = new LinkedHashMap<>();
    Score events = new Score(tp, fp, fn);
    Score actual = new Score(tpActual, fpActual, fnActual);
    Score entities = new Score(entityTp, entityFp, entityFn);
    out.put("event_precision", round(events.precision()));
    out.put("event_recall", round(events.recall()));
    out.put("event_f1", round(events.f1()));
    out.put("actual_event_precision", round(actual.precision()));
    out.put("actual_event_recall", round(actual.recall()));
    out.put("actual_event_f1", round(actual.f1()));
    for (Map.Entry<String, int[]> e : accuracy.entrySet()) {
      out.put(e.getKey() + "_accuracy", e.getValue()[1] == 0 ? null : round((double) e.getValue()[0] / e.getValue()[1]));
    }
    out.put("modality_accuracy", modalityN == 0 ? null : round((double) modalityOk / modalityN));
    out.put("negation_accuracy", negationN == 0 ? null : round((double) negationOk / negationN));
    out.put("entity_precision", round(entities.precision()));
    out.put("entity_recall", round(entities.recall()));
    out.put("entity_f1", round(entities.f1()));
    out.put("entity_country_accuracy", countryN == 0 ? null : round((double) countryOk / countryN));
    out.put("events_in_commentary", commentaryEvents);
    out.put("tp", tp);
    out.put("fp", fp);
    out.put("fn", fn);
    out.put("missing_articles", missing);
    return out;
  }

  private static Map<String, Boolean> pairScore(JsonNode gold, JsonNode predicted, boolean swap) {
    JsonNode ps = swap ? predicted.get("target") : predicted.get("source");
    JsonNode pt = swap ? predicted.get("source") : predicted.get("target");
    Map<String, Boolean> result = new LinkedHashMap<>();
    JsonNode[][] pairs = {{gold.get("source"), ps}, {gold.get("target"), pt}};
    String[] names = {"source", "target"};
    for (int k = 0; k < 2; k++) {
      String gc = norm(field(pairs[k][0], "country"));
      String gs = norm(field(pairs[k][0], "sector"));
      String pc = norm(field(pairs[k][1], "country"));
      String psec = norm(field(pairs[k][1], "sector"));
      result.put(names[k] + ".country", gc == null ? null : gc.equals(pc));
      result.put(names[k] + ".sector", gs == null ? null : gs.equals(psec));
    }
    return result;
  }

  private static int trues(Map<String, Boolean> m) {
    int n = 0;
    for (Boolean b : m.values()) {
      n += Boolean.TRUE.equals(b) ? 1 : 0;
    }
    return n;
  }

  private static JsonNode field(JsonNode node, String name) {
    return node == null || !node.isObject() ? null : node.get(name);
  }

  private static Integer positionOf(JsonNode event) {
    for (String k : new String[] {"trigger", "evidence", "sentence"}) {
      JsonNode v = event.get(k);
      if (v != null && v.isObject() && v.has("start") && v.get("start").isInt()) {
        return v.get("start").asInt();
      }
    }
    return null;
  }

  private static Integer sentenceOf(JsonNode sentences, Integer position) {
    if (position == null) {
      return null;
    }
    for (JsonNode s : sentences) {
      int start = s.get("start").asInt();
      int end = s.get("end").asInt();
      if (start <= position && position < Math.max(end, start + 1)) {
        return s.get("i").asInt();
      }
    }
    return null;
  }

  private static Iterable<JsonNode> iter(JsonNode node) {
    List<JsonNode> out = new ArrayList<>();
    if (node != null && node.isArray()) {
      node.forEach(out::add);
    }
    return out;
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  private static String firstText(JsonNode... nodes) {
    for (JsonNode n : nodes) {
      if (n != null && !n.isNull() && !n.asText().isEmpty()) {
        return n.asText();
      }
    }
    return "";
  }

  /** None for absent or empty values, upper case otherwise, as the scorer's {@code norm}. */
  private static String norm(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    String v = node.asText();
    if (v.isEmpty() || v.equals("None") || v.equals("null")) {
      return null;
    }
    return v.toUpperCase(Locale.ROOT);
  }

  private static String normText(String t) {
    return String.join(" ", (t == null ? "" : t).strip().split("(?U)\\s+")).trim();
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
