// Inline clean-up of one scraped line: markdown artefacts left by crawlers (links, emphasis, list and heading
// markers, escapes) are removed, and what they said about the line (a list item? link-only?) is kept.
// Links are parsed by a bounded scanner, not a regex, so a line full of brackets stays linear.
import { MAX_LINK_TARGET, MAX_LINK_TEXT } from './settings.js';

export type Marker = 'bullet' | 'number' | 'heading' | 'quote' | null;

export interface CleanLine {
  /** Visible text, single-spaced, without markers or markup. */
  text: string;
  marker: Marker;
  /** Share of the raw line taken by link markup and URLs (1 = nothing but links). */
  linkShare: number;
  /** The whole line was bold or a markdown heading: a heading hint. */
  emphasised: boolean;
}


const BULLET_RE = /^[*\-+•·▪◦‣]\s+/;
const NUMBER_RE = /^\d{1,3}[.)]\s+/;
const HEADING_RE = /^#{1,6}\s+/;
const QUOTE_RE = /^>\s?/;
const TABLE_PIPE_RE = /^\|\s*/;
const URL_RE = /\bhttps?:\/\/[^\s<>()]+|\bwww\.[^\s<>()]+/g;
const AUTOLINK_RE = /<((?:https?:|mailto:|www\.)[^<>\s]*)>/g;
const ESCAPE_RE = /\\([\\`*_{}[\]()#+\-.!|<>])/g;

export function cleanLine(raw: string): CleanLine {
  let s = raw.trim();
  let marker: Marker = null;
  // Markers, outermost first; "* ### Title" is a list item holding a heading (a related-article list).
  for (let i = 0; i < 3; i++) {
    if (QUOTE_RE.test(s) && !marker) { marker = 'quote'; s = s.replace(QUOTE_RE, ''); continue; }
    if (BULLET_RE.test(s) && !s.startsWith('**')) { marker = marker ?? 'bullet'; s = s.replace(BULLET_RE, ''); continue; }
    if (HEADING_RE.test(s)) { marker = marker ?? 'heading'; s = s.replace(HEADING_RE, ''); continue; }
    if (TABLE_PIPE_RE.test(s)) { s = s.replace(TABLE_PIPE_RE, ''); continue; }
    break;
  }
  if (!marker && NUMBER_RE.test(s)) marker = 'number';
  const emphasised = marker === 'heading' || /^\*\*[^*]+\*\*$/.test(s) || /^__[^_]+__$/.test(s);
  const rawLen = s.length;

  const links = stripLinks(s);
  s = links.text;
  let linkChars = links.linkChars;
  s = s.replace(AUTOLINK_RE, (_m, url: string) => { linkChars += url.length + 2; return url; });
  s.replace(URL_RE, (m) => { linkChars += m.length; return m; });

  s = stripEmphasis(s).replace(ESCAPE_RE, '$1');
  s = s.replace(/[\u200b-\u200d\u2060\ufeff]/g, '').replace(/[ \t\u00a0]{2,}/g, ' ').trim();
  return { text: s, marker, linkShare: rawLen ? Math.min(1, linkChars / rawLen) : 0, emphasised };
}

/** `[text](url)` → text, `![alt](url)` and `[](url)` → nothing; counts the characters of link markup. */
function stripLinks(s: string): { text: string; linkChars: number } {
  if (!s.includes('](')) return { text: s, linkChars: 0 };
  let out = '';
  let linkChars = 0;
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    if (ch !== '[') { out += ch; i++; continue; }
    const image = out.endsWith('!');
    const close = matchBracket(s, i, '[', ']', MAX_LINK_TEXT);
    if (close < 0 || s[close + 1] !== '(') { out += ch; i++; continue; }
    const end = matchTarget(s, close + 1);
    if (end < 0) { out += ch; i++; continue; }
    const inner = s.slice(i + 1, close);
    if (image) out = out.slice(0, -1);
    else out += stripLinks(inner).text;
    linkChars += end + 1 - i - (image ? 0 : inner.length);
    i = end + 1;
  }
  return { text: out, linkChars };
}

/** Index of the bracket closing the one at `open` (nesting allowed), or -1 within `limit` characters. */
function matchBracket(s: string, open: number, left: string, right: string, limit: number): number {
  let depth = 0;
  const stop = Math.min(s.length, open + limit);
  for (let j = open; j < stop; j++) {
    const c = s[j];
    if (c === '\\') { j++; continue; }
    if (c === left) depth++;
    else if (c === right && --depth === 0) return j;
  }
  return -1;
}

/** Link target "(url)", "(<url>)" or "(url "title")" starting at `open`: index of its ")" or -1. */
function matchTarget(s: string, open: number): number {
  if (s[open + 1] === '<') {
    const gt = s.indexOf('>', open + 2);
    if (gt < 0 || gt - open > MAX_LINK_TARGET) return -1;
    const close = s.indexOf(')', gt);
    return close < 0 || close - gt > MAX_LINK_TARGET ? -1 : close;
  }
  return matchBracket(s, open, '(', ')', MAX_LINK_TARGET);
}

/** Bold/italic markers: `**` runs glued between two words stand for a lost space ("**Click****here**"). */
function stripEmphasis(s: string): string {
  if (!s.includes('*') && !s.includes('_')) return s;
  return s
    .replace(/(\p{L}|\p{N})(?:\*{4,}|_{4,})(?=\p{L}|\p{N})/gu, '$1 ')
    .replace(/\*{2,}|_{2,}/g, '')
    .replace(/(^|[\s(["“‘'])_(?=\S)/g, '$1')
    .replace(/(\S)_(?=$|[\s).,;:!?\]"”’'])/g, '$1');
}
