// "Sanders: Clinton needs to get a move on." — a name and a colon opening a paragraph (a headline, a transcript
// line) attribute what follows to that name. A place there is a dateline ("NEW DELHI: Nearly 150 Indians…"), and
// "Dear Abby:" names whom a letter is written to, not who writes it.
import { isWord } from './frames.js';
import { MAX_HEADLINE_SPEAKER_TOKENS, MIN_INDIRECT_WORDS } from './settings.js';
import type { Found } from './types.js';
import type { View } from './view.js';

/** Capitalised words that open a paragraph with a colon but name no speaker. */
const NOT_SPEAKERS = new Set([
  'update', 'updated', 'related', 'photo', 'photos', 'video', 'watch', 'note', 'source', 'sources', 'read', 'see',
  'editor', 'editors', 'correction', 'clarification', 'listen', 'warning', 'exclusive', 'breaking', 'analysis',
  'opinion', 'review', 'q', 'a', 'question', 'answer', 'subscribe', 'advertisement', 'share', 'tags', 'topics',
  'dear',
]);

const QUOTE_CHARS = /^["“”'‘’`]+$/;

/** Are tokens [a, b) a name in capitals ("PENCE", "MR. TRUMP")? */
function isCapitals(v: View, a: number, b: number): boolean {
  let letters = 0;
  for (let i = a; i < b; i++) {
    if (/\p{Ll}/u.test(v.word[i])) return false;
    if (/\p{Lu}/u.test(v.word[i])) letters++;
  }
  return letters > 0;
}

/** Quotes attributed by a "Name:" lead. A quotation right after the colon gets the name as its speaker when it has
 * none; other content becomes an indirect quote. `isPlace(start, end)`, `isName(start, end)`: is that span a place,
 * or a person's, a body's or a people's name, that the entities know? */
export function headlineQuotes(v: View, direct: readonly Found[], nextGroup: () => number, isPlace: (start: number, end: number) => boolean, isName: (start: number, end: number) => boolean): Found[] {
  const out: Found[] = [];
  const leads: Lead[] = [];
  for (let i = 0; i < v.n; i++) {
    // The first token of a paragraph.
    if (i > 0 && v.paragraph[i - 1] === v.paragraph[i]) continue;
    // A transcript turn may open with the mark of a quotation running over several paragraphs ("PENCE: Well, …).
    let start = i;
    while (start < v.n && (v.markOf[start] >= 0 || QUOTE_CHARS.test(v.word[start])) && v.paragraph[start] === v.paragraph[i]) start++;
    let k = start;
    while (k < v.n && v.paragraph[k] === v.paragraph[i] && k - start < MAX_HEADLINE_SPEAKER_TOKENS && v.word[k] !== ':') {
      const name = /^\p{Lu}/u.test(v.word[k]) || v.word[k] === '.' || v.word[k] === '-' || v.lower[k] === "'s" || v.lower[k] === '’s';
      if (!name || NOT_SPEAKERS.has(v.lower[k])) break;
      k++;
    }
    if (k === start || k >= v.n || v.word[k] !== ':' || v.paragraph[k] !== v.paragraph[i] || isPlace(v.start[start], v.end[k - 1])) continue;
    // The content: the rest of the sentence after the colon; in a transcript (a name in capitals: "PENCE:"), the
    // speaker's whole turn, to the end of the paragraph.
    const first = k + 1;
    const turn = start > i || isCapitals(v, start, k);
    if (start > i && !isCapitals(v, start, k)) continue;
    // A label in title case ("Price Alerts: Coinbase allows you to…", "Header Image: People have lived…") names nobody:
    // outside a transcript the lead is a person's or a body's name the entities know.
    if (!turn && !isName(v.start[start], v.end[k - 1])) continue;
    let end = first;
    while (end < v.n && (turn || v.sentence[end] === v.sentence[first]) && v.paragraph[end] === v.paragraph[i]) end++;
    while (end > first && v.pos[end - 1] === 'PUNCT' && v.inQuote[end - 1] < 0) end--;
    let words = 0;
    for (let t = first; t < end; t++) if (isWord(v, t)) words++;
    const speaker = { first: start, last: k - 1 };
    const quoted = direct.find((f) => f.pieces[0].start >= v.start[first] && f.pieces[0].start <= v.end[Math.min(first + 1, v.n - 1)]);
    if (quoted) {
      if (!quoted.speaker) quoted.speaker = speaker;
      continue;
    }
    if (words < MIN_INDIRECT_WORDS) continue;
    const found: Found = { kind: 'indirect', pieces: [{ start: v.start[first], end: v.end[end - 1] }], cue: null, speaker, group: 0 };
    leads.push({ paragraph: v.paragraph[i], name: v.lower.slice(start, k).join(' '), found });
  }
  for (const lead of withoutRosters(leads)) out.push({ ...lead.found, group: nextGroup() });
  return out;
}

interface Lead {
  paragraph: number;
  /** The name before the colon, lower case. */
  name: string;
  found: Found;
}

/** At least this many "Name:" paragraphs in a row, each with another name, are a roster, not a dialogue. */
const MIN_ROSTER = 3;

/**
 * "Elizabeth A. Burton: Possession of methamphetamine, …", then "Christopher L. Tays: Two warrants, …": a run of
 * "Name:" paragraphs in a row where nobody comes twice lists people with what concerns them (charges, ages, results);
 * a transcript or an interview gives someone a second turn. Returns the leads outside such runs.
 */
function withoutRosters(leads: readonly Lead[]): Lead[] {
  const kept: Lead[] = [];
  let run: Lead[] = [];
  const close = () => {
    if (run.length < MIN_ROSTER || new Set(run.map((l) => l.name)).size < run.length) kept.push(...run);
    run = [];
  };
  for (const lead of leads) {
    if (run.length && lead.paragraph !== run[run.length - 1].paragraph + 1) close();
    run.push(lead);
  }
  close();
  return kept;
}
