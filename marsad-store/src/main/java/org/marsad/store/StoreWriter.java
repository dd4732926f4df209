package org.marsad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marsad.Marsad;
import org.marsad.analysis.ArabicNormalizer;
import org.marsad.model.Article;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.Mention;
import org.marsad.model.Participant;
import org.marsad.model.Sentence;
import org.marsad.model.Span;

/**
 * Writes coded articles with everything found in them, a batch per transaction: a batch is stored
 * whole or not at all, so a process killed at any moment leaves no partial article behind, and an
 * article already stored (same key) is skipped rather than added twice. One writer per thread;
 * several writers (threads, processes, Spark tasks) may write to one PostgreSQL store at once.
 * Get one with {@link Store#writer()}.
 */
public final class StoreWriter implements AutoCloseable {

  private final Store store;
  private final Connection connection;
  private final PreparedStatement known;
  private final PreparedStatement insertArticle;
  private final PreparedStatement insertSentence;
  private final PreparedStatement insertActor;
  private final PreparedStatement findActor;
  private final PreparedStatement insertMention;
  private final PreparedStatement insertEvent;
  private final PreparedStatement insertSearch;
  private final Map<String, Long> actors = new HashMap<>();
  private long events;

  StoreWriter(Store store) throws SQLException {
    this.store = store;
    this.connection = store.connect();
    connection.setAutoCommit(false);
    known = connection.prepareStatement("SELECT 1 FROM article WHERE doc_key = ? OR content_hash = ?");
    insertArticle = connection.prepareStatement("INSERT INTO article (doc_key, content_hash, ext_id, source, url, published,"
        + " language, title, body, coder_version, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        + " ON CONFLICT (doc_key) DO NOTHING RETURNING id");
    insertSentence = connection.prepareStatement(
        "INSERT INTO sentence (article_id, idx, start_off, end_off, kind) VALUES (?, ?, ?, ?, ?)");
    insertActor = connection.prepareStatement("INSERT INTO actor (actor_key, type, name, latin, country, sector, wikidata)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (actor_key) DO NOTHING");
    findActor = connection.prepareStatement("SELECT id FROM actor WHERE actor_key = ?");
    insertMention = connection.prepareStatement(
        "INSERT INTO mention (article_id, actor_id, start_off, end_off, surface, form) VALUES (?, ?, ?, ?, ?, ?)");
    insertEvent = connection.prepareStatement("INSERT INTO event (article_id, ordinal, sentence_idx, event_type, mode, cameo,"
        + " cameo_root, quad_class, goldstein, contexts, source_actor_id, source_name, source_country, source_sector,"
        + " source_start, source_end, target_actor_id, target_name, target_country, target_sector, target_start, target_end,"
        + " is_symmetric, location_name, location_country, location_start, location_end, event_date, negated, modality,"
        + " trigger_start, trigger_end, trigger_text, sentence_start, sentence_end, evidence, spans, confidence,"
        + " coder_version, group_key, location_lat, location_lon) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
        + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insertSearch = connection.prepareStatement(store.dialect().insertSearch());
  }

  /** Whether an article with this key or text is already stored (committed). */
  boolean known(ArticleKey key) throws SQLException {
    known.setString(1, key.key());
    known.setString(2, key.hash());
    try (ResultSet rs = known.executeQuery()) {
      return rs.next();
    }
  }

  /** Stores the documents in one transaction; returns how many were new (the others were already stored). */
  public int write(List<Document> documents) throws SQLException {
    int added = 0;
    try {
      for (Document document : documents) {
        ArticleKey key = ArticleKey.of(document.article());
        if (known(key)) {
          continue;
        }
        Long id = insertArticle(document.article(), key);
        if (id != null) {
          writeLayers(id, document);
          added++;
        }
      }
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      rollback();
      throw e;
    }
    return added;
  }

  /** Replaces what is stored for article {@code id} by a new coding of it, in one transaction. */
  void replace(long id, Document document) throws SQLException {
    try {
      for (String table : List.of("event", "mention", "sentence")) {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE article_id = ?")) {
          delete.setLong(1, id);
          delete.executeUpdate();
        }
      }
      try (PreparedStatement delete = connection.prepareStatement(store.dialect().deleteSearch())) {
        delete.setLong(1, id);
        delete.executeUpdate();
      }
      writeLayers(id, document);
      try (PreparedStatement update = connection.prepareStatement("UPDATE article SET coder_version = ? WHERE id = ?")) {
        update.setString(1, Marsad.VERSION);
        update.setLong(2, id);
        update.executeUpdate();
      }
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      rollback();
      throw e;
    }
  }

  /** Events written so far. */
  public long events() {
    return events;
  }

  private void rollback() {
    try {
      connection.rollback();
    } catch (SQLException ignored) {
      // the original failure is what matters
    }
    actors.clear();
  }

  private Long insertArticle(Article a, ArticleKey key) throws SQLException {
    insertArticle.setString(1, key.key());
    insertArticle.setString(2, key.hash());
    insertArticle.setString(3, a.id());
    insertArticle.setString(4, a.source());
    insertArticle.setString(5, a.url());
    insertArticle.setString(6, a.date() == null ? null : a.date().toString());
    insertArticle.setString(7, a.language());
    insertArticle.setString(8, a.title());
    insertArticle.setString(9, a.text());
    insertArticle.setString(10, Marsad.VERSION);
    insertArticle.setString(11, Instant.now().toString());
    try (ResultSet rs = insertArticle.executeQuery()) {
      return rs.next() ? rs.getLong(1) : null;
    }
  }

  private void writeLayers(long id, Document document) throws SQLException {
    String text = document.text();
    List<Sentence> sentences = document.sentences();
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      insertSentence.setLong(1, id);
      insertSentence.setInt(2, i);
      insertSentence.setInt(3, s.span().start());
      insertSentence.setInt(4, s.span().end());
      insertSentence.setString(5, document.discourse().size() > i
          ? document.discourse().get(i).kind().name().toLowerCase(Locale.ROOT) : "report");
      insertSentence.addBatch();
    }
    insertSentence.executeBatch();

    Map<String, Long> entityActors = new HashMap<>();
    Map<String, String> entityKeys = new HashMap<>();
    for (Entity e : document.entities()) {
      String key = actorKey(document, e);
      entityActors.put(e.id(), actor(key, e));
      entityKeys.put(e.id(), key);
      for (int m : e.mentions()) {
        Mention mention = document.mentions().get(m);
        insertMention.setLong(1, id);
        insertMention.setLong(2, entityActors.get(e.id()));
        insertMention.setInt(3, mention.span().start());
        insertMention.setInt(4, mention.span().end());
        insertMention.setString(5, mention.span().of(text));
        insertMention.setString(6, mention.form().name().toLowerCase(Locale.ROOT));
        insertMention.addBatch();
      }
    }
    insertMention.executeBatch();

    LocalDate published = document.article().date();
    List<Event> coded = document.events();
    for (int i = 0; i < coded.size(); i++) {
      Event e = coded.get(i);
      Span sentence = sentences.get(e.sentence()).span();
      LocalDate date = e.date() != null ? e.date() : published;
      int p = 1;
      insertEvent.setLong(p++, id);
      insertEvent.setInt(p++, i);
      insertEvent.setInt(p++, e.sentence());
      insertEvent.setString(p++, e.type());
      insertEvent.setString(p++, e.mode());
      insertEvent.setString(p++, e.cameo());
      insertEvent.setString(p++, e.root());
      insertEvent.setInt(p++, e.quadClass());
      insertEvent.setDouble(p++, e.goldstein());
      insertEvent.setString(p++, String.join(",", e.contexts()));
      p = participant(p, e.source(), entityActors);
      p = participant(p, e.target(), entityActors);
      insertEvent.setBoolean(p++, e.symmetric());
      Event.Location where = e.location();
      insertEvent.setString(p++, where == null ? null : where.name());
      insertEvent.setString(p++, where == null ? null : where.country());
      setInt(p++, where == null || where.span() == null ? null : where.span().start());
      setInt(p++, where == null || where.span() == null ? null : where.span().end());
      insertEvent.setString(p++, date == null ? null : date.toString());
      insertEvent.setBoolean(p++, e.negated());
      insertEvent.setString(p++, e.modality().code());
      insertEvent.setInt(p++, e.trigger().start());
      insertEvent.setInt(p++, e.trigger().end());
      insertEvent.setString(p++, e.trigger().of(text));
      insertEvent.setInt(p++, sentence.start());
      insertEvent.setInt(p++, sentence.end());
      insertEvent.setString(p++, sentence.of(text));
      insertEvent.setString(p++, spans(e.mentions()));
      insertEvent.setDouble(p++, e.confidence());
      insertEvent.setString(p++, Marsad.VERSION);
      insertEvent.setString(p++, groupKey(e, date, entityKeys));
      Places.Point point = where == null ? null : store.places().find(where.name(), where.country());
      if (point == null) {
        insertEvent.setNull(p++, Types.DOUBLE);
        insertEvent.setNull(p, Types.DOUBLE);
      } else {
        insertEvent.setDouble(p++, point.lat());
        insertEvent.setDouble(p, point.lon());
      }
      insertEvent.addBatch();
    }
    insertEvent.executeBatch();
    events += coded.size();

    insertSearch.setLong(1, id);
    insertSearch.setString(2, store.searchText().document(text, store.dialect()));
    insertSearch.executeUpdate();
  }

