// Who a reporting verb's speaker is, and where the reported content starts after it.
import { IRREGULAR_PARTICIPLES, OBJECT_PRONOUNS, POSSESSIVE_DETERMINERS } from '../../doc/english.js';
import type { Cue } from './cues.js';
import { FRAME_PREPOSITIONS, TIME_PHRASE_WORDS, TIME_WORDS } from './lexicon.js';
import { npStartingAt, sentenceSubject, skipBack, sourceAfter, subjectBefore, subjectBeforeParticiple, type TokenRange } from './phrases.js';
import { MAX_GOVERNOR_TOKENS, MAX_TITLE_TOKENS, MAX_TOKENS_CUE_TO_THAT } from './settings.js';
import { titleCase, type View } from './view.js';

const BE = new Set(['is', 'was', 'were', 'are', 'been', 'being', 'be', "'s", '’s']);
/** Nouns of the medium or occasion in "said in a statement", "told CNN in an interview", "wrote on Twitter". */
export const MEDIUM_WORDS = new Set([
  'statement', 'interview', 'interviews', 'tweet', 'tweets', 'post', 'letter', 'speech', 'conference', 'briefing',
  'remarks', 'call', 'hearing', 'meeting', 'email', 'e-mail', 'twitter', 'facebook', 'instagram', 'video', 'op-ed',
  'column', 'message', 'radio', 'television', 'tv', 'broadcast', 'appearance', 'event', 'rally', 'address', 'release',
  'podcast', 'blog', 'memo', 'report', 'filing', 'testimony', 'comments', 'session', 'summit', 'talks', 'show',
  'program', 'programme', 'debate', 'forum', 'press', 'court', 'person', 'writing', 'response', 'reply', 'part',
  'article', 'piece', 'story', 'book', 'memoir', 'essay', 'editorial', 'expose', 'profile', 'documentary', 'ad',
  'advertisement', 'commercial', 'note', 'document', 'study', 'paper', 'survey', 'poll', 'transcript', 'recording',
]);
const PERSONAL = new Set(['he', 'she', 'who']);
const POSSESSIVE_DETS = POSSESSIVE_DETERMINERS;
const DASHES = new Set(['—', '–', '―', '--']);
const CLAUSE_END = new Set(['.', '!', '?', ';']);

export const isPunct = (v: View, i: number) => v.pos[i] === 'PUNCT' || v.pos[i] === 'SYM';
export const isWord = (v: View, i: number) => /[\p{L}\p{N}]/u.test(v.word[i]);

/** The subject after a participle clause that opens the sentence ("Having announced that…, Judge Berman…"). */
function subjectAfterOpening(v: View, c: Cue, hi: number): TokenRange | null {
  let k = c.last + 1;
  while (k < hi && v.word[k] !== ',') k++;
  return k < hi ? npStartingAt(v, k + 1, hi) : null;
}

/** Words after a participle that open what it says of the noun it follows ("…, expected to close in March", "…,
 *  known for its shoes", "…, seen as a rival"). */
const PARTICIPLE_COMPLEMENTS = new Set(['to', 'for', 'as']);
/** Words of the noun phrase between "with" and its participle ("With temperatures expected to fall"). */
const ABSOLUTE_NP_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM']);
const MAX_ABSOLUTE_NP = 6;

/** "with temperatures expected to fall", "with tens of millions of drivers expected to…": a participle whose noun
 *  phrase follows "with" (an absolute construction) qualifies that noun; nobody before it speaks. */
function isAbsolute(v: View, j: number): boolean {
  const s = v.sentence[j];
  for (let i = j; i >= 0 && j - i < MAX_ABSOLUTE_NP && v.sentence[i] === s; i--) {
    if (v.lower[i] === 'with') return i < j;
    if (!ABSOLUTE_NP_TAGS.has(v.pos[i]) && v.lower[i] !== 'of') return false;
  }
  return false;
}

/** "was told", "is expected": a passive reporting verb, whose subject is not the one speaking. A participle the model
 *  found after a comma and before "to", "for" or "as" ("The transaction, expected to close in March,…", "The A380,
 *  known for years as…") or in an absolute construction ("With temperatures expected to fall") qualifies a noun the
 *  same way. */
export function isPassive(v: View, c: Cue): boolean {
  // (The model's cues are past by their "-ed"; its irregular participles are participles too: "is known for".)
  if (!c.past && !(c.cls === 'generic' && IRREGULAR_PARTICIPLES.has(v.lower[c.first]))) return false;
  const j = c.first - 1;
  if (j < 0) return false;
  // "he's predicted" is "has predicted".
  if ((v.lower[j] === "'s" || v.lower[j] === '’s') && j > 0 && PERSONAL.has(v.lower[j - 1])) return false;
  if (BE.has(v.lower[j])) return true;
  if (v.pos[j] === 'ADV' && j - 1 >= 0 && BE.has(v.lower[j - 1])) return true;
  if (c.cls !== 'generic') return false;
  const k = v.pos[j] === 'ADV' ? j - 1 : j;
  return (v.word[k] === ',' && PARTICIPLE_COMPLEMENTS.has(v.lower[c.last + 1] ?? '') && firstComma(v, k)) || isAbsolute(v, j);
}

