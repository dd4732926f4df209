package org.marsad.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes stored events for other tools, one record per event, each with its evidence sentence and
 * offsets: PLOVER JSON Lines (PLOVER's field names, with the CAMEO coding and Marsad's evidence
 * beside them; schema in {@code schema/plover-event.schema.json}), a CAMEO/GDELT-style TSV and
 * the same columns as CSV.
 */
public final class Export {

  /** Export formats. */
  public enum Format {
    PLOVER,
    TSV,
    CSV
  }

  /** The columns of the TSV and CSV exports, in order. GDELT's names where GDELT has the field. */
  public static final List<String> COLUMNS = List.of("GlobalEventID", "Day", "Actor1Name", "Actor1CountryCode",
      "Actor1Type1Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code", "IsSymmetric", "EventCode", "EventRootCode",
      "QuadClass", "GoldsteinScale", "PloverType", "PloverMode", "Contexts", "Negated", "Modality", "ActionGeo_FullName",
      "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long", "SourceURL", "ArticleID", "Published", "Trigger", "TriggerStart", "TriggerEnd",
      "SentenceStart", "SentenceEnd", "Evidence", "Confidence", "CoderVersion");

  private static final ObjectMapper JSON = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private final Format format;
  private final Writer out;
  private boolean started;

  public Export(Format format, Writer out) {
    this.format = format;
    this.out = out;
  }

  public void write(StoredEvent e) throws IOException {
    if (!started && format != Format.PLOVER) {
      row(COLUMNS);
    }
    started = true;
    if (format == Format.PLOVER) {
      out.write(JSON.writeValueAsString(plover(e)));
      out.write('\n');
    } else {
      row(values(e));
    }
  }

  /** Writes the header of an empty TSV or CSV export, so it is still a valid table. */
  public void finish() throws IOException {
    if (!started && format != Format.PLOVER) {
      row(COLUMNS);
    }
    started = true;
    out.flush();
  }

  /** The TSV/CSV values of an event, in {@link #COLUMNS} order; {@code ""} for an absent value. */
  public static List<String> values(StoredEvent e) {
    StoredEvent.Side s = e.source();
    StoredEvent.Side t = e.target();
    StoredEvent.Place p = e.location();
    return List.of(String.valueOf(e.id()), e.date() == null ? "" : e.date().replace("-", ""), s == null ? "" : str(s.name()),
        s == null ? "" : str(s.country()), s == null ? "" : str(s.sector()), t == null ? "" : str(t.name()),
        t == null ? "" : str(t.country()), t == null ? "" : str(t.sector()), e.symmetric() ? "1" : "0", str(e.cameo()),
        str(e.root()), String.valueOf(e.quadClass()), number(e.goldstein()), e.type(), str(e.mode()),
        String.join(";", e.contexts()), e.negated() ? "1" : "0", e.modality(), p == null ? "" : str(p.name()),
        p == null ? "" : str(p.country()), p == null || p.lat() == null ? "" : String.valueOf(p.lat()),
        p == null || p.lon() == null ? "" : String.valueOf(p.lon()), str(e.article().url()), e.article().extId(), str(e.article().published()),
        e.trigger(), String.valueOf(e.triggerStart()), String.valueOf(e.triggerEnd()), String.valueOf(e.sentenceStart()),
        String.valueOf(e.sentenceEnd()), e.evidence(), number(e.confidence()), e.coderVersion());
  }

  /** One PLOVER record. */
  public static ObjectNode plover(StoredEvent e) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", "marsad-" + e.id());
    o.put("date", e.date());
    o.put("event_type", e.type());
    o.put("mode", e.mode());
    ArrayNode contexts = o.putArray("context");
    e.contexts().forEach(contexts::add);
    side(o, "source", e.source());
    side(o, "target", e.target());
    o.put("symmetric", e.symmetric());
    o.put("negated", e.negated());
    o.put("modality", e.modality());
    if (e.location() != null) {
      ObjectNode where = o.putObject("location");
      where.put("name", e.location().name());
      where.put("country", e.location().country());
      span(where, e.location().start(), e.location().end());
      where.put("lat", e.location().lat());
      where.put("lon", e.location().lon());
    } else {
      o.putNull("location");
    }
    o.put("text", e.evidence());
    o.put("language", "ar");
    o.put("publisher", e.article().source());
    o.put("url", e.article().url());
    o.put("story_date", e.article().published());
    o.put("article_id", e.article().extId());
    o.put("headline", e.article().title());
    ObjectNode cameo = o.putObject("cameo");
    cameo.put("code", e.cameo());
    cameo.put("root", e.root());
    cameo.put("quad_class", e.quadClass());
    cameo.put("goldstein", e.goldstein());
    ObjectNode evidence = o.putObject("evidence");
    ObjectNode sentence = evidence.putObject("sentence");
    span(sentence, e.sentenceStart(), e.sentenceEnd());
    ObjectNode trigger = evidence.putObject("trigger");
    trigger.put("text", e.trigger());
    span(trigger, e.triggerStart(), e.triggerEnd());
    o.put("confidence", e.confidence());
    o.put("group", e.groupKey());
    o.put("coder", "marsad " + e.coderVersion());
    return o;
  }

  private static void side(ObjectNode o, String name, StoredEvent.Side side) {
    o.put(name, side == null ? null : side.name());
    o.put(name + "_actor", side == null ? null : side.country());
    o.put(name + "_agent", side == null ? null : side.sector());
    if (side != null && side.start() != null) {
      span(o.putObject(name + "_span"), side.start(), side.end());
    } else {
      o.putNull(name + "_span");
    }
  }

  private static void span(ObjectNode o, Integer start, Integer end) {
    if (start == null) {
      o.putNull("start");
      o.putNull("end");
    } else {
      o.put("start", start);
      o.put("end", end);
    }
  }

  private void row(List<String> values) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      sb.append(i == 0 ? "" : format == Format.TSV ? "\t" : ",");
      sb.append(format == Format.TSV ? escapeTsv(values.get(i)) : quoteCsv(values.get(i)));
    }
    out.write(sb.append(format == Format.CSV ? "\r\n" : "\n").toString());
  }

  /** Backslash escapes for tab, line breaks and backslash, as PostgreSQL's text format: a field never spans lines. */
  static String escapeTsv(String v) {
    StringBuilder sb = new StringBuilder(v.length());
    for (char c : v.toCharArray()) {
      switch (c) {
        case '\\' -> sb.append("\\\\");
        case '\t' -> sb.append("\\t");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** The fields of one TSV line, escapes undone: the inverse of the TSV export. */
  public static List<String> parseTsv(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\t') {
        fields.add(sb.toString());
        sb.setLength(0);
      } else if (c == '\\' && i + 1 < line.length()) {
        char n = line.charAt(++i);
        sb.append(switch (n) {
          case 't' -> '\t';
          case 'n' -> '\n';
          case 'r' -> '\r';
          default -> n;
        });
      } else {
        sb.append(c);
      }
    }
    fields.add(sb.toString());
    return fields;
  }

  /** RFC 4180: quoted when it holds a comma, quote or line break; quotes doubled. */
  static String quoteCsv(String v) {
    if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
      return v;
    }
    return '"' + v.replace("\"", "\"\"") + '"';
  }

  private static String str(String v) {
    return v == null ? "" : v;
  }

  private static String number(double v) {
    return String.format(Locale.ROOT, "%.3f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
  }
}
