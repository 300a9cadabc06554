// Our search query language: a small tree (words, phrases, prefixes, AND / OR / NOT, title: / text: fields) that
// every store translates into its own engine's syntax (sqlite/query-fts.ts: FTS5 MATCH), so no store's syntax is the
// contract. parseQuery reads what users type:
//
//   ceasefire talks            both words (AND is implied)        "peace talks"     the words in this order
//   talks AND Putin            the same, spelled out             sanction*         a word starting so
//   Kyiv OR Kiev               either                            title:ceasefire   in the title (or text:)
//   talks NOT Moscow           talks, without Moscow             -Moscow           the same as NOT Moscow
//   (Kyiv OR Kiev) AND talks   parentheses group                 title:(a OR b)    a field for a group
//
// Operators are upper case (a lower-case "or" is a word); NOT binds tighter than AND, AND tighter than OR (as in
// FTS5, which the store's users typed until now). Punctuation inside a word is the store's business: a word is
// matched as the store's tokenizer splits it ("peace-talks", "Zelenskyy's", "U.S." just work). A word with no letter
// or digit ("&&", a lone "-") names nothing and is left out; "^" (FTS5's first-token marker) is ignored, and FTS5's
// NEAR(a b) reads as (a b).
import { SearchSyntaxError } from './types.js';
import { MAX_QUERY_CHARS, MAX_QUERY_DEPTH, MAX_QUERY_TERMS } from './query-settings.js';

/** Fields a query can be limited to. */
export type QueryField = 'title' | 'text';
export const QUERY_FIELDS: readonly QueryField[] = ['title', 'text'];

/** A word, matched as the store tokenizes it (stemmed and folded where the store does so). */
export interface WordQuery { kind: 'word'; text: string; prefix?: boolean }
/** Words in this order, next to each other; `prefix`: the last one may continue ("peace tal*"). */
export interface PhraseQuery { kind: 'phrase'; text: string; prefix?: boolean }
/** Every part; parts that are `not` exclude (an `and` needs at least one part that is not a `not`). */
export interface AndQuery { kind: 'and'; of: Query[] }
/** Any part (no part may be a `not`: "anything but x" is not a search). */
export interface OrQuery { kind: 'or'; of: Query[] }
/** Excludes: only as a part of an `and`. */
export interface NotQuery { kind: 'not'; of: Query }
/** The query, limited to one field; an inner field wins. */
export interface FieldQuery { kind: 'field'; field: QueryField; of: Query }

export type Query = WordQuery | PhraseQuery | AndQuery | OrQuery | NotQuery | FieldQuery;

// Builders, for callers that make queries without a string.
export const word = (text: string, prefix = false): WordQuery => (prefix ? { kind: 'word', text, prefix } : { kind: 'word', text });
export const phrase = (text: string, prefix = false): PhraseQuery => (prefix ? { kind: 'phrase', text, prefix } : { kind: 'phrase', text });
export const and = (...of: Query[]): Query => (of.length === 1 ? of[0] : { kind: 'and', of });
export const or = (...of: Query[]): Query => (of.length === 1 ? of[0] : { kind: 'or', of });
export const not = (of: Query): NotQuery => ({ kind: 'not', of });
export const inField = (field: QueryField, of: Query): FieldQuery => ({ kind: 'field', field, of });

/** Caps applied to every query; the defaults are query-settings.ts. */
export interface QueryCaps {
  chars: number;
  terms: number;
  depth: number;
}
const DEFAULT_CAPS: QueryCaps = { chars: MAX_QUERY_CHARS, terms: MAX_QUERY_TERMS, depth: MAX_QUERY_DEPTH };

/** A word or phrase names something when it holds a letter or a digit (any script). */
const NAMES_SOMETHING = /[\p{L}\p{N}]/u;
/** Control characters have no place in a term (and a NUL would cut a C string short in an engine). */
const CONTROL = /[\u0000-\u001f\u007f]/g;

type Token =
  | { t: 'term'; kind: 'word' | 'phrase'; text: string; prefix: boolean }
  | { t: 'and' | 'or' | 'not' | 'minus' | 'open' | 'close' }
  | { t: 'field'; field: QueryField };

