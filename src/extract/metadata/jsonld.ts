// JSON-LD (schema.org) → the article's headline, authors, dates, publisher, URL and language.
// Tolerant: scripts with comments, CDATA, raw newlines or trailing commas are repaired; a script that still
// does not parse is mined with regular expressions for the few keys we need. Never throws.
import { ARTICLE_TYPES, MAX_JSONLD_CHARS, MAX_JSONLD_NODES } from './settings.js';

export interface JsonLdFacts {
  headline: string | null;
  /** The article node's "name" (often the headline again, sometimes the only title). */
  name: string | null;
  /** Author names as given (uncleaned); URLs possible. */
  authors: string[];
  published: string | null;
  modified: string | null;
  publisher: string | null;
  /** Name of a WebSite node, another outlet candidate. */
  siteName: string | null;
  url: string | null;
  language: string | null;
  /** The matched article @type, lower-case ("newsarticle"), or null when only a generic node was found. */
  type: string | null;
}

type Obj = Record<string, unknown>;

const EMPTY: JsonLdFacts = {
  headline: null, name: null, authors: [], published: null, modified: null, publisher: null, siteName: null, url: null,
  language: null, type: null,
};

export function readJsonLd(scripts: string[]): JsonLdFacts {
  const nodes: Obj[] = [];
  const fallbacks: string[] = [];
  for (const raw of scripts) {
    if (raw.length > MAX_JSONLD_CHARS) continue;
    const parsed = parseLoose(raw);
    if (parsed === undefined) fallbacks.push(raw);
    else flatten(parsed, nodes);
  }
  const out = nodes.length > 0 ? fromNodes(nodes) : { ...EMPTY, authors: [] };
  if (fallbacks.length > 0) fillFromRegex(out, fallbacks);
  return out;
}

/** JSON.parse with repairs for common publisher mistakes; undefined when hopeless. */
function parseLoose(raw: string): unknown {
  let s = raw.trim()
    .replace(/^<!--|-->$/g, '')
    .replace(/^\s*\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>\s*$/g, '')
    .replace(/^<!\[CDATA\[|\]\]>$/g, '')
    .trim()
    .replace(/;+$/, '');
  if (!s) return undefined;
  try { return JSON.parse(s); } catch { /* repair below */ }
  s = s.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1');
  try { return JSON.parse(s); } catch { /* fall through */ }
  // Several objects pasted one after another: "{...}{...}".
  try { return JSON.parse(`[${s.replace(/}\s*{/g, '},{')}]`); } catch { return undefined; }
}

/** Every object with an @type, from arrays, @graph and nested values (iterative, capped). */
function flatten(root: unknown, out: Obj[]): void {
  const stack: unknown[] = [root];
  let seen = 0;
  while (stack.length > 0 && seen++ < MAX_JSONLD_NODES) {
    const v = stack.pop();
    if (Array.isArray(v)) { for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]); continue; }
    if (!isObj(v)) continue;
    if (v['@type'] !== undefined || v['@id'] !== undefined) out.push(v);
    if (Array.isArray(v['@graph'])) stack.push(v['@graph']);
    // Articles nested as mainEntity / hasPart / itemListElement of a WebPage.
    for (const key of ['mainEntity', 'mainEntityOfPage', 'hasPart', 'itemListElement', 'item', 'about']) {
      const child = v[key];
      if (isObj(child) || Array.isArray(child)) stack.push(child);
    }
  }
}

