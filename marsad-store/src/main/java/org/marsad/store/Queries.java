package org.marsad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.marsad.analysis.ArabicNormalizer;

/**
 * Reads a store: events by filter (one by one, or grouped into reports of the same event),
 * canonical actors with their surface forms, and full-text search. The same SQL runs on SQLite and
 * PostgreSQL, with an ordering that does not depend on either, so both give the same answers.
 */
public final class Queries {

  private final Store store;

  public Queries(Store store) {
    this.store = store;
  }

  private static final String EVENT_COLUMNS = "e.id, e.ordinal, e.event_type, e.mode, e.cameo, e.cameo_root, e.quad_class,"
      + " e.goldstein, e.contexts, e.source_actor_id, sa.actor_key, e.source_name, e.source_country, e.source_sector,"
      + " e.source_start, e.source_end, e.target_actor_id, ta.actor_key, e.target_name, e.target_country, e.target_sector,"
      + " e.target_start, e.target_end, e.is_symmetric, e.location_name, e.location_country, e.location_start, e.location_end,"
      + " e.event_date, e.negated, e.modality, e.trigger_text, e.trigger_start, e.trigger_end, e.evidence, e.sentence_start,"
      + " e.sentence_end, e.spans, e.confidence, e.coder_version, e.group_key, e.location_lat, e.location_lon,"
      + " a.id, a.ext_id, a.source, a.url, a.published, a.title";

  private static final String EVENT_FROM = " FROM event e JOIN article a ON a.id = e.article_id"
      + " LEFT JOIN actor sa ON sa.id = e.source_actor_id LEFT JOIN actor ta ON ta.id = e.target_actor_id";

  /** Stable across databases: day (undated last), then article and position in it. */
  private static final String EVENT_ORDER = " ORDER BY CASE WHEN e.event_date IS NULL THEN 1 ELSE 0 END, e.event_date,"
      + " e.article_id, e.ordinal";

  /** The events the query selects, in order. */
  public List<StoredEvent> events(EventQuery query) {
    List<StoredEvent> events = new ArrayList<>();
    events(query, events::add);
    return events;
  }