/** Is the comma at k the sentence's first? After a second one the participle may be the main verb after an
 *  apposition ("Rep. Jane Roe (R-AL), ranking member of the panel, pushed for…"). */
function firstComma(v: View, k: number): boolean {
  for (let i = k - 1; i >= v.sentenceFirst[v.sentence[k]]; i--) if (v.word[i] === ',') return false;
  return true;
}

/** Token index after a time or medium phrase starting at i ("Friday", "on Monday", "in a statement", "last week",
 * "in comments to journalists"), or i itself when none starts there. */
export function skipFramePhrase(v: View, i: number, hi: number): number {
  if (i >= hi) return i;
  if (TIME_WORDS.has(v.lower[i])) {
    let j = i + 1;
    while (j < hi && (TIME_WORDS.has(v.lower[j]) || v.pos[j] === 'NUM')) j++;
    return j;
  }
  if (!FRAME_PREPOSITIONS.has(v.lower[i])) return i;
  // A short prepositional phrase whose head noun is a time, a medium, or a name ("on CNN", "to reporters").
  let j = i + 1;
  let head = -1;
  // A pronoun inside the phrase is a possessive ("on his show") or the object right after the preposition ("to
  // me"); "said on Friday he met…" ends the phrase at "he".
  const pronoun = (k: number) => v.pos[k] === 'PRON' && (POSSESSIVE_DETS.has(v.lower[k]) || (k === i + 1 && OBJECT_PRONOUNS.has(v.lower[k])));
  while (j < hi && j - i <= 6 && (v.pos[j] === 'DET' || v.pos[j] === 'ADJ' || v.pos[j] === 'NOUN' || v.pos[j] === 'PROPN' || v.pos[j] === 'NUM' || pronoun(j) || /^['’]s$/.test(v.lower[j]))) {
    if (v.pos[j] !== 'DET' && v.pos[j] !== 'PRON') head = j;
    j++;
  }
  if (head < 0) return i;
  const h = v.lower[head];
  if (TIME_WORDS.has(h) || MEDIUM_WORDS.has(h) || v.pos[head] === 'PROPN' || v.pos[head] === 'NUM' || v.lower[i] === 'to') {
    // "in comments to journalists": a phrase may chain another.
    return skipFramePhrase(v, j, hi);
  }
  return i;
}

/** The closing mark's token when token j opens a short quotation in title case (the name of a show or a work), else
 * -1. */
function quotedTitleEnd(v: View, j: number): number {
  const k = v.markOf[j];
  if (k < 0 || v.inQuote[j + 1] !== k || v.quoteEnd[k] - v.quoteFirst[k] > MAX_TITLE_TOKENS || !titleCase(v, v.quoteFirst[k], v.quoteEnd[k])) return -1;
  let close = v.quoteEnd[k];
  while (close + 1 < v.n && v.markOf[close + 1] === k) close++;
  return v.markOf[close] === k ? close : -1;
}

/** Where the reported content of cue c starts: after a recipient ("told reporters") and time and medium phrases,
 * at the complementizer "that" (part of the content, as in PolNeAR and PARC). Returns the index, or -1 when a
 * comma or the sentence end comes first (a frame after its content). */
export function contentStart(v: View, c: Cue, hi: number): number {
  let i = c.last + 1;
  // "criticized by some of his rivals for…": past the agent.
  if (c.past && v.lower[i] === 'by') {
    const agent = npStartingAt(v, i + 1, hi);
    if (agent) i = agent.last + 1;
  }
  // "said Friday that…", "said at a campaign stop in Toledo, Ohio, that…", "told state media that…": "that" close
  // after the verb, no verb in between. Not after an object ("signaled support for… – a move that…").
  const scan = c.cls === 'tell' || (i < hi && (v.pos[i] === 'ADP' || v.pos[i] === 'ADV' || v.word[i] === ',' || TIME_WORDS.has(v.lower[i])));
  for (let j = i; scan && j < hi && j - i <= MAX_TOKENS_CUE_TO_THAT; j++) {
    if (v.lower[j] === 'that' && v.pos[j] !== 'PRON') return j;
    // "told MSNBC's “Morning Joe” that…": a title in quotation marks is part of the phrase.
    const title = quotedTitleEnd(v, j);
    if (title > j) j = title;
    else if (v.pos[j] === 'VERB' || v.pos[j] === 'AUX' || CLAUSE_END.has(v.word[j]) || v.markOf[j] >= 0) break;
  }
  for (let guard = 0; guard < 4; guard++) {
    const next = skipFramePhrase(v, i, hi);
    if (next === i) break;
    i = next;
  }
  if (c.cls === 'tell') {
    const r = npStartingAt(v, i, hi);
    if (r) i = r.last + 1;
    // "told the BBC Iran was ready…": a phrase followed by a finite verb ends with the reported clause's subject.
    if (r && r.last > r.first && i < hi && (v.pos[i] === 'AUX' || (v.pos[i] === 'VERB' && !v.lower[i].endsWith('ing'))) && (v.pos[r.last] === 'PROPN' || v.pos[r.last] === 'NOUN')) {
      i = r.last;
      while (i - 1 > r.first && v.pos[i] === 'NOUN' && (v.pos[i - 1] === 'NOUN' || v.pos[i - 1] === 'ADJ')) i--;
      return i;
    }
    for (let guard = 0; guard < 3; guard++) {
      const next = skipFramePhrase(v, i, hi);
      if (next === i) break;
      i = next;
    }
  }
  if (i < hi && v.word[i] === ':') i++;
  if (i >= hi || CLAUSE_END.has(v.word[i]) || v.word[i] === ',') return -1;
  return i;
}

/** The subject of the verb at token `at`, past a time phrase between them ("the Kentucky Republican on Tuesday
 * dismissed…", "Clark in October revealed…", "A study of 23 conflicts over the last 18 months has concluded…",
 * "President Biden on Friday sought to assure…"). */
function subjectPastTime(v: View, at: number, lo: number): TokenRange | null {
  const before = subjectBefore(v, at, lo);
  if (before) return before;
  const j = skipBack(v, at, Math.max(lo, v.sentenceFirst[v.sentence[at]]));
  let t = j;
  while (t >= lo && (TIME_WORDS.has(v.lower[t]) || v.pos[t] === 'NUM' || (t < j && TIME_PHRASE_WORDS.has(v.lower[t])))) t--;
  return t < j ? subjectBefore(v, t + 1, lo) : null;
}

/** The speaker of cue c. `lo` is the first token the subject may start at; `previous` is the speaker of an
 * earlier cue of the same sentence (for "…, adding that…"). */
export function speakerOf(v: View, c: Cue, lo: number, previous: TokenRange | null): TokenRange | null {
  const s = v.sentence[c.first];
  const hi = v.sentenceEnd[s];
  if (c.cls === 'according') return sourceAfter(v, c.last + 1, hi);
  // "As reported by Western Journalism, …", "was described by aides as…": the agent.
  if (c.past && v.lower[c.last + 1] === 'by') {
    const agent = npStartingAt(v, c.last + 2, hi);
    if (agent) return agent;
  }
  if (isPassive(v, c)) return null;
  const j = skipBack(v, c.first, Math.max(lo, v.sentenceFirst[s]));
  // "…, adding that…", "by telling Clinton…", "After saying he was nervous, the man…": the main clause's subject.
  if (c.participle && (j < v.sentenceFirst[s] || j < lo || v.word[j] === ',' || DASHES.has(v.word[j]) || v.markOf[j] >= 0 || v.pos[j] === 'ADP' || v.pos[j] === 'SCONJ')) {
    // Opening the sentence ("Having announced that…, Judge Berman…"): the subject follows the participle clause.
    if (j < v.sentenceFirst[s] || (j === v.sentenceFirst[s] && v.pos[j] !== 'PUNCT')) return subjectAfterOpening(v, c, hi);
    return previous ?? sentenceSubject(v, s, c.first);
  }
  // "Trump was quick to add that…", "she declined to say…", "he went on to say": the subject of the verb that
  // governs the infinitive.
  if (j >= lo && v.lower[j] === 'to' && v.pos[j] !== 'ADP') {
    let k = j - 1;
    while (k >= lo && j - k <= MAX_GOVERNOR_TOKENS && (v.pos[k] === 'ADJ' || v.pos[k] === 'VERB' || v.pos[k] === 'AUX' || v.pos[k] === 'ADV' || v.pos[k] === 'ADP' || v.pos[k] === 'PART')) k--;
    return k + 1 < j ? subjectPastTime(v, k + 1, lo) : null;
  }
  // "The president noted that…, and added: “…”": the subject of the first verb.
  if (j >= lo && (v.lower[j] === 'and' || v.lower[j] === 'but')) return previous ?? sentenceSubject(v, s, c.first);
  // "…, reported Ukrainian adviser Serhiy Beskrestnov.": right after a comma, a phrase that ends the clause after the
  // verb is its subject.
  const inverted = v.word[j] === ',' ? npStartingAt(v, c.last + 1, hi) : null;
  if (inverted && (inverted.last + 1 >= hi || /^[.:;!?]$/.test(v.word[inverted.last + 1]))) return inverted;
  const before = subjectPastTime(v, c.first, lo);
  if (before) return before;
  const reduced = subjectBeforeParticiple(v, c.first, lo);
  if (reduced) return reduced;
  // Inverted: "…,” said Medinsky, Russia's envoy. The phrase must end the clause.
  const after = npStartingAt(v, c.last + 1, hi);
  if (after && (after.last + 1 >= hi || /^[,.:;!?]$/.test(v.word[after.last + 1]) || v.markOf[after.last + 1] >= 0)) return after;
  return null;
}
