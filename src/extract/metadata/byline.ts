// Byline cleaning: raw author strings ("By JANE DOE and John Smith, Staff Writers | Reuters  March 5, 2018")
// → a list of names (["Jane Doe", "John Smith"]). Drops URLs, handles, e-mails, dates, roles, credentials,
// and names that are the outlet itself.
import {
  BYLINE_PREFIXES, CREDENTIALS, MAX_AUTHORS, MIN_OUTLET_KEY_IN_NAME, MIN_SINGLE_NAME_CHARS, UI_WORDS, MAX_NAME_CHARS, MAX_NAME_WORDS, NAME_CONNECTIVES, NON_NAMES, ROLE_WORDS,
} from './settings.js';
import { decodeHTML } from 'entities';
import { isUrlLike, key } from './text.js';

/** News agencies: kept when they are the only author, dropped as a tail after personal names. */
const AGENCIES = new Set(['reuters', 'ap', 'associatedpress', 'afp', 'dpa', 'apa', 'ansa', 'efe', 'bloomberg', 'pa', 'upi', 'kna', 'epd', 'sda', 'ats', 'kyodo', 'xinhua', 'tass', 'ria', 'cnn', 'bbc']);

const PREFIX_RE = new RegExp(`^(?:${[...BYLINE_PREFIXES].sort((a, b) => b.length - a.length).map(escapeRe).join('|')})(?:\\s*[:|-]\\s*|\\s+)`, 'i');
const PREFIX_WORDS = new Set(BYLINE_PREFIXES);
/** Words a name may add to the outlet's name and still be the outlet ("Die FURCHE", "Casa Editorial El Tiempo"). */
const OUTLET_NAME_EXTRA_WORDS = 2;
/** A prefix word standing alone is no name ("por"), except "Redaktion": the newsroom's own byline. */
const LONE_PREFIX_REJECT = new Set(BYLINE_PREFIXES.filter((p) => p !== 'redaktion'));
/** Legal forms that end a company name. */
const COMPANY_RE = /\b(?:GmbH|AG|SE|Inc|Ltd|LLC|e\.\s?V|Verlag|S\.A|SA|KG|Co)\.?$/;
/** A byline word in the middle of a piece, before a capitalised name. */
// Not "von"/"de"/"di": those are also name particles ("Walter von Aachen").
const INNER_BY_RE = /(?:^|\s)(?:[Bb]y|BY|[Pp]ar|PAR|[Pp]or|POR|[Dd]oor)\s+(?=\p{Lu})/gu;
/** Lower-case words allowed inside a name ("Jose de la Cruz", "Ludwig van Beethoven"). */
const NAME_PARTICLES = new Set(['de', 'la', 'le', 'del', 'della', 'di', 'da', 'das', 'do', 'dos', 'du', 'van', 'von', 'der', 'den', 'ten', 'ter', 'zu', 'y', 'e', 'bin', 'ibn', 'al', 'el', 'af', 'av', 'zur', 'st.', "d'"]);
const CONNECTIVE_RE = new RegExp(`\\s+(?:${NAME_CONNECTIVES.map(escapeRe).join('|')})\\s+`, 'i');
/** Segments introduced by these are not authors ("Edited by", "Photos by"). */
const NOT_AUTHOR_RE = /^(?:publiziert|veröffentlicht|erschienen|aktualisiert|publié|mis à jour|publicado|actualizado|pubblicato|edited|reviewed|fact[- ]checked|illustrat\w*|photos?|photograph\w*|images?|graphics?|video|additional reporting|updated|published|posted on|last updated|aktualisiert|veröffentlicht|fotos?|bild(?:er)?|mit material)\b/i;
/** Names hold no digits: a digit starts a date, time or count ("Jane Doe22 Dec 2016", "Jane Doe 3 hours ago"). */
const CUT_RE = /\d/;
/** Words left dangling before a cut date: "Jane Doe, Updated March", "Jane Doe am". */
const TRAILING_JUNK_RE = /[\s,]+(?:updated|published|posted|on|le|am|el|il|den|at|um|vom|du|del|de|the|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|hace|il y a|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|januar|februar|märz|juni|juli|oktober|dezember|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\.?,?$/i;

export interface BylineContext {
  /** Outlet names (site name, publisher): an "author" equal to one, or built around one, is dropped. */
  outlets: string[];
  /** Domain forms ("bbc.co.uk", "bbc"): an "author" equal to one is dropped. */
  domains?: string[];
  /** Text from page elements (not structured data): reject phrases that do not look like names. */
  fromPage?: boolean;
  /** Each raw value is one name, possibly "Last, First" (citation_author, dc.creator). */
  onePerValue?: boolean;
  /** Keep only names of at least this many words (weak sources: free text that merely starts with "von"). */
  minWords?: number;
}

/** Clean one or more raw byline strings into distinct names, in order. */
export function cleanByline(raws: string[], ctx: BylineContext): string[] {
  const outletKeys = new Set(ctx.outlets.map(key).filter((k) => k.length > 1));
  const domainKeys = new Set((ctx.domains ?? []).map(key).filter((k) => k.length > 1));
  const isOutlet = (n: string): boolean => {
    const k = key(n);
    return outletKeys.has(k) || domainKeys.has(k) || isOutletLike(k, outletKeys) || isOutletLike(k, domainKeys);
  };
  const outletWords = Math.max(0, ...ctx.outlets.map((o) => o.split(/\s+/).length));
  // "Die FURCHE", "Casa Editorial El Tiempo": a short name built around the outlet's name.
  const isOutletName = (n: string): boolean => isOutlet(n)
    || (n.split(' ').length <= outletWords + OUTLET_NAME_EXTRA_WORDS && containsOutlet(key(n), outletKeys));
  const names: string[] = [];
  for (const raw of raws) {
    // The whole string is the outlet ("Jobs & Hire" on jobsnhire.com): not an author.
    if (isOutlet(raw)) continue;
    if (ctx.onePerValue) {
      const n = tidyName(lastFirst(raw), false);
      if (n) names.push(n);
      continue;
    }
    // "hessenschau.de, Frankfurt, Germany", "Verlag GmbH, Nürnberg": what follows an outlet or a company is
    // its address, not more authors.
    const parts = raw.split(/\s*[,;|]\s*/);
    const at = parts.findIndex((p) => isOutletName(stripPrefix(p.trim())));
    const company = parts.findIndex((p) => COMPANY_RE.test(p.trim()));
    const cut = at >= 0 ? at : company >= 0 ? company + 1 : parts.length;
    const kept = cut < parts.length ? parts.slice(0, cut).join(', ') : raw;
    const split = splitNames(kept, ctx.fromPage ?? false).filter((n) => n.split(' ').length >= (ctx.minWords ?? 1) && !isOutletName(n));
    names.push(...split);
  }
  const personal = names.filter((n) => !AGENCIES.has(key(n)));
  return dedupe(personal.length > 0 ? personal : names).slice(0, MAX_AUTHORS);
}

/** "Die FURCHE", "Casa Editorial El Tiempo", "OÖ Volksblatt": a short name built around the outlet's name. */
function containsOutlet(k: string, outletKeys: Set<string>): boolean {
  for (const o of outletKeys) if (o.length >= MIN_OUTLET_KEY_IN_NAME && k.includes(o)) return true;
  return false;
}

/** "Kooman, F." → "F. Kooman"; "Jong, Michiel de" → "Michiel de Jong". */
function lastFirst(raw: string): string {
  const m = /^\s*([\p{Lu}][\p{L}'’-]+),\s*([\p{L}][\p{L}.'’ -]{0,40}?)\s*$/u.exec(raw);
  if (!m) return raw;
  const first = m[2].trim();
  const particle = /\s+((?:van|von|de|der|den|da|di|du|la|le|ten|ter)(?:\s+(?:der|den|la|le))?)$/i.exec(first);
  return particle ? `${first.slice(0, particle.index)} ${particle[1]} ${m[1]}` : `${first} ${m[1]}`;
}

function splitNames(raw: string, fromPage: boolean): string[] {
  if (!raw) return [];
  let s = (raw.includes('&') ? decodeHTML(raw) : raw).replace(/\r/g, '').replace(/[\u00a0\u2009\u202f]/g, ' ');
  // "Jane Doe (with John Roe and Ann Poe)": the parenthesis lists more authors.
  s = s.replace(/\(\s*(?:avec|with|mit|con|com|and|und|et)\s+([^()]*)\)/gi, ', $1');
  // E-mails, handles and URLs carry no name we can trust.
  s = s.replace(/\S+@\S+\.\w+/g, ' ').replace(/\(\s*@\w+\s*\)/g, ' ').replace(/(?:^|\s)@\w+/g, ' ');
  s = s.replace(/\bhttps?:\/\/\S+/gi, ' ');
  // Lines, pipes and bullets separate unrelated pieces ("Name | Reuters", "Name\nUpdated ...").
  const pieces = s.split(/\s*(?:\n|\||•|·|—|–|\s-\s|\t)\s*/);
  const out: string[] = [];
  for (const piece0 of pieces) {
    let piece = piece0.trim();
    // "Posted on September 21, 2020 by Jane Doe": the name follows the last "by".
    // "Edited by X", "Photos by X" are not authors, but "Updated March 5, 2020 by X" is.
    const by = [...piece.matchAll(INNER_BY_RE)].pop();
    if (!piece || (NOT_AUTHOR_RE.test(piece) && !(by && /\d/.test(piece.slice(0, by.index))))) continue;
    if (by && by.index! > 0) piece = piece.slice(by.index! + by[0].length);
    piece = stripPrefix(stripLabel(piece));
    // A single token is a user name; its digits belong to it ("freeman1984").
    const cut = /\s/.test(piece) ? CUT_RE.exec(piece) : null;
    if (cut) {
      piece = piece.slice(0, cut.index).trim();
      for (let i = 0; i < 4 && TRAILING_JUNK_RE.test(` ${piece}`); i++) piece = ` ${piece}`.replace(TRAILING_JUNK_RE, '').trim();
    }
    for (const part of piece.split(/\s*[,;/+]\s*|\s*&\s*/).flatMap((p) => p.split(CONNECTIVE_RE))) {
      const name = tidyName(part, fromPage);
      // "Brenda Goodman, MA": a credential after a name is not another author.
      if (name && !(out.length > 0 && CREDENTIALS.has(name.toLowerCase()))) out.push(name);
    }
  }
  return out;
}

/** "Text und Interview: Jane Doe" → "Jane Doe" when the label before the colon is made of role words. */
function stripLabel(s: string): string {
  const m = /^([\p{L} &.-]{1,40}):\s*(\S.*)$/u.exec(s);
  if (!m) return s;
  const words = m[1].trim().split(/\s+/);
  return words.every((w) => isRoleWord(w) || PREFIX_WORDS.has(w.toLowerCase()) || w === '&' || /^(und|and|et|y)$/i.test(w) || /^(text|texte|interview|fotos?|bilder?|recherche|reportage|redaktion)$/i.test(w)) ? m[2] : s;
}

function stripPrefix(s: string): string {
  let prev = '';
  let out = s;
  while (out !== prev) {
    prev = out;
    out = out.replace(PREFIX_RE, '').trim();
  }
  return out;
}

/** One candidate name → tidy name, or null when it is not a person or organisation name. */
function tidyName(raw: string, fromPage: boolean): string | null {
  let s = stripPrefix(raw.trim())
    .replace(/\(\s*\)/g, '')
    .replace(/^[\s"'“”‘’«»(\[:.,-]+|[\s"'“”‘’«»(\[:.,-]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (s.endsWith(')') && !s.includes('(')) s = s.slice(0, -1).trim();
  if (!s || isUrlLike(s)) return null;
  // Names hold letters, and no colons or obfuscated e-mail addresses.
  if (!/\p{L}/u.test(s) || /[:@*#|<>{}=+~^$%!?;]|\[at\]|\(at\)/i.test(s)) return null;
  if (s.split(' ').some((w) => UI_WORDS.has(w.toLowerCase()))) return null;
  // Drop trailing role words ("Jane Doe Staff Writer"), keeping at least one word.
  let words = s.split(' ');
  const before = words.length;
  while (words.length > 1 && isRoleWord(words[words.length - 1]) && /^\p{Lu}/u.test(words[words.length - 1])) words.pop();
  if (words.every(isRoleWord)) return null;
  // "Games Editor" → "Games" is a desk, not a person.
  if (words.length === 1 && before > 1) return null;
  s = words.join(' ');
  const lower = s.toLowerCase();
  if (NON_NAMES.has(lower) || LONE_PREFIX_REJECT.has(lower)) return null;
  if (words.length > MAX_NAME_WORDS || s.length > MAX_NAME_CHARS) return null;
  // One short word is a name only as an agency code in capitals ("AP", "LD").
  if (words.length === 1 && s.length < MIN_SINGLE_NAME_CHARS && s !== s.toUpperCase()) return null;
  // A lower-case word other than a particle makes a phrase, not a name ("Tiempo de lectura", "Edit with CSS");
  // an all-lower-case single token is a user name and stays.
  if (fromPage && words.length > 1 && words.some((w) => /^\p{Ll}/u.test(w) && !NAME_PARTICLES.has(w.toLowerCase()))
    && words.some((w) => /^\p{Lu}/u.test(w))) return null;
  if ((fromPage ? words.length > 1 : words.length > 2) && !words.some((w) => /^\p{Lu}/u.test(w))) return null;
  // "Olivier Minot Olivier Minot": the same name twice (visible text plus a hidden copy).
  const half = words.length / 2;
  if (words.length >= 4 && words.length % 2 === 0 && words.slice(0, half).join(' ') === words.slice(half).join(' ')) s = words.slice(0, half).join(' ');
  return fixCase(s);
}

function isRoleWord(w: string): boolean {
  return ROLE_WORDS.has(w.toLowerCase().replace(/[.,:]$/, ''));
}

/** "GILLIAN MOHNEY" → "Gillian Mohney" (only all-capital Latin names of two or more words). */
function fixCase(s: string): string {
  if (!/\s/.test(s) || s !== s.toUpperCase() || !/[A-Z]{2}/.test(s)) return s;
  return s.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
}

function isOutletLike(k: string, outletKeys: Set<string>): boolean {
  for (const o of outletKeys) {
    // "BBC News" vs outlet "BBC", "Reuters.com" vs "reuters".
    if (o.length >= 3 && (k === `${o}com` || k === `${o}news` || k === `the${o}` || `the${k}` === o)) return true;
  }
  return false;
}

function dedupe(names: string[]): string[] {
  const out: string[] = [];
  for (const n of names) {
    const k = key(n);
    if (!k) continue;
    // "Jane" after "Jane Doe", or the same name twice in different case.
    if (out.some((o) => key(o) === k || (key(o).includes(k) && k.length >= 3 && n.split(' ').length === 1))) continue;
    const i = out.findIndex((o) => k.includes(key(o)) && o.split(' ').length === 1);
    if (i >= 0) out[i] = n;
    else out.push(n);
  }
  return out;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
