package org.marsad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores event detection and actor coding on the Arabic PLOVER gold standard sentences, computing
 * exactly what the reference scorer {@code score_gsr.py} computes: for the gold file's event type,
 * a sentence is predicted positive when the coder emits an event of that type; {@code yes} rows
 * are positives, {@code easy no} and {@code difficult no} negatives, {@code ambiguous} skipped;
 * hard-negative accuracy on {@code difficult no}; and source/target country and sector accuracy
 * on positives with spans, against the best-agreeing reading.
 */
public final class GsrEvaluation {

  private static final String[] FIELDS = {"source.country", "source.sector", "target.country", "target.sector"};

  private String type;
  private int tp;
  private int fp;
  private int fn;
  private int tn;
  private int hardOk;
  private int hardN;
  private int missing;
  private final int[][] actors = new int[4][2];

  public void add(JsonNode gold, JsonNode predicted) {
    if (type == null) {
      type = gold.path("event_type").asText();
    }
    String label = gold.path("label").asText();
    if (label.equals("ambiguous")) {
      return;
    }
    if (predicted == null) {
      missing++;
    }
    List<JsonNode> events = new ArrayList<>();
    if (predicted != null) {
      for (JsonNode e : predicted.path("events")) {
        if (e.path("type").asText("").toUpperCase(Locale.ROOT).equals(type)) {
          events.add(e);
        }
      }
    }
    boolean positive = label.equals("yes");
    if (positive && !events.isEmpty()) {
      tp++;
    } else if (positive) {
      fn++;
    } else if (!events.isEmpty()) {
      fp++;
    } else {
      tn++;
    }
    if (label.equals("difficult no")) {
      hardN++;
      hardOk += events.isEmpty() ? 1 : 0;
    }
    JsonNode spans = gold.get("spans");
    if (positive && spans != null && spans.isArray() && spans.size() > 0) {
      int bestScore = -1;
      String[] bestGold = null;
      String[] bestPredicted = null;
      for (JsonNode sp : spans) {
        JsonNode sr = sp.path("source_role").isObject() ? sp.get("source_role") : null;
        JsonNode tr = sp.path("target_role").isObject() ? sp.get("target_role") : null;
        String[] g = {norm(sr, "main"), norm(sr, "role"), norm(tr, "main"), norm(tr, "role")};
        List<JsonNode> candidates = events.isEmpty() ? java.util.Collections.singletonList(null) : events;
        for (JsonNode e : candidates) {
          JsonNode s = e == null ? null : e.get("source");
          JsonNode t = e == null ? null : e.get("target");
          String[] p = {norm(s, "country"), norm(s, "sector"), norm(t, "country"), norm(t, "sector")};
          int score = 0;
          for (int k = 0; k < 4; k++) {
            score += g[k] != null && g[k].equals(p[k]) ? 1 : 0;
          }
          if (score > bestScore) {
            bestScore = score;
            bestGold = g;
            bestPredicted = p;
          }
        }
      }
      for (int k = 0; k < 4; k++) {
        if (bestGold[k] != null) {
          actors[k][1]++;
          actors[k][0] += bestGold[k].equals(bestPredicted[k]) ? 1 : 0;
        }
      }
    }
  }

  public Map<String, Object> figures() {
    Score s = new Score(tp, fp, fn);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("type", type);
    out.put("precision", round(s.precision()));
    out.put("recall", round(s.recall()));
    out.put("f1", round(s.f1()));
    out.put("tp", tp);
    out.put("fp", fp);
    out.put("fn", fn);
    out.put("tn", tn);
    out.put("hard_negative_accuracy", hardN == 0 ? null : round((double) hardOk / hardN));
    out.put("missing_ids", missing);
    for (int k = 0; k < 4; k++) {
      out.put(FIELDS[k] + "_accuracy", actors[k][1] == 0 ? null : round((double) actors[k][0] / actors[k][1]));
      out.put(FIELDS[k] + "_n", actors[k][1]);
    }
    return out;
  }

  private static String norm(JsonNode node, String field) {
    if (node == null || !node.has(field) || node.get(field).isNull()) {
      return null;
    }
    String v = node.get(field).asText();
    return v.isEmpty() || v.equals("None") || v.equals("null") ? null : v.toUpperCase(Locale.ROOT);
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
