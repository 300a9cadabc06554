// Kept units → body blocks: list items grouped into lists, "> " lines as blockquotes, section headings
// (a short title-like line between paragraphs, followed by a paragraph) as headings, the rest paragraphs.
import type { BlockText } from '../../doc/build-text.js';
import type { Verdict } from './classify.js';
import type { Marker } from './markdown.js';
import { HEADING_MAX_CHARS, HEADING_MAX_WORDS } from './settings.js';
import { wordCount } from './title.js';

export interface KeptUnit {
  text: string;
  marker: Marker;
  verdict: Verdict;
  emphasised: boolean;
}

const HEADING_FORM_VERDICTS: ReadonlySet<Verdict> = new Set(['short', 'menu', 'long']);
const NO_HEADING_END_RE = /[.,;:!…\-–—]["”’')\]]*$/;
const HEADING_START_RE = /^["“‘'(]?[\p{Lu}\p{N}]/u;

export function toBlocks(units: readonly KeptUnit[]): BlockText[] {
  const out: BlockText[] = [];
  let list: string[] = [];
  const flush = () => {
    if (list.length) out.push({ kind: 'list', text: list.join('\n') });
    list = [];
  };
  units.forEach((u, i) => {
    if (u.marker === 'bullet' || u.marker === 'number') {
      list.push(u.text);
      return;
    }
    flush();
    if (u.marker === 'quote') out.push({ kind: 'blockquote', text: u.text });
    else if (isHeading(units, i)) out.push({ kind: 'heading', text: u.text });
    else out.push({ kind: 'paragraph', text: u.text });
  });
  flush();
  return out;
}

function isHeading(units: readonly KeptUnit[], i: number): boolean {
  const u = units[i];
  const next = units[i + 1];
  const prev = units[i - 1];
  if (!next || next.marker === 'quote') return false;
  const words = wordCount(u.text);
  if ((u.marker === 'heading' || u.emphasised) && words <= HEADING_MAX_WORDS * 2 && !/[.,;:]$/.test(u.text)) return true;
  // Between paragraphs: two title-like lines in a row are a menu or a headline list, not a heading.
  if (!prev || (isHeadingForm(prev) && !prev.marker)) return false;
  return isHeadingForm(u) && words <= HEADING_MAX_WORDS && isParagraphLike(next);
}

function isHeadingForm(u: KeptUnit): boolean {
  return (
    HEADING_FORM_VERDICTS.has(u.verdict) &&
    u.text.length <= HEADING_MAX_CHARS &&
    HEADING_START_RE.test(u.text) &&
    !NO_HEADING_END_RE.test(u.text)
  );
}

function isParagraphLike(u: KeptUnit): boolean {
  return u.verdict === 'prose' && !u.marker;
}