  private int participant(int p, Participant who, Map<String, Long> entityActors) throws SQLException {
    Long actor = who == null || who.entity() == null ? null : entityActors.get(who.entity());
    if (actor == null) {
      insertEvent.setNull(p, Types.BIGINT);
    } else {
      insertEvent.setLong(p, actor);
    }
    insertEvent.setString(p + 1, who == null ? null : who.name());
    insertEvent.setString(p + 2, who == null ? null : who.country());
    insertEvent.setString(p + 3, who == null ? null : who.sector());
    setInt(p + 4, who == null || who.span() == null ? null : who.span().start());
    setInt(p + 5, who == null || who.span() == null ? null : who.span().end());
    return p + 6;
  }

  private void setInt(int p, Integer value) throws SQLException {
    if (value == null) {
      insertEvent.setNull(p, Types.INTEGER);
    } else {
      insertEvent.setInt(p, value);
    }
  }

  private long actor(String key, Entity e) throws SQLException {
    Long known = actors.get(key);
    if (known != null) {
      return known;
    }
    insertActor.setString(1, key);
    insertActor.setString(2, e.type().name());
    insertActor.setString(3, e.name());
    insertActor.setString(4, e.latin());
    insertActor.setString(5, e.country());
    insertActor.setString(6, e.sector());
    insertActor.setString(7, e.wikidata());
    insertActor.executeUpdate();
    findActor.setString(1, key);
    try (ResultSet rs = findActor.executeQuery()) {
      rs.next();
      long id = rs.getLong(1);
      actors.put(key, id);
      return id;
    }
  }

