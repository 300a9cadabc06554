// "Sanders: Clinton needs to get a move on." — a name and a colon opening a paragraph (a headline, a transcript
// line) attribute what follows to that name.
import { isWord } from './frames.js';
import { MAX_HEADLINE_SPEAKER_TOKENS, MIN_INDIRECT_WORDS } from './settings.js';
import type { Found } from './types.js';
import type { View } from './view.js';

/** Capitalised words that open a paragraph with a colon but name no speaker. */
const NOT_SPEAKERS = new Set([
  'update', 'updated', 'related', 'photo', 'photos', 'video', 'watch', 'note', 'source', 'sources', 'read', 'see',
  'editor', 'editors', 'correction', 'clarification', 'listen', 'warning', 'exclusive', 'breaking', 'analysis',
  'opinion', 'review', 'q', 'a', 'question', 'answer', 'subscribe', 'advertisement', 'share', 'tags', 'topics',
]);

/** Quotes attributed by a "Name:" lead. A quotation right after the colon gets the name as its speaker when it has
 * none; other content becomes an indirect quote. */
export function headlineQuotes(v: View, direct: readonly Found[], nextGroup: () => number): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < v.n; i++) {
    // The first token of a paragraph.
    if (i > 0 && v.paragraph[i - 1] === v.paragraph[i]) continue;
    let k = i;
    while (k < v.n && v.paragraph[k] === v.paragraph[i] && k - i < MAX_HEADLINE_SPEAKER_TOKENS && v.word[k] !== ':') {
      const name = /^\p{Lu}/u.test(v.word[k]) || v.word[k] === '.' || v.word[k] === '-' || v.lower[k] === "'s" || v.lower[k] === '’s';
      if (!name || NOT_SPEAKERS.has(v.lower[k])) break;
      k++;
    }
    if (k === i || k >= v.n || v.word[k] !== ':' || v.paragraph[k] !== v.paragraph[i]) continue;
    // The content: the rest of the sentence after the colon.
    const first = k + 1;
    let end = first;
    while (end < v.n && v.sentence[end] === v.sentence[first] && v.paragraph[end] === v.paragraph[i]) end++;
    while (end > first && v.pos[end - 1] === 'PUNCT' && v.inQuote[end - 1] < 0) end--;
    let words = 0;
    for (let t = first; t < end; t++) if (isWord(v, t)) words++;
    const speaker = { first: i, last: k - 1 };
    const quoted = direct.find((f) => f.pieces[0].start >= v.start[first] && f.pieces[0].start <= v.end[Math.min(first + 1, v.n - 1)]);
    if (quoted) {
      if (!quoted.speaker) quoted.speaker = speaker;
      continue;
    }
    if (words < MIN_INDIRECT_WORDS) continue;
    const starts = first;
    out.push({
      kind: 'indirect',
      pieces: [{ start: v.start[starts], end: v.end[end - 1] }],
      cue: null,
      speaker,
      group: nextGroup(),
    });
  }
  return out;
}
