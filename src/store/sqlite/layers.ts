// The analysis layers of each article's latest version as rows: canonical entities, quotes (with their search
// index), amounts, times. Written inside the article's put transaction; see migrations.ts step 3.
import type Database from 'better-sqlite3';
import type { Analysis, Entity } from '../../doc/schema.js';
import { betterName, decideMerge, lastWord, nameKey, type Candidate } from './entity-key.js';
import { REBUILD_PAGE_SIZE, SUFFIX_MERGE_TYPES } from './settings.js';

const REBUILD_FLAG = 'rebuild_layers';

export function layerRepo(db: Database.Database) {
  const st = {
    clear: ['article_entities', 'quotes', 'amounts', 'times', 'event_actors', 'events'].map((t) => db.prepare<[string]>(`DELETE FROM ${t} WHERE article_id = ?`)),
    hasQuotes: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM quotes WHERE article_id = ? LIMIT 1'),
    unindexQuotes: db.prepare<[string]>('DELETE FROM quotes_fts WHERE rowid IN (SELECT id FROM quotes WHERE article_id = ?)'),
    indexQuotes: db.prepare<[string]>(`
      INSERT INTO quotes_fts (rowid, text, speaker)
      SELECT q.id, q.text, trim(coalesce(e.name, '') || ' ' || coalesce(q.speaker_text, ''))
      FROM quotes q LEFT JOIN entities e ON e.id = q.speaker_id
      WHERE q.article_id = ?`),
    exact: db.prepare<[string, string, string], { id: number; name: string }>(
      'SELECT id, name FROM entities WHERE name_key = ? AND type = ? AND country = ?',
    ),
    // Persons may merge by surname, so their candidates share the last word; other types merge only on an
    // equal key (a last-word lookup would return every "… Bank" for a bank).
    bySurname: db.prepare<[string, string], Candidate>(
      'SELECT id, name, name_key AS nameKey, country FROM entities WHERE type = ? AND last_word = ?',
    ),
    byKey: db.prepare<[string, string], Candidate>(
      'SELECT id, name, name_key AS nameKey, country FROM entities WHERE type = ? AND name_key = ?',
    ),
    mentionsOf: db.prepare<[number], { n: number | null }>(
      'SELECT sum(mention_count) AS n FROM article_entities WHERE entity_id = ?',
    ),
    insertEntity: db.prepare<[string, string, string, string, string, string]>(
      'INSERT INTO entities (name, type, country, name_key, last_word, first_seen) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    rename: db.prepare<[string, string, number]>('UPDATE entities SET name = ?, name_key = ? WHERE id = ?'),
    setCountry: db.prepare<[string, number]>('UPDATE entities SET country = ? WHERE id = ?'),
    articleEntity: db.prepare(`
      INSERT INTO article_entities (article_id, local_id, entity_id, name, role, country, sector, mention_count)
      VALUES (@articleId, @localId, @entityId, @name, @role, @country, @sector, @mentions)`),
    quote: db.prepare(`
      INSERT INTO quotes (article_id, n, char_start, char_end, kind, text, speaker_id, speaker_text, cue)
      VALUES (@articleId, @n, @start, @end, @kind, @text, @speakerId, @speakerText, @cue)`),
    amount: db.prepare(`
      INSERT INTO amounts (article_id, n, char_start, char_end, text, value, min, max, unit, currency, object)
      VALUES (@articleId, @n, @start, @end, @text, @value, @min, @max, @unit, @currency, @object)`),
    time: db.prepare(`
      INSERT INTO times (article_id, n, char_start, char_end, text, type, value, mod)
      VALUES (@articleId, @n, @start, @end, @text, @type, @value, @mod)`),
    event: db.prepare(`
      INSERT INTO events (article_id, n, type, mode, status, date, reciprocal, cue, sentence_start, sentence_end, mentions)
      VALUES (@articleId, @n, @type, @mode, @status, @date, @reciprocal, @cue, @sentenceStart, @sentenceEnd, @mentions)`),
    eventActor: db.prepare(`
      INSERT INTO event_actors (article_id, n, side, k, code, name) VALUES (@articleId, @n, @side, @k, @code, @name)`),
    flagged: db.prepare<[string], { name: string }>('SELECT name FROM store_flags WHERE name = ?'),
    unflag: db.prepare<[string]>('DELETE FROM store_flags WHERE name = ?'),
    page: db.prepare<[number, number], { seq: number; id: string; first_seen: string; analysis: string }>(`
      SELECT a.seq, a.id, a.first_seen, v.analysis
      FROM articles a JOIN article_versions v ON v.article_id = a.id AND v.version = a.latest_version
      WHERE a.seq > ? ORDER BY a.seq LIMIT ?`),
  };

  const mentionsOf = (id: number) => st.mentionsOf.get(id)?.n ?? 0;

  /** The canonical entity id for an article's entity, creating or growing the stored entity as the rule says. */
  function canonicalId(e: Entity, key: string, seen: string): number {
    const country = e.country ?? '';
    // The common case (a name seen before, same country) is one probe of the unique index; rule 2 of entity-key.ts.
    const exact = st.exact.get(key, e.type, country);
    if (exact) {
      const name = betterName(exact.name, e.name);
      if (name !== exact.name) st.rename.run(name, key, exact.id);
      return exact.id;
    }
    const candidates = SUFFIX_MERGE_TYPES.has(e.type) ? st.bySurname.all(e.type, lastWord(key)) : st.byKey.all(e.type, key);
    const decision = decideMerge({ name: e.name, key, type: e.type, country }, candidates, mentionsOf);
    if (decision.kind === 'create') return Number(st.insertEntity.run(e.name, e.type, country, key, lastWord(key), seen).lastInsertRowid);
    if (decision.rename) st.rename.run(decision.rename.name, decision.rename.key, decision.id);
    if (decision.country) st.setCountry.run(decision.country, decision.id);
    return decision.id;
  }

  /** Replaces the article's layer rows with those of `a` (its new latest version). Run inside the put;
   *  `fresh` (a new article, or a rebuild after clearing all) skips deleting rows that cannot exist. */
  function write(a: Analysis, seen: string, fresh = false): void {
    if (!fresh) {
      if (st.hasQuotes.get(a.id)) st.unindexQuotes.run(a.id);
      for (const s of st.clear) s.run(a.id);
    }
    const global = new Map<string, number>();
    const entities = a.entities ?? [];
    const keyed = entities
      .map((e) => ({ e, key: nameKey(e.name) || e.name.trim().toLowerCase() }))
      .filter((k) => k.key) // a name of punctuation only names nothing
      // Fuller names first, so a surname in the same article finds the entity its full name created or grew.
      .sort((x, y) => y.key.length - x.key.length);
    for (const { e, key } of keyed) {
      if (!global.has(e.id)) global.set(e.id, canonicalId(e, key, seen)); // a repeated local id: the first stands
    }
    const written = new Set<string>();
    for (const e of entities) {
      const entityId = global.get(e.id);
      if (entityId === undefined || written.has(e.id)) continue;
      written.add(e.id);
      st.articleEntity.run({
        articleId: a.id, localId: e.id, entityId, name: e.name, role: e.role ?? null, country: e.country ?? null,
        sector: e.sector ?? null, mentions: e.mentions?.length ?? 0,
      });
    }
    (a.quotes ?? []).forEach((q, n) =>
      st.quote.run({
        articleId: a.id, n, start: q.start, end: q.end, kind: q.kind, text: q.text,
        speakerId: q.speaker ? global.get(q.speaker) ?? null : null, speakerText: q.speakerText ?? null, cue: q.cue?.text ?? null,
      }),
    );
    if (a.quotes?.length) st.indexQuotes.run(a.id);
    (a.amounts ?? []).forEach((m, n) =>
      st.amount.run({
        articleId: a.id, n, start: m.start, end: m.end, text: m.text, value: m.value ?? null, min: m.min ?? null,
        max: m.max ?? null, unit: m.unit ?? null, currency: m.currency ?? null, object: m.object ?? null,
      }),
    );
    (a.times ?? []).forEach((t, n) =>
      st.time.run({ articleId: a.id, n, start: t.start, end: t.end, text: t.text, type: t.type, value: t.value, mod: t.mod ?? null }),
    );
    writeEvents(a);
  }

  /** The article's events and their actors as rows (an actor is an entity id of the article, or an actor code). */
  function writeEvents(a: Analysis): void {
    const byId = new Map((a.entities ?? []).map((e) => [e.id, e]));
    const day = a.published?.slice(0, 10) ?? null;
    (a.events ?? []).forEach((e, n) => {
      st.event.run({
        articleId: a.id, n, type: e.type, mode: e.mode ?? null, status: e.status ?? 'asserted', date: e.date ?? day,
        reciprocal: e.reciprocal ? 1 : 0, cue: e.cue?.text ?? null, sentenceStart: e.sentence.start, sentenceEnd: e.sentence.end,
        mentions: 1 + (e.mentions?.length ?? 0),
      });
      for (const side of ['source', 'target'] as const) {
        e[side].forEach((ref, k) => {
          const ent = byId.get(ref);
          st.eventActor.run({ articleId: a.id, n, side, k, code: ent ? ent.country ?? null : ref, name: ent ? ent.name : ref });
        });
      }
    });
  }

  // Every article's rows from its stored latest analysis, in first-seen order (so entities keep the name and
  // first_seen they would have had), in one transaction: a reader never sees half-built layers.
  const rebuild = db.transaction((): boolean => {
    if (!st.flagged.get(REBUILD_FLAG)) return false; // another connection did it meanwhile
    db.exec(`DELETE FROM quotes_fts; DELETE FROM quotes; DELETE FROM amounts; DELETE FROM times;
      DELETE FROM event_actors; DELETE FROM events; DELETE FROM article_entities; DELETE FROM entities;`);
    for (let after = 0; ; ) {
      const rows = st.page.all(after, REBUILD_PAGE_SIZE);
      for (const r of rows) write({ ...(JSON.parse(r.analysis) as Analysis), id: r.id }, r.first_seen, true);
      if (rows.length < REBUILD_PAGE_SIZE) break;
      after = rows[rows.length - 1].seq;
    }
    st.unflag.run(REBUILD_FLAG);
    return true;
  });

  return {
    write,
    /** Rebuilds all layer rows when a migration asked for it; true if it did. A cheap read when not needed,
     *  so opening a store for reading never waits for a writer's lock. */
    rebuildIfFlagged: (): boolean => (st.flagged.get(REBUILD_FLAG) ? rebuild.immediate() : false),
  };
}
