// Numbered schema steps, applied in order, each in its own transaction and recorded in schema_migrations.
// Never edit a released step: add a new one.
//
// Portability (a PostgreSQL store will implement the same contract): plain tables, TEXT ISO-8601 timestamps
// (→ timestamptz), JSON as TEXT (→ jsonb), INTEGER PRIMARY KEY (→ bigint identity), ON CONFLICT upserts,
// partial unique index. The only SQLite-specific parts are the FTS5 indexes of steps 2 and 3 (→ tsvector + GIN).

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
    // "cafe" finds "café"). Measured with bench/store-ingest.ts on Reuters-21578: stemming costs little ingest time
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
  {
    version: 3,
    name: 'analysis layers: canonical entities, quotes (searchable), amounts, times',
    // The layers of each article's latest version, as rows (the whole document stays in article_versions).
    // layers.ts rewrites an article's rows in the same transaction as its put. Entities are canonical across
    // articles (see entity-key.ts for the merge rule); mention and article counts are summed from
    // article_entities at read time rather than kept as counters, so parallel writers never contend on one
    // popular entity's row. Offsets are named char_start/char_end (END is a reserved word in SQL). Row tables
    // keyed by (article_id, …) are WITHOUT ROWID: one B-tree instead of a table plus its key index (→ an
    // ordinary primary key in PostgreSQL). Cost, bench/store-ingest.ts --reuters --layers (21,578 articles, ~17 layer
    // rows each): ingest CPU 5.5 s → 23 s on a busy 2-core machine, i.e. under 1 ms per article.
    sql: `
      CREATE TABLE entities (
        id         INTEGER PRIMARY KEY,
        name       TEXT NOT NULL,              -- display name: the fullest form seen
        type       TEXT NOT NULL,              -- PERSON | ORG | LOC | NORP | MISC
        country    TEXT NOT NULL DEFAULT '',   -- ISO 3166 alpha-3 (or region code); '' = unknown
        name_key   TEXT NOT NULL,              -- normalised name (case, diacritics, punctuation folded)
        last_word  TEXT NOT NULL,              -- last word of name_key: the merge lookup ("zelenskyy")
        first_seen TEXT NOT NULL,
        UNIQUE (name_key, type, country)
      );
      CREATE INDEX entities_last_word ON entities(type, last_word);

      CREATE TABLE article_entities (
        article_id    TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        local_id      TEXT NOT NULL,           -- the entity's id inside the analysis ("e1")
        entity_id     INTEGER NOT NULL REFERENCES entities(id),
        name          TEXT NOT NULL,           -- the name as this article gives it
        role          TEXT,
        country       TEXT,
        sector        TEXT,
        mention_count INTEGER NOT NULL,
        PRIMARY KEY (article_id, local_id)
      ) WITHOUT ROWID;
      -- Covering index for the per-entity sums (top entities) and the per-entity article counts.
      CREATE INDEX article_entities_entity ON article_entities(entity_id, article_id, mention_count);

      CREATE TABLE quotes (
        id           INTEGER PRIMARY KEY,
        article_id   TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        n            INTEGER NOT NULL,         -- position in the analysis' quotes array
        char_start   INTEGER NOT NULL,
        char_end     INTEGER NOT NULL,
        kind         TEXT NOT NULL,            -- direct | partial | indirect
        text         TEXT NOT NULL,
        speaker_id   INTEGER REFERENCES entities(id),
        speaker_text TEXT,
        cue          TEXT,
        UNIQUE (article_id, n)
      );
      CREATE INDEX quotes_speaker ON quotes(speaker_id);

      -- Quote search: the text, and the speaker as canonical entity name + the words the article used. Written
      -- by layers.ts with one statement per article, not by per-row triggers: FTS5 flushes its pending terms at
      -- every statement savepoint, so a trigger per quote would cost a flush per quote.
      CREATE VIRTUAL TABLE quotes_fts USING fts5(
        text, speaker,
        tokenize = 'porter unicode61 remove_diacritics 2'
      );
      -- A canonical name that grows ("Zelenskyy" → "Volodymyr Zelenskyy") is searchable in earlier quotes too.
      CREATE TRIGGER quotes_fts_speaker_rename AFTER UPDATE OF name ON entities BEGIN
        UPDATE quotes_fts SET speaker = trim(new.name || ' ' || coalesce((SELECT speaker_text FROM quotes WHERE id = quotes_fts.rowid), ''))
        WHERE rowid IN (SELECT id FROM quotes WHERE speaker_id = new.id);
      END;

      CREATE TABLE amounts (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        n          INTEGER NOT NULL,
        char_start INTEGER NOT NULL,
        char_end   INTEGER NOT NULL,
        text       TEXT NOT NULL,
        value      REAL,
        min        REAL,
        max        REAL,
        unit       TEXT,
        currency   TEXT,
        object     TEXT,
        PRIMARY KEY (article_id, n)
      ) WITHOUT ROWID;

      CREATE TABLE times (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        n          INTEGER NOT NULL,
        char_start INTEGER NOT NULL,
        char_end   INTEGER NOT NULL,
        text       TEXT NOT NULL,
        type       TEXT NOT NULL,              -- DATE | TIME | DURATION | SET
        value      TEXT NOT NULL,              -- TIMEX3-style value ("2025-07-25", "P3D", …)
        mod        TEXT,
        PRIMARY KEY (article_id, n)
      ) WITHOUT ROWID;
      CREATE INDEX times_value ON times(value);

      -- Store-wide flags. 'rebuild_layers' asks the next open to rewrite every article's layer rows from its
      -- stored analysis: set here so articles stored before this step get their layers, and settable by a
      -- later step that changes these tables or the entity merge rule.
      CREATE TABLE store_flags (name TEXT PRIMARY KEY);
      INSERT INTO store_flags (name) VALUES ('rebuild_layers');
    `,
  },
  {
    version: 4,
    name: 'provenance of versions, claimed copies, claims of job items',
    // Identity by claim alone let a local file take over a stored article by naming its URL. Each version now
    // records where it came from (origin, JSON) and the key of the source that vouches for it (see
    // store/provenance.ts); an input that claims an article it may not speak for is stored as its own article with
    // copy_of naming the one it claimed. Versions stored before this step have no voucher: their source string is
    // compared instead. job_claims lets two runs of one job share its items: an item is claimed by the run that
    // analyses it; the other skips it while that run lives.
    sql: `
      ALTER TABLE article_versions ADD COLUMN origin TEXT;    -- JSON Provenance, NULL before this step
      ALTER TABLE article_versions ADD COLUMN voucher TEXT;   -- key of the source that may speak for the article
      CREATE INDEX article_versions_voucher ON article_versions(article_id, voucher);
      ALTER TABLE articles ADD COLUMN copy_of TEXT;           -- id of the article whose identity this one claimed
      CREATE INDEX articles_copy_of ON articles(copy_of) WHERE copy_of IS NOT NULL;

      CREATE TABLE job_claims (
        job_id  INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
        source  TEXT NOT NULL,
        owner   TEXT NOT NULL,                -- host:pid:token of the run analysing it
        claimed TEXT NOT NULL,
        PRIMARY KEY (job_id, source)
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 5,
    name: 'stories: copy links, story clusters and their incremental indexes',
    // The stories layer (src/stories) run over the store: each article, once, in date order, is linked to the
    // earlier article it copies and joins a story (src/stories/update.ts). Its indexes are tables rather than one
    // object in memory, so a pass over a large store reads only what each article's candidates need:
    // copy_fingerprints (MinHash signature per article), copy_exact (hash of the clean text), copy_buckets (LSH
    // bands, at most 64 articles each), story_terms (document frequency and posting-list length per term),
    // story_postings (term → story, the candidate lookup), stories (centroid and counters). The results are
    // copy_links, story_members and story_merges. Written only by updateStories, never by put: an article's
    // assignment is kept when it gets a new version.
    sql: `
      CREATE TABLE copy_fingerprints (
        n          INTEGER PRIMARY KEY,        -- arrival order (so inserts append)
        article_id TEXT NOT NULL UNIQUE REFERENCES articles(id) ON DELETE CASCADE,
        sig        BLOB NOT NULL,              -- MinHash signature (uint32 values)
        shingles   INTEGER NOT NULL,           -- distinct shingles of the clean text
        outlet     TEXT,
        original   TEXT NOT NULL               -- original of its copy group (itself when it copies nothing)
      );
      CREATE TABLE copy_exact (
        key        INTEGER PRIMARY KEY,        -- hash of the clean text's words
        article_id TEXT NOT NULL
      );
      -- 128 rows per article written at random keys: kept as small as possible (integers only), so more of them
      -- fit a page and a batch of articles rewrites fewer pages.
      CREATE TABLE copy_buckets (
        band       INTEGER NOT NULL,           -- 52-bit hash of the LSH band key
        pos        INTEGER NOT NULL,           -- position in the bucket (arrival order)
        n          INTEGER NOT NULL,           -- copy_fingerprints.n of the article
        PRIMARY KEY (band, pos)
      ) WITHOUT ROWID;

      -- An article that copies an earlier one: exact (same words), near (containment of the smaller text in the
      -- larger, 'score'), claimed (it claimed the article's identity, see copy_of, without matching its text).
      CREATE TABLE copy_links (
        article_id  TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        of_id       TEXT NOT NULL,             -- the article it matched
        original_id TEXT NOT NULL,             -- the first article of that chain of copies
        kind        TEXT NOT NULL CHECK (kind IN ('exact', 'near', 'claimed')),
        score       REAL NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX copy_links_original ON copy_links(original_id);

      CREATE TABLE stories (
        id          TEXT PRIMARY KEY,          -- "s1", "s2", … in order of creation
        first_seen  TEXT,                      -- earliest and latest publication date of its dated articles (ISO)
        last_seen   TEXT,
        articles    INTEGER NOT NULL,
        outlets     INTEGER NOT NULL,          -- distinct outlets
        copies      INTEGER NOT NULL,          -- members that copy an earlier article
        merged_into TEXT,                      -- set when a bridge article merged it into another story
        centroid    TEXT NOT NULL,             -- JSON [[term, weight], …], at most 2 × STORIES.centroidTerms
        outlet_list TEXT NOT NULL              -- JSON array of its distinct outlets (lower-cased)
      ) WITHOUT ROWID;
      CREATE INDEX stories_last_seen ON stories(last_seen) WHERE merged_into IS NULL;

      CREATE TABLE story_members (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        story_id   TEXT NOT NULL,              -- its story now (after merges)
        joined_id  TEXT NOT NULL,              -- the story it joined on arrival
        n          INTEGER NOT NULL UNIQUE,    -- arrival order
        similarity REAL NOT NULL,              -- cosine with the story it joined (1 for a copy)
        credited   TEXT                        -- outlet the text credits as its original ("first published in …")
      ) WITHOUT ROWID;
      CREATE INDEX story_members_story ON story_members(story_id, n);

      CREATE TABLE story_merges (
        n          INTEGER PRIMARY KEY,
        story_id   TEXT NOT NULL,              -- the story that remains
        merged_id  TEXT NOT NULL,              -- the story merged into it
        article_id TEXT NOT NULL,              -- the bridge article
        similarity REAL NOT NULL
      );

      CREATE TABLE story_terms (
        term  TEXT PRIMARY KEY,
        df    INTEGER NOT NULL,                -- articles with the term
        posts INTEGER NOT NULL                 -- rows in story_postings (not grown past STORIES.maxPosting + 1)
      ) WITHOUT ROWID;
      CREATE TABLE story_postings (
        term     TEXT NOT NULL,
        story_id TEXT NOT NULL,
        PRIMARY KEY (term, story_id)
      ) WITHOUT ROWID;
      CREATE INDEX story_postings_story ON story_postings(story_id);

      CREATE TABLE story_counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
      INSERT INTO story_counters (name, value) VALUES ('docs', 0), ('next_story', 1);
    `,
  },
  {
    version: 6,
    name: 'events as rows: indexed by type, date and actor',
    // `dossier events` (and later the HTTP API) filter events by actor, target, type and date; reading every stored
    // analysis for that grows with the store. Each event of an article's latest version is a row, each of its actors
    // a row of event_actors (the country or actor code, and the entity's name as the article gives it), rewritten
    // with the other layers in the put. The flag has the next open fill them for articles stored before.
    sql: `
      CREATE TABLE events (
        article_id     TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        n              INTEGER NOT NULL,
        type           TEXT NOT NULL,          -- PLOVER 2.0 type
        mode           TEXT,
        status         TEXT NOT NULL,          -- asserted | negated | hypothetical | future | reported-denied
        date           TEXT,                   -- the event's date, else the article's publication day
        reciprocal     INTEGER NOT NULL,
        cue            TEXT,
        sentence_start INTEGER NOT NULL,
        sentence_end   INTEGER NOT NULL,
        mentions       INTEGER NOT NULL,       -- how many times the article tells it
        PRIMARY KEY (article_id, n)
      ) WITHOUT ROWID;
      CREATE INDEX events_type_date ON events(type, date);
      CREATE INDEX events_date ON events(date);

      CREATE TABLE event_actors (
        article_id TEXT NOT NULL,
        n          INTEGER NOT NULL,           -- the event's n
        side       TEXT NOT NULL,              -- source | target
        k          INTEGER NOT NULL,           -- order within the side
        code       TEXT,                       -- ISO-3 country or actor code (IGO, NGO, …); NULL when unknown
        name       TEXT NOT NULL,              -- the entity's name in the article, or the code
        PRIMARY KEY (article_id, n, side, k),
        FOREIGN KEY (article_id, n) REFERENCES events(article_id, n) ON DELETE CASCADE
      ) WITHOUT ROWID;
      CREATE INDEX event_actors_code ON event_actors(code, side);

      INSERT OR IGNORE INTO store_flags (name) VALUES ('rebuild_layers');
    `,
  },
  {
    version: 7,
    name: 'articles by publication date',
    // The API lists the latest articles first (and counts facets over them) without a search: ordering by
    // \`published\`, which the table keeps after the text, read every article's text (90 ms over 19k Reuters
    // articles). The index holds the order and the id: the first page reads 20 entries.
    sql: `
      CREATE INDEX articles_published ON articles(published DESC, seq DESC, id);
    `,
  },
];
