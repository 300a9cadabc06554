// The outlet a repost credits as its original: a credit cue in the text followed by a name ("first published in
// The Conversation"), or a link whose anchor text is a credit ("Source link") pointing at the original's host.
import { CREDIT_CUES_BEFORE_NAME, CREDIT_LINK_TEXTS } from './lexicon.js';
import { CREDIT } from './settings.js';

export interface Link {
  text: string;
  href: string;
}

const wordCount = (line: string) => line.split(/\s+/).filter(Boolean).length;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Longest cue first, so "originally published by" wins over "via".
const CUES = [...CREDIT_CUES_BEFORE_NAME].sort((a, b) => b.length - a.length);
const CUE_RE = new RegExp(`(?:^|[\\s(\\[—–-])(?:${CUES.map(escape).join('|')})\\s+`, 'giu');
// The name: up to six capitalised words (joined by small words like "of", "the", "and", "&"), or a domain.
const NAME_RE = /^(?:(?:[\p{Lu}][\p{L}\p{N}'’.&-]*|[a-z0-9-]+\.(?:com|org|net|co\.uk|[a-z]{2}))(?:\s+(?:of|the|and|&|de|du)?\s*[\p{Lu}][\p{L}\p{N}'’.&-]*){0,5})/u;

/** The credited outlet named in the text, or undefined. A cue "via" or "Source:" counts only on a credit line: one
 *  of the last lines, and either short or opening with the cue (in a sentence of the body, "purchases via NATO
 *  allies" is about something else); longer cues anywhere. */
export function creditedOutlet(text: string, links: readonly Link[] = []): string | undefined {
  for (const l of links) {
    if (CREDIT_LINK_TEXTS.includes(l.text.trim().toLowerCase())) {
      try {
        return new URL(l.href).hostname.replace(/^www\d?\./, '');
      } catch {
        /* not a URL: look further */
      }
    }
  }
  const lines = text.split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
  const tail = new Set(lines.slice(-5));
  for (const line of lines) {
    CUE_RE.lastIndex = 0;
    for (let m = CUE_RE.exec(line); m; m = CUE_RE.exec(line)) {
      const cue = m[0].trim().replace(/^[(\[—–-]/, '').trim().toLowerCase();
      if ((cue === 'via' || cue === 'source:') && !(tail.has(line) && (m.index === 0 || wordCount(line) <= CREDIT.maxShortCueLineWords))) continue;
      const name = NAME_RE.exec(line.slice(m.index + m[0].length));
      if (name) return name[0].replace(/[.,;:]+$/, '').trim();
    }
  }
  return undefined;
}