  /**
   * The canonical actor an article's entity stands for: the lexicon entry one of its names matched,
   * else its Wikidata item, else its type, country and normalised name.
   */
  static String actorKey(Document document, Entity e) {
    for (int m : e.mentions()) {
      Mention mention = document.mentions().get(m);
      if (mention.form() == Mention.Form.NAME && mention.key() != null && mention.type() == e.type()) {
        return mention.key();
      }
    }
    if (e.wikidata() != null) {
      return "wd:" + e.wikidata();
    }
    return e.type().name().toLowerCase(Locale.ROOT) + ":" + (e.country() == null ? "" : e.country()) + ":"
        + ArabicNormalizer.normalize(e.name());
  }

  /**
   * Reports of the same event share a key: type, the two sides (in either order when symmetric),
   * place and day. Every report stays stored; the key only groups them.
   */
  static String groupKey(Event e, LocalDate date, Map<String, String> entityKeys) {
    String source = side(e.source(), entityKeys);
    String target = side(e.target(), entityKeys);
    if (e.symmetric() && source.compareTo(target) > 0) {
      String t = source;
      source = target;
      target = t;
    }
    String place = e.location() == null ? "-"
        : e.location().country() != null ? e.location().country() + ":" + ArabicNormalizer.normalize(e.location().name())
        : ArabicNormalizer.normalize(e.location().name());
    return e.type() + "|" + source + "|" + target + "|" + place + "|" + (date == null ? "-" : date);
  }

  private static String side(Participant p, Map<String, String> entityKeys) {
    if (p == null) {
      return "-";
    }
    if (p.entity() != null && entityKeys.containsKey(p.entity())) {
      return entityKeys.get(p.entity());
    }
    return (p.country() == null ? "" : p.country()) + ":" + ArabicNormalizer.normalize(p.name() == null ? "" : p.name());
  }

  private static String spans(List<Span> spans) {
    StringBuilder sb = new StringBuilder("[");
    for (Span s : spans) {
      sb.append(sb.length() > 1 ? "," : "").append('[').append(s.start()).append(',').append(s.end()).append(']');
    }
    return sb.append(']').toString();
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
