// Our query tree (../query.ts) as an FTS5 MATCH expression. Every word and phrase becomes an FTS5 string ("…", a
// '"' inside doubled), which FTS5 tokenizes like the indexed text (stemmed, diacritics folded, punctuation splits
// words), so nothing a user types can be read as FTS5 syntax: operators, NEAR, columns, '*' and '^' come only from
// the tree. Groups are always parenthesized, so the expression never depends on FTS5's operator precedence.
import type { Query, QueryField } from '../query.js';

/** The FTS5 column each query field searches; a field mapped to null is not limited (the whole row). */
export type ColumnMap = Record<QueryField, string | null>;

/** articles_fts has the columns title and text. */
export const ARTICLE_COLUMNS: ColumnMap = { title: 'title', text: 'text' };

const CONTROL = /[\u0000-\u001f\u007f]/g;

/** An FTS5 string literal: the only special character inside is '"', written twice. */
export const ftsString = (s: string): string => `"${s.replace(CONTROL, ' ').replace(/"/g, '""')}"`;

/**
 * The MATCH expression of `q` (checked by checkQuery first: every `not` is a part of an `and` with a part that is
 * not). `column`: the column every term is limited to unless a field says otherwise (null: all columns).
 */
export function toFts5(q: Query, columns: ColumnMap = ARTICLE_COLUMNS, column: string | null = null): string {
  switch (q.kind) {
    case 'word':
    case 'phrase': {
      const term = ftsString(q.text) + (q.prefix ? '*' : '');
      return column ? `${column} : ${term}` : term;
    }
    case 'field':
      return toFts5(q.of, columns, columns[q.field] ?? column);
    case 'or':
      return group(q.of.map((p) => toFts5(p, columns, column)), 'OR');
    case 'and': {
      const isNot = (p: Query): boolean => (p.kind === 'field' ? isNot(p.of) : p.kind === 'not');
      const pos = group(q.of.filter((p) => !isNot(p)).map((p) => toFts5(p, columns, column)), 'AND');
      const neg = q.of.filter(isNot).map((p) => toFts5(p, columns, column));
      return neg.length ? `(${pos} NOT ${group(neg, 'OR')})` : pos;
    }
    case 'not':
      // Reached through `and` only (a field around a not is passed down here): the excluded part itself.
      return toFts5(q.of, columns, column);
  }
}

const group = (parts: string[], op: 'AND' | 'OR'): string => (parts.length === 1 ? parts[0] : `(${parts.join(` ${op} `)})`);