/** Splits the query into tokens; throws on an unterminated phrase. */
function tokenize(input: string, label: string): Token[] {
  const out: Token[] = [];
  const s = input.replace(CONTROL, ' ');
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (/\s/.test(c)) i++;
    else if (c === '(' || c === ')') {
      out.push({ t: c === '(' ? 'open' : 'close' });
      i++;
    } else if (c === '"') {
      const end = s.indexOf('"', i + 1);
      if (end < 0) throw new SearchSyntaxError(`${label}: unterminated phrase (a " without its closing ")`);
      let j = end + 1;
      while (s[j] === '*') j++;
      out.push({ t: 'term', kind: 'phrase', text: s.slice(i + 1, end), prefix: j > end + 1 });
      i = j;
    } else {
      let j = i;
      while (j < s.length && !/[\s()"]/.test(s[j])) j++;
      bare(s.slice(i, j), s[j], out);
      i = j;
    }
  }
  return out;
}

/** A token between spaces, parentheses and quotes; `next` is the character right after it. */
function bare(tok: string, next: string | undefined, out: Token[]): void {
  if (tok === 'NEAR' && next === '(') return; // FTS5's NEAR(a b): read as a group of words that must all occur
  if (tok === 'AND' || tok === 'OR' || tok === 'NOT') {
    out.push({ t: tok === 'AND' ? 'and' : tok === 'OR' ? 'or' : 'not' });
    return;
  }
  const glued = next === '"' || next === '(';
  const field = /^([a-z]+):(.*)$/.exec(tok);
  if (field && (QUERY_FIELDS as readonly string[]).includes(field[1]) && (field[2] || glued)) {
    out.push({ t: 'field', field: field[1] as QueryField });
    if (field[2]) bare(field[2], next, out);
    return;
  }
  if (tok.startsWith('-') && (tok.length > 1 || glued)) {
    out.push({ t: 'minus' });
    if (tok.length > 1) bare(tok.slice(1), next, out);
    return;
  }
  let text = tok.replace(/^\^+/, '');
  const prefix = /\*$/.test(text);
  text = text.replace(/\*+$/, '');
  out.push({ t: 'term', kind: 'word', text, prefix });
}

/**
 * The query the user typed, as a tree; throws SearchSyntaxError (one line starting with `label`) for a query that
 * is empty, malformed, over a cap, or that excludes without including anything.
 */
export function parseQuery(input: string, opts: { label?: string; caps?: QueryCaps } = {}): Query {
  const label = opts.label ?? 'search';
  const caps = opts.caps ?? DEFAULT_CAPS;
  if (input.length > caps.chars) throw new SearchSyntaxError(`${label}: query too long (${input.length} characters; at most ${caps.chars})`);
  // Terms that name nothing are left out before parsing, as if they had not been typed.
  const tokens = tokenize(input, label).filter((t) => t.t !== 'term' || NAMES_SOMETHING.test(t.text));
  if (!tokens.some((t) => t.t === 'term')) throw new SearchSyntaxError(`${label}: empty query`);
  let pos = 0;
  let depth = 0;
  const peek = () => tokens[pos];
  const fail = (what: string): never => {
    throw new SearchSyntaxError(`${label}: ${what}`);
  };
  const startsOperand = (t: Token | undefined) => !!t && (t.t === 'term' || t.t === 'open' || t.t === 'field' || t.t === 'minus' || t.t === 'not');

  function orExpr(): Query {
    const parts = [andExpr()];
    while (peek()?.t === 'or') {
      pos++;
      if (!startsOperand(peek())) fail('OR needs a word on each side');
      parts.push(andExpr());
    }
    return or(...parts.flatMap((p) => (p.kind === 'or' ? p.of : [p])));
  }

  function andExpr(): Query {
    const parts = [unary()];
    for (;;) {
      const t = peek();
      if (t?.t === 'and') {
        pos++;
        if (!startsOperand(peek())) fail('AND needs a word on each side');
        parts.push(unary());
      } else if (startsOperand(t)) parts.push(unary()); // "a NOT b" is "a" and "NOT b"
      else break;
    }
    return and(...parts.flatMap((p) => (p.kind === 'and' ? p.of : [p])));
  }

  function unary(): Query {
    const t = peek();
    if (t?.t === 'minus' || t?.t === 'not') {
      pos++;
      if (!startsOperand(peek()) || peek()?.t === 'not' || peek()?.t === 'minus') fail(`${t.t === 'not' ? 'NOT' : '-'} needs a word after it`);
      return not(primary());
    }
    return primary();
  }

  function primary(): Query {
    const t = peek();
    if (!t) return fail('query ends too early');
    pos++;
    switch (t.t) {
      case 'term':
        return t.kind === 'word' ? word(t.text, t.prefix) : phrase(t.text, t.prefix);
      case 'field':
        if (!startsOperand(peek()) || peek()?.t === 'field') fail(`${t.field}: needs a word after it`);
        return inField(t.field, unary());
      case 'open': {
        if (++depth > caps.depth) fail(`query nested too deeply (at most ${caps.depth} levels of parentheses)`);
        if (peek()?.t === 'close') fail('empty parentheses');
        const inner = orExpr();
        if (peek()?.t !== 'close') fail('unbalanced parentheses (a "(" without its ")")');
        pos++;
        depth--;
        return inner;
      }
      case 'close':
        return fail('unbalanced parentheses (a ")" without its "(")');
      default:
        return fail(`${t.t.toUpperCase()} needs a word on each side`);
    }
  }

  const q = orExpr();
  if (pos < tokens.length) fail(peek()!.t === 'close' ? 'unbalanced parentheses (a ")" without its "(")' : 'unexpected operator');
  checkQuery(q, { label, caps });
  return q;
}

/**
 * Throws SearchSyntaxError when a query (parsed, or built by a caller) cannot be searched: an empty term, an
 * exclusion outside an AND or with nothing to exclude from, too many words or too deep. Stores call it on every
 * query they are given.
 */
export function checkQuery(q: Query, opts: { label?: string; caps?: QueryCaps } = {}): void {
  const label = opts.label ?? 'search';
  const caps = opts.caps ?? DEFAULT_CAPS;
  const fail = (what: string): never => {
    throw new SearchSyntaxError(`${label}: ${what}`);
  };
  let terms = 0;
  let chars = 0;
  /** `q` with its field wrappers taken off. */
  const bare = (x: Query): Query => (x.kind === 'field' ? bare(x.of) : x);
  /** `within`: what holds x — an AND (which may exclude), an OR, a NOT, or nothing (the query itself). */
  const visit = (x: Query, depth: number, within: 'and' | 'or' | 'not' | 'top'): void => {
    if (depth > caps.depth * 4 + 4) fail(`query nested too deeply (at most ${caps.depth} levels of parentheses)`);
    switch (x.kind) {
      case 'word':
      case 'phrase':
        if (typeof x.text !== 'string' || !NAMES_SOMETHING.test(x.text)) fail('a word or phrase with no letter or digit');
        terms += x.kind === 'word' ? 1 : x.text.split(/\s+/).filter((w) => NAMES_SOMETHING.test(w)).length;
        chars += x.text.length;
        return;
      case 'field':
        if (!QUERY_FIELDS.includes(x.field)) fail(`unknown field "${String(x.field)}"`);
        return visit(x.of, depth + 1, within);
      case 'not':
        if (within === 'top') fail('a query needs at least one word that is not excluded by NOT or -');
        if (within === 'or') fail('NOT / - cannot be one side of an OR (write "a NOT c OR b NOT c")');
        if (within === 'not') fail('an exclusion cannot be excluded');
        return visit(x.of, depth + 1, 'not');
      case 'and':
      case 'or': {
        if (!Array.isArray(x.of) || !x.of.length) fail(`an empty ${x.kind.toUpperCase()}`);
        if (x.kind === 'and' && x.of.every((p) => bare(p).kind === 'not'))
          fail('a query needs at least one word that is not excluded by NOT or -');
        for (const p of x.of) visit(p, depth + 1, x.kind);
        return;
      }
      default:
        fail('not a query');
    }
  };
  visit(q, 0, 'top');
  if (terms > caps.terms) fail(`too many words in the query (${terms}; at most ${caps.terms})`);
  if (chars > caps.chars) fail(`query too long (${chars} characters; at most ${caps.chars})`);
}

/** The words and phrases a query looks for (not those it excludes), e.g. to highlight them. */
export function positiveTerms(q: Query): (WordQuery | PhraseQuery)[] {
  switch (q.kind) {
    case 'word':
    case 'phrase':
      return [q];
    case 'not':
      return [];
    case 'field':
      return positiveTerms(q.of);
    default:
      return q.of.flatMap(positiveTerms);
  }
}