  /** Streams the events the query selects, in order, without holding them all. */
  public void events(EventQuery query, Consumer<StoredEvent> consumer) {
    try (Connection c = store.connect()) {
      Where where = where(c, query);
      if (where == null) {
        return;
      }
      String sql = "SELECT " + EVENT_COLUMNS + EVENT_FROM + where.sql + EVENT_ORDER + " LIMIT ? OFFSET ?";
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        int p = where.bind(ps);
        ps.setInt(p++, query.limit());
        ps.setInt(p, query.offset());
        ps.setFetchSize(500);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            consumer.accept(event(rs));
          }
        }
      }
    } catch (SQLException e) {
      throw new StoreException(store.shown() + ": cannot read events: " + e.getMessage(), e);
    }
  }

  /** How many events the query selects, ignoring its limit. */
  public long count(EventQuery query) {
    try (Connection c = store.connect()) {
      Where where = where(c, query);
      if (where == null) {
        return 0;
      }
      try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*)" + EVENT_FROM + where.sql)) {
        where.bind(ps);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          return rs.getLong(1);
        }
      }
    } catch (SQLException e) {
      throw new StoreException(store.shown() + ": cannot count events: " + e.getMessage(), e);
    }
  }

  /**
   * Reports of the same event (same type, sides, place and day) as one: the first report, with the
   * number of reports, of articles and of distinct sources behind it — GDELT's NumMentions,
   * NumArticles and NumSources, with every report kept and reachable by its group key.
   */
  public record Group(StoredEvent first, int reports, int articles, int sources) {}

  public List<Group> groups(EventQuery query) {
    try (Connection c = store.connect()) {
      Where where = where(c, query);
      if (where == null) {
        return List.of();
      }
      String sql = "SELECT e.group_key, COUNT(*), COUNT(DISTINCT e.article_id),"
          + " COUNT(DISTINCT COALESCE(a.source, a.url, a.ext_id)), MIN(e.id)" + EVENT_FROM + where.sql
          + " GROUP BY e.group_key ORDER BY MIN(COALESCE(e.event_date, '9999')), MIN(e.id) LIMIT ? OFFSET ?";
      List<long[]> rows = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        int p = where.bind(ps);
        ps.setInt(p++, query.limit());
        ps.setInt(p, query.offset());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            rows.add(new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)});
          }
        }
      }
      List<Group> groups = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT " + EVENT_COLUMNS + EVENT_FROM + " WHERE e.id = ?")) {
        for (long[] row : rows) {
          ps.setLong(1, row[3]);
          try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            groups.add(new Group(event(rs), (int) row[0], (int) row[1], (int) row[2]));
          }
        }
      }
      return groups;
    } catch (SQLException e) {
      throw new StoreException(store.shown() + ": cannot read events: " + e.getMessage(), e);
    }
  }

  /** Every report of one group, in order. */
  public List<StoredEvent> reports(String groupKey) {
    return eventsWhere(" WHERE e.group_key = ?" + EVENT_ORDER, List.of(groupKey));
  }

  /** One event by its id, or {@code null}. */
  public StoredEvent event(long id) {
    return eventsWhere(" WHERE e.id = ?", List.of(id)).stream().findFirst().orElse(null);
  }

  /** The events one actor took part in (either side), in order. */
  public List<StoredEvent> eventsOf(long actorId, int limit) {
    return eventsWhere(" WHERE e.source_actor_id = ? OR e.target_actor_id = ?" + EVENT_ORDER + " LIMIT ?",
        List.of(actorId, actorId, limit));
  }

  /** Events selected by SQL conditions (and order) with their parameters. */
  private List<StoredEvent> eventsWhere(String conditions, List<Object> params) {
    List<StoredEvent> events = new ArrayList<>();
    try (Connection c = store.connect(); PreparedStatement ps = c.prepareStatement("SELECT " + EVENT_COLUMNS + EVENT_FROM + conditions)) {
      new Where("", params).bind(ps);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          events.add(event(rs));
        }
      }
    } catch (SQLException e) {
      throw new StoreException(store.shown() + ": cannot read events: " + e.getMessage(), e);
    }
    return events;
  }

  /** One actor with its surface forms, or {@code null}. */
  public StoredActor actor(long id) {
    return actors("ac.id = ?", List.of(id), 1).stream().findFirst().orElse(null);
  }

  /** Events per day and quad class. */
  public record DayCount(String day, int quadClass, long events) {}

  /** How many events the query selects on each day, by quad class (undated events left out), by day. */
  public List<DayCount> timeline(EventQuery query) {
    List<DayCount> days = new ArrayList<>();
    aggregate(query, "SELECT e.event_date, e.quad_class, COUNT(*)", " AND e.event_date IS NOT NULL"
        + " GROUP BY e.event_date, e.quad_class ORDER BY e.event_date, e.quad_class",
        rs -> days.add(new DayCount(rs.getString(1), rs.getInt(2), rs.getLong(3))));
    return days;
  }

  /** Events between two actors of one quad class. */
  public record Edge(long source, String sourceName, String sourceCountry, long target, String targetName,
      String targetCountry, int quadClass, long events) {}

  /** The actor network of the events the query selects: the {@code max} busiest source–target pairs by quad class. */
  public List<Edge> network(EventQuery query, int max) {
    List<Edge> edges = new ArrayList<>();
    aggregate(query, "SELECT e.source_actor_id, MIN(sa.name), MIN(sa.country), e.target_actor_id, MIN(ta.name),"
        + " MIN(ta.country), e.quad_class, COUNT(*)", " AND e.source_actor_id IS NOT NULL AND e.target_actor_id IS NOT NULL"
        + " AND e.source_actor_id <> e.target_actor_id GROUP BY e.source_actor_id, e.target_actor_id, e.quad_class"
        + " ORDER BY COUNT(*) DESC, e.source_actor_id, e.target_actor_id, e.quad_class LIMIT " + Math.max(1, max),
        rs -> edges.add(new Edge(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
            rs.getString(6), rs.getInt(7), rs.getLong(8))));
    return edges;
  }

  /** Events per country: those with the country on either side or as their place, each event counted once per country. */
  public Map<String, Long> countries(EventQuery query) {
    Map<String, Long> counts = new java.util.TreeMap<>();
    aggregate(query, "SELECT e.source_country, e.target_country, e.location_country, COUNT(*)",
        " GROUP BY e.source_country, e.target_country, e.location_country", rs -> {
          java.util.Set<String> seen = new java.util.HashSet<>();
          for (int i = 1; i <= 3; i++) {
            String code = rs.getString(i);
            if (code != null && seen.add(code)) {
              counts.merge(code, rs.getLong(4), Long::sum);
            }
          }
        });
    return counts;
  }

  /** A place on the map with the number of events there. */
  public record Marker(String name, String country, double lat, double lon, long events) {}

  public List<Marker> markers(EventQuery query) {
    List<Marker> markers = new ArrayList<>();
    aggregate(query, "SELECT e.location_name, e.location_country, e.location_lat, e.location_lon, COUNT(*)",
        " AND e.location_lat IS NOT NULL GROUP BY e.location_name, e.location_country, e.location_lat, e.location_lon"
        + " ORDER BY COUNT(*) DESC, e.location_name LIMIT 500",
        rs -> markers.add(new Marker(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4), rs.getLong(5))));
    return markers;
  }

  private interface RowReader {
    void read(ResultSet rs) throws SQLException;
  }

  /** Runs {@code select} over the query's events (ignoring its limit), with more conditions and grouping in {@code rest}. */
  private void aggregate(EventQuery query, String select, String rest, RowReader reader) {
    try (Connection c = store.connect()) {
      Where where = where(c, query);
      if (where == null) {
        return;
      }
      String conditions = where.sql.isEmpty() ? " WHERE 1 = 1" : where.sql;
      try (PreparedStatement ps = c.prepareStatement(select + EVENT_FROM + conditions + rest)) {
        where.bind(ps);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            reader.read(rs);
          }
        }
      }
    } catch (SQLException e) {
      throw new StoreException(store.shown() + ": cannot read events: " + e.getMessage(), e);
    }
  }

  /** What the store holds: articles, events, actors. */
  public record Totals(long articles, long events, long actors, String firstDay, String lastDay) {}

  public Totals totals() {
    try (Connection c = store.connect(); java.sql.Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM article), (SELECT COUNT(*) FROM event),"
            + " (SELECT COUNT(*) FROM actor), (SELECT MIN(event_date) FROM event), (SELECT MAX(event_date) FROM event)")) {
      rs.next();
      return new Totals(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5));
    } catch (SQLException e) {
      throw new StoreException(store.shown() + ": cannot read the store: " + e.getMessage(), e);
    }
  }

  /** SQL conditions and their parameters; {@code null} when the query can match nothing (an unknown actor name). */
  private record Where(String sql, List<Object> params) {
    int bind(PreparedStatement ps) throws SQLException {
      int p = 1;
      for (Object o : params) {
        if (o instanceof Integer i) {
          ps.setInt(p++, i);
        } else if (o instanceof Long l) {
          ps.setLong(p++, l);
        } else if (o instanceof Boolean b) {
          ps.setBoolean(p++, b);
        } else {
          ps.setString(p++, (String) o);
        }
      }
      return p;
    }
  }

  private Where where(Connection c, EventQuery q) throws SQLException {
    List<String> and = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (!q.types().isEmpty()) {
      and.add("e.event_type IN (" + marks(q.types().size()) + ")");
      q.types().forEach(t -> params.add(t.toUpperCase(Locale.ROOT)));
    }
    if (!q.quadClasses().isEmpty()) {
      and.add("e.quad_class IN (" + marks(q.quadClasses().size()) + ")");
      params.addAll(q.quadClasses());
    }
    if (q.actor() != null && !q.actor().isBlank()) {
      String actor = q.actor().strip();
      if (actor.matches("[A-Za-z]{3}")) {
        and.add("(e.source_country = ? OR e.target_country = ?)");
        params.add(actor.toUpperCase(Locale.ROOT));
        params.add(actor.toUpperCase(Locale.ROOT));
      } else {
        List<Long> ids = actorsNamed(c, actor);
        if (ids.isEmpty()) {
          return null;
        }
        and.add("(e.source_actor_id IN (" + marks(ids.size()) + ") OR e.target_actor_id IN (" + marks(ids.size()) + "))");
        params.addAll(ids);
        params.addAll(ids);
      }
    }
    if (q.sourceCountry() != null) {
      and.add("e.source_country = ?");
      params.add(q.sourceCountry().toUpperCase(Locale.ROOT));
    }
    if (q.targetCountry() != null) {
      and.add("e.target_country = ?");
      params.add(q.targetCountry().toUpperCase(Locale.ROOT));
    }
    if (q.sector() != null) {
      and.add("(e.source_sector = ? OR e.target_sector = ?)");
      params.add(q.sector().toUpperCase(Locale.ROOT));
      params.add(q.sector().toUpperCase(Locale.ROOT));
    }
    if (q.from() != null) {
      and.add("e.event_date >= ?");
      params.add(q.from().toString());
    }
    if (q.to() != null) {
      and.add("e.event_date <= ?");
      params.add(q.to().toString());
    }
    if (!q.modalities().isEmpty()) {
      List<String> sorted = q.modalities().stream().map(m -> m.toLowerCase(Locale.ROOT)).sorted().toList();
      and.add("e.modality IN (" + marks(sorted.size()) + ")");
      params.addAll(sorted);
    }
    if (q.negated() != null) {
      and.add("e.negated = ?");
      params.add(q.negated());
    }
    if (q.text() != null && !q.text().isBlank()) {
      String match = store.searchText().query(q.text(), store.dialect());
      if (match == null) {
        return null;
      }
      and.add("e.article_id IN (" + store.dialect().matchingArticles() + ")");
      params.add(match);
    }
    return new Where(and.isEmpty() ? "" : " WHERE " + String.join(" AND ", and), params);
  }

  /** Ids of actors whose Arabic name (normalised) or Latin name (any case) contains {@code name}. */
  private static List<Long> actorsNamed(Connection c, String name) throws SQLException {
    String arabic = ArabicNormalizer.normalize(name);
    String latin = name.toLowerCase(Locale.ROOT);
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT id, name, latin FROM actor ORDER BY id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String n = rs.getString(2);
        String l = rs.getString(3);
        if (ArabicNormalizer.normalize(n).contains(arabic) || l != null && l.toLowerCase(Locale.ROOT).contains(latin)) {
          ids.add(rs.getLong(1));
        }
      }
    }
    return ids;
  }

  private static String marks(int n) {
    String[] m = new String[n];
    Arrays.fill(m, "?");
    return String.join(", ", m);
  }

  private static StoredEvent event(ResultSet rs) throws SQLException {
    int i = 1;
    long id = rs.getLong(i++);
    int ordinal = rs.getInt(i++);
    String type = rs.getString(i++);
    String mode = rs.getString(i++);
    String cameo = rs.getString(i++);
    String root = rs.getString(i++);
    int quad = rs.getInt(i++);
    double goldstein = rs.getDouble(i++);
    String contexts = rs.getString(i++);
    StoredEvent.Side source = side(rs, i);
    i += 7;
    StoredEvent.Side target = side(rs, i);
    i += 7;
    boolean symmetric = rs.getBoolean(i++);
    String placeName = rs.getString(i);
    String placeCountry = rs.getString(i + 1);
    Integer placeStart = integer(rs, i + 2);
    Integer placeEnd = integer(rs, i + 3);
    i += 4;
    String date = rs.getString(i++);
    boolean negated = rs.getBoolean(i++);
    String modality = rs.getString(i++);
    String trigger = rs.getString(i++);
    int triggerStart = rs.getInt(i++);
    int triggerEnd = rs.getInt(i++);
    String evidence = rs.getString(i++);
    int sentenceStart = rs.getInt(i++);
    int sentenceEnd = rs.getInt(i++);
    String spans = rs.getString(i++);
    double confidence = rs.getDouble(i++);
    String coderVersion = rs.getString(i++);
    String groupKey = rs.getString(i++);
    double lat = rs.getDouble(i++);
    Double latitude = rs.wasNull() ? null : lat;
    double lon = rs.getDouble(i++);
    Double longitude = rs.wasNull() ? null : lon;
    StoredEvent.Place place = placeName == null && placeCountry == null ? null
        : new StoredEvent.Place(placeName, placeCountry, placeStart, placeEnd, latitude, longitude);
    StoredEvent.Article article = new StoredEvent.Article(rs.getLong(i), rs.getString(i + 1), rs.getString(i + 2),
        rs.getString(i + 3), rs.getString(i + 4), rs.getString(i + 5));
    return new StoredEvent(id, article, ordinal, type, mode, cameo, root, quad, goldstein,
        contexts == null || contexts.isEmpty() ? List.of() : List.of(contexts.split(",")), source, target, symmetric, place,
        date, negated, modality, trigger, triggerStart, triggerEnd, evidence, sentenceStart, sentenceEnd, spans, confidence,
        coderVersion, groupKey);
  }

  private static StoredEvent.Side side(ResultSet rs, int i) throws SQLException {
    long actor = rs.getLong(i);
    Long actorId = rs.wasNull() ? null : actor;
    String name = rs.getString(i + 2);
    if (actorId == null && name == null) {
      return null;
    }
    return new StoredEvent.Side(actorId, rs.getString(i + 1), name, rs.getString(i + 3), rs.getString(i + 4),
        integer(rs, i + 5), integer(rs, i + 6));
  }

  private static Integer integer(ResultSet rs, int i) throws SQLException {
    int v = rs.getInt(i);
    return rs.wasNull() ? null : v;
  }

  /** A canonical actor with how often and how it is named. */
  public record StoredActor(long id, String key, String type, String name, String latin, String country, String sector,
      String wikidata, long mentions, long articles, Map<String, Long> surfaces, String firstSeen, String lastSeen) {}

  /**
   * Canonical actors, most mentioned first, with their surface forms and the first and last
   * publication dates of the articles naming them.
   *
   * @param country only actors of this ISO alpha-3 country, or {@code null}
   * @param type only actors of this type (PERSON, ORG, GPE, LOC), or {@code null}
   */
  public List<StoredActor> actors(String country, String type, int limit) {
    List<String> and = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (country != null) {
      and.add("ac.country = ?");
      params.add(country.toUpperCase(Locale.ROOT));
    }
    if (type != null) {
      and.add("ac.type = ?");
      params.add(type.toUpperCase(Locale.ROOT));
    }
    return actors(String.join(" AND ", and), params, limit);
  }

  private List<StoredActor> actors(String conditions, List<Object> params, int limit) {
    String where = conditions.isEmpty() ? "" : " WHERE " + conditions;
    String sql = "SELECT ac.id, ac.actor_key, ac.type, ac.name, ac.latin, ac.country, ac.sector, ac.wikidata,"
        + " COUNT(*), COUNT(DISTINCT m.article_id), MIN(a.published), MAX(a.published)"
        + " FROM actor ac JOIN mention m ON m.actor_id = ac.id JOIN article a ON a.id = m.article_id" + where
        + " GROUP BY ac.id, ac.actor_key, ac.type, ac.name, ac.latin, ac.country, ac.sector, ac.wikidata"
        + " ORDER BY COUNT(*) DESC, ac.actor_key LIMIT ?";
    Map<Long, StoredActor> actors = new LinkedHashMap<>();
    try (Connection c = store.connect()) {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        int p = new Where("", params).bind(ps);
        ps.setInt(p, limit);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            actors.put(rs.getLong(1), new StoredActor(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getLong(9), rs.getLong(10),
                new LinkedHashMap<>(), rs.getString(11), rs.getString(12)));
          }
        }
      }
      if (!actors.isEmpty()) {
        try (PreparedStatement ps = c.prepareStatement("SELECT surface, COUNT(*) FROM mention WHERE actor_id = ?"
            + " GROUP BY surface ORDER BY COUNT(*) DESC, surface")) {
          for (StoredActor a : actors.values()) {
            ps.setLong(1, a.id());
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                a.surfaces().put(rs.getString(1), rs.getLong(2));
              }
            }
          }
        }
      }
    } catch (SQLException e) {
      throw new StoreException(store.shown() + ": cannot read actors: " + e.getMessage(), e);
    }
    return new ArrayList<>(actors.values());
  }

  /** An article found by a search, with its best-matching sentence and the matched words in it. */
  public record Hit(long id, String extId, String title, String url, String published, String source, double score,
      String snippet, List<int[]> highlights) {}

  /**
   * Full-text search: articles containing every word of the query (after normalisation and light
   * stemming: احتجاج finds الاحتجاجات, الرئيس finds الرَّئِيسُ), best first, each with the
   * sentence that matches most words as a snippet.
   */
  public List<Hit> search(String query, int limit) {
    String match = store.searchText().query(query, store.dialect());
    if (match == null) {
      return List.of();
    }
    List<String> wanted = store.searchText().terms(query, true).stream().map(SearchText.Term::term).toList();
    List<Hit> hits = new ArrayList<>();
    try (Connection c = store.connect(); PreparedStatement ps = c.prepareStatement(store.dialect().rankedSearch())) {
      ps.setString(1, match);
      ps.setInt(2, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String body = rs.getString(7);
          Snippet snippet = snippet(body, wanted);
          hits.add(new Hit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
              rs.getString(6), rs.getDouble(8), snippet.text, snippet.highlights));
        }
      }
    } catch (SQLException e) {
      throw new StoreException(store.shown() + ": cannot search: " + e.getMessage(), e);
    }
    return hits;
  }

  private record Snippet(String text, List<int[]> highlights) {}

  /** The line of {@code body} with the most query words, cut to about 300 characters around the first. */
  private Snippet snippet(String body, List<String> wanted) {
    List<SearchText.Term> terms = store.searchText().terms(body, true);
    int bestStart = 0;
    int bestEnd = Math.min(body.length(), 300);
    int bestCount = -1;
    List<int[]> best = List.of();
    int lineStart = 0;
    int t = 0;
    while (lineStart < body.length()) {
      int lineEnd = body.indexOf('\n', lineStart);
      lineEnd = lineEnd < 0 ? body.length() : lineEnd;
      List<int[]> found = new ArrayList<>();
      while (t < terms.size() && terms.get(t).start() < lineEnd) {
        SearchText.Term term = terms.get(t++);
        if (term.start() >= lineStart && wanted.contains(term.term())) {
          found.add(new int[] {term.start(), term.end()});
        }
      }
      if (found.size() > bestCount) {
        bestCount = found.size();
        bestStart = lineStart;
        bestEnd = lineEnd;
        best = found;
      }
      lineStart = lineEnd + 1;
    }
    int from = bestStart;
    int to = bestEnd;
    if (to - from > 300) {
      int anchor = best.isEmpty() ? from : best.get(0)[0];
      from = Math.max(from, anchor - 100);
      to = Math.min(to, from + 300);
    }
    List<int[]> highlights = new ArrayList<>();
    for (int[] h : best) {
      if (h[0] >= from && h[1] <= to) {
        highlights.add(new int[] {h[0] - from, h[1] - from});
      }
    }
    return new Snippet(body.substring(from, to), highlights);
  }
}
