// A cost cap for full-text queries: FTS5 cannot be interrupted from better-sqlite3 (no progress handler), so a
// query is vetted before it runs: length, number of words, and what its prefix terms expand to in the index.
import type Database from 'better-sqlite3';
import { SearchSyntaxError } from '../types.js';
import { MAX_PREFIX_POSTINGS, MAX_QUERY_CHARS, MAX_QUERY_TERMS } from './settings.js';

const OPERATORS = new Set(['AND', 'OR', 'NOT', 'NEAR']);
/** A word right before a '*' (optionally closing a phrase): the prefix FTS5 expands. */
const PREFIX = /([\p{L}\p{N}_]+)"?\*/gu;
const WORD = /[\p{L}\p{N}_]+/gu;

/** Folds a prefix the way the index tokenizer does (unicode61 remove_diacritics: lower case, no accents). */
const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export interface QueryCost {
  /** Throws SearchSyntaxError (one line, starting with `label`) when the query is over a cap. */
  check(query: string, label: string): void;
}

/** The cost check for queries against the FTS5 table `fts` (a vocabulary table is made for it, per connection). */
export interface CostCaps {
  chars: number;
  terms: number;
  prefixPostings: number;
}

const DEFAULT_CAPS: CostCaps = { chars: MAX_QUERY_CHARS, terms: MAX_QUERY_TERMS, prefixPostings: MAX_PREFIX_POSTINGS };

export function queryCost(db: Database.Database, fts: string, caps: CostCaps = DEFAULT_CAPS): QueryCost {
  const vocab = `${fts}_cost_vocab`;
  db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.${vocab} USING fts5vocab(main, ${fts}, row)`);
  const expansion = db.prepare<[string, string], { doc: number }>(`SELECT doc FROM temp.${vocab} WHERE term >= ? AND term < ?`);

  /** Postings read for one prefix, counted only up to `budget` (the scan stops there). */
  function postings(prefix: string, budget: number): number {
    let total = 0;
    for (const row of expansion.iterate(prefix, prefix + '\u{10FFFF}')) {
      total += row.doc;
      if (total > budget) break;
    }
    return total;
  }

  return {
    check(query, label) {
      if (query.length > caps.chars)
        throw new SearchSyntaxError(`${label}: query too long (${query.length} characters; at most ${caps.chars})`);
      const words = [...query.matchAll(WORD)].filter((m) => !OPERATORS.has(m[0])).length;
      if (words > caps.terms) throw new SearchSyntaxError(`${label}: too many words in the query (${words}; at most ${caps.terms})`);
      let spent = 0;
      for (const m of query.matchAll(PREFIX)) {
        spent += postings(fold(m[1]), caps.prefixPostings - spent);
        if (spent > caps.prefixPostings)
          throw new SearchSyntaxError(`${label}: prefix terms match too much of the index (use longer prefixes or fewer of them)`);
      }
    },
  };
}
