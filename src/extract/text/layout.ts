// Splits scraped text into units (one paragraph, heading, list item or clutter line each). Three layouts:
//  - "blank":   paragraphs separated by blank lines (the seed);
//  - "lines":   one paragraph per line, no blank lines (most crawler output);
//  - "wrapped": hard-wrapped lines (newswire, e-mail): lines are joined into paragraphs, which start after a
//               blank line, at an indented line or at a list marker.
// In the blank-line layout a line that starts in lower case after a line without final punctuation continues it.
import { WRAP_INDENT, WRAP_LOWER_NEXT_SHARE, WRAP_MAX_WIDTH, WRAP_MIN_LINES, WRAP_OPEN_LINE_SHARE } from './settings.js';

export type Layout = 'blank' | 'lines' | 'wrapped';

export interface RawUnit {
  /** The line(s) of the unit, joined by a space when a paragraph was wrapped. */
  raw: string;
  /** Index of the blank-line separated block the unit comes from. */
  block: number;
}

const SENTENCE_END_RE = /[.!?…]["”’'»)\]]*\s*$/;
const LIST_START_RE = /^\s*(?:[*\-+•·▪◦‣]\s|\d{1,3}[.)]\s)/;
const LOWER_START_RE = /^\s*\p{Ll}/u;
const BYLINE_START_RE = /^\s*(?:written\s+)?by\s+\p{Lu}/u;

/** CRLF/CR to LF, form feeds and other stray controls to spaces. */
export function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[\f\v\u0003\u2028\u2029]/g, (c) => (c === '\u2028' || c === '\u2029' ? '\n' : ' '));
}

export function splitUnits(text: string): { units: RawUnit[]; layout: Layout } {
  const lines = text.split('\n');
  const layout = detectLayout(lines);
  const units: RawUnit[] = [];
  let block = 0;
  let prevBlank = true;
  let open: RawUnit | null = null;
  for (const line of lines) {
    if (!line.trim()) {
      if (!prevBlank) block++;
      prevBlank = true;
      open = null;
      continue;
    }
    const startsNew =
      !open ||
      LIST_START_RE.test(line) ||
      (layout === 'wrapped' ? isIndented(line) : layout === 'lines' || !continues(open.raw, line));
    if (startsNew) {
      open = { raw: line.trim(), block };
      units.push(open);
    } else if (open) {
      open.raw += ' ' + line.trim();
    }
    prevBlank = false;
  }
  return { units, layout };
}

function detectLayout(lines: readonly string[]): Layout {
  const widths: number[] = [];
  let inner = 0;
  let openInner = 0;
  let lowerNext = 0;
  let blanks = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trimEnd();
    if (!line.trim()) { blanks++; continue; }
    widths.push(line.length);
    const next = lines[i + 1];
    if (next !== undefined && next.trim()) {
      inner++;
      if (!SENTENCE_END_RE.test(line)) {
        openInner++;
        if (LOWER_START_RE.test(next) && !BYLINE_START_RE.test(next)) lowerNext++;
      }
    }
  }
  // Wrapped text: most lines stop mid-sentence, often before a lower-case word, and no line is much wider
  // than the wrap width (a list of short headlines also lacks final punctuation, but its next lines start
  // in upper case).
  if (
    inner >= WRAP_MIN_LINES &&
    openInner / inner >= WRAP_OPEN_LINE_SHARE &&
    lowerNext / openInner >= WRAP_LOWER_NEXT_SHARE &&
    percentile(widths, 0.9) <= WRAP_MAX_WIDTH
  ) {
    return 'wrapped';
  }
  return blanks > 0 ? 'blank' : 'lines';
}

/** Blank-line layout: a line continues the previous one when that one stops mid-sentence and this one starts
 *  in lower case ("…what's happening in Turkey,\nit's region…"), unless it is a byline ("by Jane Doe"). */
function continues(prev: string, line: string): boolean {
  return !SENTENCE_END_RE.test(prev) && LOWER_START_RE.test(line) && !BYLINE_START_RE.test(line);
}

function isIndented(line: string): boolean {
  if (line.startsWith('\t')) return true;
  let n = 0;
  while (n < line.length && line[n] === ' ') n++;
  return n >= WRAP_INDENT;
}

function percentile(values: number[], q: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}
