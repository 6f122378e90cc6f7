import type Database from "better-sqlite3";

/**
 * Schema migrations, applied in order and recorded in SQLite's `user_version`. Never edit an entry
 * that has shipped: append a new one. Each module that needs tables adds its own entry at the end.
 */
export interface Migration {
  version: number;
  name: string;
  up: (db: Database.Database) => void;
}

export const migrations: Migration[] = [
  {
    version: 1,
    name: "corpus: documents, passages, full-text index",
    up: (db) => {
      db.exec(`
        CREATE TABLE documents (
          rowid INTEGER PRIMARY KEY,
          id TEXT NOT NULL,
          version INTEGER NOT NULL,
          is_latest INTEGER NOT NULL DEFAULT 1,
          file_hash TEXT NOT NULL,
          text_hash TEXT NOT NULL,
          title TEXT, speaker TEXT, speaker_norm TEXT, post TEXT, country TEXT, date TEXT,
          source TEXT, url TEXT, license TEXT,
          format TEXT NOT NULL,
          collection TEXT,
          path TEXT,
          meta TEXT NOT NULL DEFAULT '{}',
          text TEXT NOT NULL,
          chars INTEGER NOT NULL,
          words INTEGER NOT NULL,
          ingested_at TEXT NOT NULL,
          UNIQUE (id, version)
        );
        CREATE INDEX documents_latest ON documents (id) WHERE is_latest = 1;
        CREATE INDEX documents_country_date ON documents (country, date);
        -- A passage's public id is derived (document id, text hash, level, index), so it needs no
        -- column or index of its own; paragraph text is sliced from the document, not stored twice.
        CREATE TABLE passages (
          rowid INTEGER PRIMARY KEY,
          doc_rowid INTEGER NOT NULL REFERENCES documents (rowid) ON DELETE CASCADE,
          level TEXT NOT NULL CHECK (level IN ('paragraph', 'sentence')),
          idx INTEGER NOT NULL,
          start INTEGER NOT NULL,
          end INTEGER NOT NULL,
          paragraph INTEGER,
          text TEXT
        );
        CREATE INDEX passages_doc ON passages (doc_rowid, level, idx);
        -- Sentences only: paragraph hits are reached through their sentences.
        CREATE VIRTUAL TABLE passages_fts USING fts5 (
          text, content = 'passages', content_rowid = 'rowid',
          tokenize = 'porter unicode61 remove_diacritics 2'
        );
        -- Merge index segments in larger steps: each document commits its own small segment,
        -- and the default (4) spends a fifth of ingest time re-merging them.
        INSERT INTO passages_fts (passages_fts, rank) VALUES ('automerge', 8);
      `);
    },
  },
  {
    version: 2,
    name: "events: coded and imported CAMEO events",
    up: (db) => {
      db.exec(`
        CREATE TABLE events (
          rowid INTEGER PRIMARY KEY,
          origin TEXT NOT NULL CHECK (origin IN ('coded', 'gdelt')),
          event_id TEXT NOT NULL,
          date TEXT,
          source TEXT NOT NULL,
          target TEXT NOT NULL,
          code TEXT NOT NULL,
          root TEXT NOT NULL,
          quad_class INTEGER,
          goldstein REAL,
          doc_id TEXT,
          sentence INTEGER,
          pattern TEXT,
          num_mentions INTEGER,
          num_sources INTEGER,
          num_articles INTEGER,
          url TEXT,
          detail TEXT,
          UNIQUE (origin, event_id)
        );
        CREATE INDEX events_source_date ON events (source, date);
        CREATE INDEX events_target_date ON events (target, date);
      `);
    },
  },
];
