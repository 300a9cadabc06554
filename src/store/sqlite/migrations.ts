// Numbered schema steps, applied in order, each in its own transaction and recorded in schema_migrations.
// Never edit a released step: add a new one (entities, quotes, … will come as steps 3+).
//
// Portability (a PostgreSQL store will implement the same contract): plain tables, TEXT ISO-8601 timestamps
// (→ timestamptz), JSON as TEXT (→ jsonb), INTEGER PRIMARY KEY (→ bigint identity), ON CONFLICT upserts,
// partial unique index. The only SQLite-specific part is the FTS5 index of step 2 (→ a tsvector column + GIN).

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, versions, jobs',
    sql: `
      -- One row per article; metadata and text mirror its latest version (the text feeds the search index).
      CREATE TABLE articles (
        seq            INTEGER PRIMARY KEY,      -- insertion order = first-seen order
        id             TEXT NOT NULL UNIQUE,     -- Analysis.id (hash of canonical URL, else of text)
        url            TEXT,
        outlet         TEXT,
        title          TEXT NOT NULL,
        text           TEXT NOT NULL,
        published      TEXT,
        language       TEXT,
        first_seen     TEXT NOT NULL,
        updated        TEXT NOT NULL,
        latest_version INTEGER NOT NULL
      );

      -- Every distinct content of an article; the analysis document is kept whole as JSON.
      CREATE TABLE article_versions (
        article_id   TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        version      INTEGER NOT NULL,
        content_hash TEXT NOT NULL,
        source       TEXT NOT NULL,
        analysis     TEXT NOT NULL,
        created      TEXT NOT NULL,
        PRIMARY KEY (article_id, version),
        UNIQUE (article_id, content_hash)
      );

      -- A batch run; at most one unfinished job per key, so a re-run of the same inputs resumes it.
      CREATE TABLE jobs (
        id       INTEGER PRIMARY KEY,
        key      TEXT NOT NULL,
        status   TEXT NOT NULL CHECK (status IN ('running', 'done')),
        inputs   TEXT NOT NULL,                  -- JSON array of the inputs as given
        created  TEXT NOT NULL,
        finished TEXT
      );
      CREATE UNIQUE INDEX jobs_running_key ON jobs(key) WHERE status = 'running';

      -- Outcome of each item of a job.
      CREATE TABLE job_items (
        job_id     INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
        source     TEXT NOT NULL,
        status     TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
        error      TEXT,
        article_id TEXT REFERENCES articles(id) ON DELETE SET NULL,
        updated    TEXT NOT NULL,
        PRIMARY KEY (job_id, source)
      );
      CREATE INDEX job_items_article ON job_items(article_id);
    `,
  },
  {
    version: 2,
    name: 'full-text index over latest title and text',
    // External-content FTS5 over articles (no second copy of the text), kept in sync by triggers.
    // Tokenizer: porter stemming on top of unicode61 with diacritics folded ("sanction" finds "sanctions",
    // "cafe" finds "café"). Measured with bench-ingest.ts on Reuters-21578: stemming costs little ingest time
    // (within the noise of a busy machine) and the same index size, and lifts recall of inflected forms
    // (query "sanction": 20+ hits vs 4 without).
    sql: `
      CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text,
        content = 'articles', content_rowid = 'seq',
        tokenize = 'porter unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
      END;
      CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
      END;
      CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
      END;
      -- Index whatever a version-1 database already holds.
      INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
    `,
  },
];