function fromNodes(nodes: Obj[]): JsonLdFacts {
  const byId = new Map<string, Obj>();
  for (const n of nodes) {
    const id = n['@id'];
    if (typeof id === 'string' && n['@type'] !== undefined && !byId.has(id)) byId.set(id, n);
  }
  const resolve = (v: unknown): unknown => {
    if (isObj(v) && typeof v['@id'] === 'string' && Object.keys(v).length <= 2 && byId.has(v['@id'])) return byId.get(v['@id']);
    return v;
  };

  const article = pickArticle(nodes);
  const out: JsonLdFacts = { ...EMPTY, authors: [] };
  const website = nodes.find((n) => typesOf(n).includes('website'));
  out.siteName = str(website?.name) ?? str(website?.alternateName);

  if (!article) {
    const org = nodes.find((n) => typesOf(n).some((t) => t === 'newsmediaorganization' || t === 'organization'));
    out.publisher = str(org?.name);
    return out;
  }
  const type = typesOf(article).find((t) => ARTICLE_TYPES.includes(t)) ?? null;
  out.type = type;
  out.headline = str(article.headline);
  out.name = str(article.name);
  out.authors = names(article.author ?? article.creator, resolve);
  out.published = str(article.datePublished) ?? str(article.dateCreated) ?? str(article.uploadDate);
  out.modified = str(article.dateModified);
  const pub = resolve(firstOf(article.publisher ?? article.sourceOrganization));
  out.publisher = isObj(pub) ? str(pub.name) ?? str(pub.legalName) : str(pub);
  if (!out.publisher && isObj(article.isPartOf)) {
    const part = resolve(article.isPartOf);
    if (isObj(part) && typesOf(part).includes('website')) out.publisher = str(part.name);
  }
  const mainEntity = resolve(article.mainEntityOfPage);
  out.url = str(article.url) ?? (isObj(mainEntity) ? str(mainEntity['@id']) ?? str(mainEntity.url) : str(mainEntity));
  const lang = article.inLanguage;
  out.language = isObj(lang) ? str(lang.alternateName) ?? str(lang.name) : str(firstOf(lang));
  return out;
}

/** The node that best describes the article: most specific type first, then the most complete. */
function pickArticle(nodes: Obj[]): Obj | null {
  let best: Obj | null = null;
  let bestScore = -Infinity;
  for (const n of nodes) {
    const rank = Math.min(...typesOf(n).map((t) => {
      const i = ARTICLE_TYPES.indexOf(t);
      return i < 0 ? Infinity : i;
    }));
    if (!Number.isFinite(rank)) continue;
    // Completeness matters more than small differences of type (NewsArticle vs Article).
    const complete = (n.headline ? 3 : 0) + (n.datePublished ? 2 : 0) + (n.author ? 2 : 0);
    const score = complete * 10 - rank;
    if (score > bestScore) { best = n; bestScore = score; }
  }
  return best;
}

function names(v: unknown, resolve: (v: unknown) => unknown, depth = 0): string[] {
  if (depth > 3 || v === null || v === undefined) return [];
  if (Array.isArray(v)) return v.slice(0, 20).flatMap((x) => names(x, resolve, depth + 1));
  const r = resolve(v);
  if (typeof r === 'string') return r.trim() ? [r.trim()] : [];
  if (!isObj(r)) return [];
  const name = r.name;
  if (typeof name === 'string') return name.trim() ? [name.trim()] : [];
  if (name !== undefined) return names(name, resolve, depth + 1);
  const given = str(r.givenName), family = str(r.familyName);
  if (given || family) return [[given, family].filter(Boolean).join(' ')];
  return [];
}

/** When a script does not parse at all, take quoted values of the keys we need. */
function fillFromRegex(out: JsonLdFacts, scripts: string[]): void {
  const text = scripts.join('\n');
  const grab = (key: string): string | null => {
    const m = new RegExp(`"${key}"\\s*:\\s*"((?:[^"\\\\]|\\\\.){1,400})"`).exec(text);
    return m ? unescapeJson(m[1]) : null;
  };
  out.headline ??= grab('headline');
  out.published ??= grab('datePublished');
  out.modified ??= grab('dateModified');
  if (out.authors.length === 0) {
    const m = /"author"\s*:\s*(?:\[\s*)?(?:\{[^{}]*?"name"\s*:\s*)?"((?:[^"\\]|\\.){1,200})"/.exec(text);
    if (m) out.authors = [unescapeJson(m[1])];
  }
}

function unescapeJson(s: string): string {
  try { return JSON.parse(`"${s}"`) as string; } catch { return s; }
}

function typesOf(n: Obj): string[] {
  const t = n['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/:#]/, '').toLowerCase());
}

function firstOf(v: unknown): unknown {
  return Array.isArray(v) ? v[0] : v;
}

function str(v: unknown): string | null {
  const x = firstOf(v);
  if (typeof x === 'string') return x.trim() || null;
  if (typeof x === 'number' && Number.isFinite(x)) return String(x);
  return null;
}

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
