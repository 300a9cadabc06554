// Canonical entities page by page (the API's entity list): most mentioned first, narrowed by type and by words of
// the name, each word matched as a whole word of the normalised name (entity-key.ts nameKey: case, diacritics and
// punctuation folded), so "zelensky" does not find "Zelenskyy" but "volodymyr" does.
import type Database from 'better-sqlite3';
import type { EntityListQuery } from '../api.js';
import type { EntityStats } from '../types.js';
import { nameKey } from './entity-key.js';
import { DEFAULT_ENTITY_LIMIT } from './settings.js';

/** Name words kept at most (a name is a few words; more only lengthens the statement). */
const MAX_NAME_WORDS = 8;

interface Row {
  id: number;
  name: string;
  type: EntityStats['type'];
  country: string;
  articles: number;
  mentions: number;
}

const likeWord = (w: string) => `% ${w.replace(/[\\%_]/g, (c) => `\\${c}`)} %`;

export function entityLister(db: Database.Database) {
  const statements = new Map<string, Database.Statement<unknown[], Row>>();
  function statement(words: number, typed: boolean) {
    const key = `${words}:${typed}`;
    let st = statements.get(key);
    if (!st) {
      const where = [
        ...(typed ? ['e.type = ?'] : []),
        ...Array.from({ length: words }, () => "(' ' || e.name_key || ' ') LIKE ? ESCAPE '\\'"),
      ];
      st = db.prepare<unknown[], Row>(`
        SELECT e.id, e.name, e.type, e.country, count(DISTINCT ae.article_id) AS articles, sum(ae.mention_count) AS mentions
        FROM article_entities ae JOIN entities e ON e.id = ae.entity_id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        GROUP BY ae.entity_id
        ORDER BY mentions DESC, articles DESC, e.name, e.id
        LIMIT ? OFFSET ?`);
      statements.set(key, st);
    }
    return st;
  }

  return function listEntities(q: EntityListQuery = {}): EntityStats[] {
    const words = q.name ? nameKey(q.name).split(' ').filter(Boolean).slice(0, MAX_NAME_WORDS) : [];
    const limit = Math.max(1, Math.floor(q.limit ?? DEFAULT_ENTITY_LIMIT));
    const offset = Math.max(0, Math.floor(q.offset ?? 0));
    const params = [...(q.type ? [q.type] : []), ...words.map(likeWord), limit, offset];
    return statement(words.length, !!q.type).all(...params).map((r) => ({ ...r, country: r.country || null }));
  };
}
