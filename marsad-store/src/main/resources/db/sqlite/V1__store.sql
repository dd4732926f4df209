-- Marsad store, schema 1 (SQLite). Keep in step with ../postgresql/V1__store.sql: the two differ
-- only in identity columns and full-text search.

CREATE TABLE article (
  id            INTEGER PRIMARY KEY,
  doc_key       TEXT NOT NULL UNIQUE,
  content_hash  TEXT NOT NULL,
  ext_id        TEXT NOT NULL,
  source        TEXT,
  url           TEXT,
  published     TEXT,
  language      TEXT NOT NULL,
  title         TEXT,
  body          TEXT NOT NULL,
  coder_version TEXT NOT NULL,
  ingested_at   TEXT NOT NULL
);
CREATE INDEX article_hash ON article (content_hash);
CREATE INDEX article_published ON article (published);

CREATE TABLE sentence (
  article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
  idx        INTEGER NOT NULL,
  start_off  INTEGER NOT NULL,
  end_off    INTEGER NOT NULL,
  kind       TEXT NOT NULL,
  PRIMARY KEY (article_id, idx)
);

CREATE TABLE actor (
  id        INTEGER PRIMARY KEY,
  actor_key TEXT NOT NULL UNIQUE,
  type      TEXT NOT NULL,
  name      TEXT NOT NULL,
  latin     TEXT,
  country   TEXT,
  sector    TEXT,
  wikidata  TEXT
);
CREATE INDEX actor_country ON actor (country);

CREATE TABLE mention (
  article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
  actor_id   INTEGER NOT NULL REFERENCES actor (id),
  start_off  INTEGER NOT NULL,
  end_off    INTEGER NOT NULL,
  surface    TEXT NOT NULL,
  form       TEXT NOT NULL
);
CREATE INDEX mention_actor ON mention (actor_id);
CREATE INDEX mention_article ON mention (article_id);

CREATE TABLE event (
  id              INTEGER PRIMARY KEY,
  article_id      INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
  ordinal         INTEGER NOT NULL,
  sentence_idx    INTEGER NOT NULL,
  event_type      TEXT NOT NULL,
  mode            TEXT,
  cameo           TEXT,
  cameo_root      TEXT,
  quad_class      INTEGER NOT NULL,
  goldstein       DOUBLE PRECISION NOT NULL,
  contexts        TEXT NOT NULL,
  source_actor_id INTEGER REFERENCES actor (id),
  source_name     TEXT,
  source_country  TEXT,
  source_sector   TEXT,
  source_start    INTEGER,
  source_end      INTEGER,
  target_actor_id INTEGER REFERENCES actor (id),
  target_name     TEXT,
  target_country  TEXT,
  target_sector   TEXT,
  target_start    INTEGER,
  target_end      INTEGER,
  is_symmetric    BOOLEAN NOT NULL,
  location_name   TEXT,
  location_country TEXT,
  location_start  INTEGER,
  location_end    INTEGER,
  event_date      TEXT,
  negated         BOOLEAN NOT NULL,
  modality        TEXT NOT NULL,
  trigger_start   INTEGER NOT NULL,
  trigger_end     INTEGER NOT NULL,
  trigger_text    TEXT NOT NULL,
  sentence_start  INTEGER NOT NULL,
  sentence_end    INTEGER NOT NULL,
  evidence        TEXT NOT NULL,
  spans           TEXT NOT NULL,
  confidence      DOUBLE PRECISION NOT NULL,
  coder_version   TEXT NOT NULL,
  group_key       TEXT NOT NULL,
  UNIQUE (article_id, ordinal)
);
CREATE INDEX event_type_date ON event (event_type, event_date);
CREATE INDEX event_date ON event (event_date);
CREATE INDEX event_source_country ON event (source_country);
CREATE INDEX event_target_country ON event (target_country);
CREATE INDEX event_source_actor ON event (source_actor_id);
CREATE INDEX event_target_actor ON event (target_actor_id);
CREATE INDEX event_group ON event (group_key);

-- Full text: the article's words as the search analyser leaves them (normalised, stop words out,
-- light stems), indexed by FTS5; rowid = article.id.
CREATE VIRTUAL TABLE article_search USING fts5 (terms, tokenize = 'unicode61 remove_diacritics 0');
