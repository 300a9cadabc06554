// The user's search query is FTS5 syntax (phrases "…", AND/OR/NOT, NEAR(…), prefix*, ^initial, title:/text:).
// Plain words with punctuation that FTS5 rejects (peace-talks, Zelenskyy's, 10:30, U.S.) are common in news
// queries, so when the raw query fails to parse it is retried once, "repaired": every term that is not an
// operator is quoted as a phrase (which FTS5 tokenizes like the indexed text), keeping operators, parentheses,
// existing quoted phrases, a trailing * and a leading ^. Only when the repaired query also fails (real syntax
// errors: "foo AND", "(a OR", an unterminated quote) is a SearchSyntaxError raised, with the raw query's error.

const OPERATORS = new Set(['AND', 'OR', 'NOT']);
/** Column filters that stay filters after repair; must match the columns of articles_fts. */
const COLUMNS = new Set(['title', 'text']);

/** True for errors SQLite raises while parsing an FTS5 MATCH expression. */
export function isFtsQueryError(err: unknown): err is Error {
  return (
    err instanceof Error &&
    /^(fts5: |no such column: |unterminated string|unknown special query)/.test(err.message)
  );
}

/** The query with every non-operator term quoted; a quoted phrase or operator is kept as written. */
export function repairQuery(query: string): string {
  const out: string[] = [];
  const re = /"(?:[^"]|"")*"?|[()]|[^\s()"]+/g;
  for (const m of query.matchAll(re)) {
    const tok = m[0];
    const isNear = tok === 'NEAR' && /^\s*\(/.test(query.slice(m.index + tok.length));
    if (tok.startsWith('"') || tok === '(' || tok === ')' || OPERATORS.has(tok) || isNear) out.push(tok);
    else out.push(quoteTerm(tok));
  }
  return out.filter(Boolean).join(' ');
}

function quoteTerm(term: string): string {
  let col = '';
  const colon = term.indexOf(':');
  if (colon > 0 && COLUMNS.has(term.slice(0, colon))) {
    col = term.slice(0, colon + 1);
    term = term.slice(colon + 1);
  }
  const initial = term.startsWith('^') ? '^' : '';
  if (initial) term = term.slice(1);
  const prefix = term.endsWith('*') ? '*' : '';
  if (prefix) term = term.replace(/\*+$/, '');
  if (!term) return '';
  return `${col}${initial}"${term.replace(/"/g, '""')}"${prefix}`;
}
