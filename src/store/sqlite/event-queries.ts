// Stored events by actor, target, type and date, from the events / event_actors rows (migration 6): the query reads
// the index on type and date, and an actor given as a code the one on event_actors; an actor given by name is matched
// word by word against the names the articles give. Newest first.
import type Database from 'better-sqlite3';
import { sideMatches, type EventFilter, type EventRow } from '../event-filter.js';

interface EventKey {
  article_id: string;
  n: number;
  date: string | null;
  type: string;
  mode: string | null;
  status: string;
  cue: string | null;
  sentence_start: number;
  sentence_end: number;
  mentions: number;
}
interface ActorRow {
  side: 'source' | 'target';
  code: string | null;
  name: string;
}

/** An actor query written as a code, three capitals (ISO-3 or IGO, NGO…), is matched through the index; any other
 *  ("Putin", "ukr") by the codes and names of the rows read. */
const CODE = /^[A-Z]{3}$/;

export function eventQueries(db: Database.Database) {
  // Actors given as codes narrow the scan through event_actors_code; the rest is filtered on the rows read.
  const hasCode = (side: string) =>
    `EXISTS (SELECT 1 FROM event_actors x WHERE x.article_id = ev.article_id AND x.n = ev.n AND x.side = '${side}' AND x.code = @${side}Code)`;
  const candidates = db.prepare<Record<string, unknown>, EventKey>(`
    SELECT ev.article_id, ev.n, ev.date, ev.type, ev.mode, ev.status, ev.cue, ev.sentence_start, ev.sentence_end, ev.mentions
    FROM events ev
    WHERE (@type IS NULL OR ev.type = @type)
      AND (@all = 1 OR ev.status = 'asserted')
      AND (@since IS NULL OR ev.date >= @since)
      AND (@until IS NULL OR substr(ev.date, 1, length(@until)) <= @until)
      AND (@sourceCode IS NULL OR ${hasCode('source')})
      AND (@targetCode IS NULL OR ${hasCode('target')})
    ORDER BY ev.date DESC NULLS LAST, ev.article_id, ev.n`);
  const actors = db.prepare<[string, number], ActorRow>('SELECT side, code, name FROM event_actors WHERE article_id = ? AND n = ? ORDER BY side, k');
  const article = db.prepare<[string], { title: string; url: string | null; text: string }>('SELECT title, url, text FROM articles WHERE id = ?');

  return {
    /** Events matching the filter, newest first, at most `limit`. */
    searchEvents(f: EventFilter & { limit: number }): EventRow[] {
      const code = (q: string | undefined) => (q && CODE.test(q) ? q : null);
      const params = {
        type: f.type ? f.type.toUpperCase() : null, all: f.all ? 1 : 0, since: f.since ?? null, until: f.until ?? null,
        sourceCode: code(f.actor), targetCode: code(f.target),
      };
      const rows: EventRow[] = [];
      for (const ev of candidates.iterate(params)) {
        const sides = { source: { codes: [] as string[], names: [] as string[] }, target: { codes: [] as string[], names: [] as string[] } };
        for (const a of actors.all(ev.article_id, ev.n)) {
          if (a.code && !sides[a.side].codes.includes(a.code)) sides[a.side].codes.push(a.code);
          sides[a.side].names.push(a.name);
        }
        if (f.actor && !params.sourceCode && !sideMatches(sides.source, f.actor)) continue;
        if (f.target && !params.targetCode && !sideMatches(sides.target, f.target)) continue;
        const a = article.get(ev.article_id);
        if (!a) continue;
        rows.push({
          articleId: ev.article_id, title: a.title, url: a.url, date: ev.date, type: ev.type, mode: ev.mode, status: ev.status,
          source: sides.source, target: sides.target, cue: ev.cue, sentence: a.text.slice(ev.sentence_start, ev.sentence_end),
          sentenceSpan: { start: ev.sentence_start, end: ev.sentence_end }, mentions: ev.mentions,
        });
        if (rows.length >= f.limit) break;
      }
      return rows;
    },
  };
}
