// The counted object of an amount, from the POS-tagged tokens: the noun phrase after a count ("10 U.S.-made Patriot
// systems" → "Patriot systems"), after "of" ("5,000 tonnes of wheat" → "wheat"), or, for money, the phrase the money
// is the worth of ("a major drone deal, potentially worth $10 billion" → "drone deal").
import type { Token } from '../../doc/types.js';
import { DEMONYMS, MEASURE_NOUNS, MONTHS, OBJECT_DROP_ADJECTIVES, PLACE_MODIFIERS, WEEKDAYS, WORTH_CUES } from './lexicon.js';
import { OBJECT_BACK_TOKENS, OBJECT_MAX_WORDS } from './settings.js';
import { firstTokenFrom } from './tokens.js';

/** How the amount relates to a following noun. */
export type AmountKind = 'count' | 'money' | 'percent' | 'measure';

export interface ObjectQuery {
  start: number;
  end: number;
  kind: AmountKind;
  /** The unit is glued or hyphenated ("50-day", "155mm"): the amount then modifies the next noun like an adjective. */
  adjectival: boolean;
  /** The number carries a scale ("11.2 mln"). */
  scaled: boolean;
}

/** A word made of tokens glued by hyphens ("U.S.-made", "long-range"); `pos` is its last token's. */
interface Word {
  text: string;
  lower: string;
  pos: string;
  hyphenated: boolean;
  sentence: number;
  first: number;
  next: number;
}

const HYPHENS = new Set(['-', '‐', '‑']);
const NOUNISH = new Set(['NOUN', 'PROPN']);
const PHRASE_POS = new Set(['NOUN', 'PROPN', 'ADJ']);
const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'these', 'those', 'this', 'that', 'all', 'a', 'an', 'your', 'my']);
const MODIFIER_WORDS = new Set([
  'up', 'to', 'about', 'nearly', 'some', 'around', 'estimated', 'an', 'more', 'than', 'over', 'almost', 'roughly',
  'approximately', 'as', 'much', 'at', 'least', 'just', 'only', 'potentially', 'reportedly', 'possibly', 'a', 'total',
  'between', 'from', 'of', 'under', 'below', 'above', 'less', 'fewer',
]);
const COPULAS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', "'s", '’s']);
/** Times are not counted objects: "two months of the year", "1.12 billion in February last year". */
const TIME_NOUNS = new Set(['half', 'halves', 'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'quarter', 'quarters', 'period', 'periods', 'time', 'times', 'hour', 'hours', 'decade', 'decades', 'season', 'today', 'yesterday', 'tomorrow', 'morning', 'evening', 'night', 'weekend', 'ago', 'earlier', 'later']);
/** Words that end a phrase: Reuters' "vs", "prior" in result tables. */
const OBJECT_STOP = new Set(['note', 'avg', 'vs', 'vs.', 'versus', 'prior', 'v', 'v.', 'pct', 'mln', 'bln', 'dlrs', 'dlr', 'cts', 'shr', 'net', 'revs', 'reuter']);
/** An adjacent noun that places rather than counts: "the low 50 dlrs per share range", "the 20 dlr level". */
const FORWARD_BLOCKED_HEADS = new Set(['range', 'level', 'levels', 'mark', 'area', 'region', 'vicinity', 'neighbourhood', 'neighborhood', 'zone', 'threshold', 'barrier']);
const TITLE_CASE = /^\p{Lu}\p{Ll}/u;
const CLOSING_PUNCT = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '”', '"']);
/** "25 cts a share in part on…", "in total", "in addition": "in" starts an idiom, not what the money is in. */
const IN_IDIOMS = new Set(['part', 'total', 'addition', 'turn', 'fact', 'particular', 'general', 'order', 'return', 'exchange', 'response', 'line', 'advance', 'full', 'principle', 'effect', 'all', 'sum', 'short', 'time', 'place']);
const DEMONYM_SUFFIX = /(?:ian|ean|ese|ish|an|i)$/;

function wordFrom(text: string, tokens: readonly Token[], i: number): Word {
  let j = i;
  let hyphenated = false;
  while (j + 1 < tokens.length && tokens[j + 1].start === tokens[j].end) {
    const nextText = text.slice(tokens[j + 1].start, tokens[j + 1].end);
    const curText = text.slice(tokens[j].start, tokens[j].end);
    if (!HYPHENS.has(nextText) && !HYPHENS.has(curText)) break;
    hyphenated = true;
    j++;
  }
  const t = text.slice(tokens[i].start, tokens[j].end);
  // A lone dash ("six nations - Britain") is punctuation, not a compound.
  hyphenated = (hyphenated || t.includes('-')) && /\p{L}/u.test(t);
  return { text: t, lower: t.toLowerCase(), pos: tokens[j].pos, hyphenated, sentence: tokens[i].sentence, first: i, next: j + 1 };
}

/** Same, walking backwards from the token at `i` (its last token). */
function wordBack(text: string, tokens: readonly Token[], i: number): Word {
  let j = i;
  while (j - 1 >= 0 && tokens[j - 1].end === tokens[j].start) {
    const prevText = text.slice(tokens[j - 1].start, tokens[j - 1].end);
    const curText = text.slice(tokens[j].start, tokens[j].end);
    if (!HYPHENS.has(prevText) && !HYPHENS.has(curText)) break;
    j--;
  }
  const w = wordFrom(text, tokens, j);
  return { ...w, first: j, next: i + 1 };
}

const isDemonym = (w: Word) => /^\p{Lu}/u.test(w.text) && (DEMONYMS.has(w.lower) || (w.pos === 'PROPN' && DEMONYM_SUFFIX.test(w.lower)));

/** Leading words that qualify rather than name the thing: "major", "U.S.-made", "Ukrainian", "U.S.". */
function droppable(w: Word): boolean {
  // Lower-case only: "New" in "10 major New York banks" is a name.
  if ((OBJECT_DROP_ADJECTIVES.has(w.text) || PLACE_MODIFIERS.has(w.lower)) || isDemonym(w)) return true;
  if (w.hyphenated && /\p{Lu}/u.test(w.text)) return true;
  return w.pos === 'VERB' || w.pos === 'NUM' || w.pos === 'DET';
}

/** A compound with a capital ("U.S.-made") qualifies; a lower-case one ("cease-fires") can head. */
function canBeHead(w: Word): boolean {
  return NOUNISH.has(w.pos) && (!w.hyphenated || !/\p{Lu}/u.test(w.text));
}

function isTimeWord(lower: string): boolean {
  return TIME_NOUNS.has(lower) || MONTHS.has(lower.endsWith('.') ? lower.slice(0, -1) : lower) || WEEKDAYS.has(lower);
}

function lowerAt(text: string, tokens: readonly Token[], k: number): string {
  return text.slice(tokens[k].start, tokens[k].end).toLowerCase();
}

/** Trims a phrase to the noun it is about, plus the nouns and classifying adjectives compounded with it. */
function headPhrase(words: Word[], opts: { measureOk: boolean; nounHead: boolean }): string | null {
  let end = words.length;
  while (end > 0 && !canBeHead(words[end - 1])) end--;
  if (end === 0) return null;
  if (opts.nounHead && words[end - 1].pos !== 'NOUN') return null;
  let start = 0;
  while (start < end - 1 && droppable(words[start])) start++;
  start = Math.max(start, end - OBJECT_MAX_WORDS);
  const kept = words.slice(start, end);
  for (const w of kept) if (isTimeWord(w.lower)) return null;
  const head = kept[kept.length - 1].lower;
  if ((!opts.measureOk && MEASURE_NOUNS.has(head)) || PLACE_MODIFIERS.has(head)) return null;
  return kept.map((w) => w.text).join(' ');
}

function forward(text: string, tokens: readonly Token[], q: ObjectQuery): string | null {
  // "24.98 pct. Spokesmen declined": punctuation right after the amount (even inside a token like "pct.") ends it.
  if (q.end < text.length && CLOSING_PUNCT.has(text[q.end])) return null;
  let i = firstTokenFrom(tokens, q.end);
  if (i >= tokens.length) return null;
  const sentence = tokens[Math.max(0, i - 1)].sentence;
  let w = wordFrom(text, tokens, i);
  let adjacent = true;
  // Money takes a common noun after it ("a $10 billion deal"), not a name ("£140 David Lloyd pass").
  const nounHead = w.lower === 'in' || q.kind === 'money';
  // "5,000 tonnes of wheat", "10 pct of the company", "$1 billion in aid", "three of the systems".
  if (w.lower === 'of' || (w.lower === 'in' && q.kind === 'money' && !IN_IDIOMS.has(i + 1 < tokens.length ? lowerAt(text, tokens, i + 1) : ''))) {
    if (q.kind === 'count' && w.lower === 'of') {
      const d = i + 1 < tokens.length ? text.slice(tokens[i + 1].start, tokens[i + 1].end).toLowerCase() : '';
      if (!DETERMINERS.has(d)) return null;
    }
    adjacent = false;
    i = w.next;
    if (i >= tokens.length) return null;
    w = wordFrom(text, tokens, i);
    if (DETERMINERS.has(w.lower) && w.pos === 'DET') {
      i = w.next;
      if (i >= tokens.length) return null;
      w = wordFrom(text, tokens, i);
    }
  }
  // A spaced unit ("10 days", "5,000 tonnes") takes its object only through "of".
  if (adjacent && q.kind === 'measure' && !q.adjectival) return null;
  const words: Word[] = [];
  let sawNoun = false;
  while (i < tokens.length && words.length < OBJECT_MAX_WORDS + 3) {
    w = wordFrom(text, tokens, i);
    if (w.sentence !== sentence || OBJECT_STOP.has(w.lower) || /\d/.test(w.text)) break;
    // "5,000 tonnes of cocoa today": a time word ends the phrase (and is never the object: "in February last year").
    if (isTimeWord(w.lower)) {
      if (!words.length) return null;
      break;
    }
    // A possessive is a determiner: "10 pct of Japan's market" → the phrase starts again after it.
    if (words.length && (w.lower === "'s" || w.lower === '’s')) {
      words.length = 0;
      sawNoun = false;
      i = w.next;
      continue;
    }
    // A title-case common noun right after the number starts a heading: "1,347,000 Sales 6,303,000".
    if (!words.length && w.pos !== 'PROPN' && TITLE_CASE.test(w.text)) break;
    if (w.pos === 'VERB' && !w.hyphenated) {
      // A participle modifies the noun after it ("eight retirement living centers", "five recognized acts").
      if (!/(?:ed|ing)$/.test(w.lower) || w.next >= tokens.length || !PHRASE_POS.has(wordFrom(text, tokens, w.next).pos)) break;
    } else if (!(PHRASE_POS.has(w.pos) || w.hyphenated)) break;
    // After the first noun only nouns continue the compound: "two countries | open trade talks", "10 systems | Ukraine".
    if (sawNoun && (w.pos === 'ADJ' || w.pos === 'VERB' || (w.pos === 'PROPN' && words[words.length - 1].pos === 'NOUN'))) break;
    if (w.pos === 'NOUN') sawNoun = true;
    words.push(w);
    i = w.next;
  }
  if (!words.length) return null;
  // Result tables: "11.2 mln Avg shrs 2,695,206", "51.90 billion Sales 788.73" — capitalised headings, not objects.
  if ((q.kind === 'money' || q.scaled) && words.every((x) => TITLE_CASE.test(x.text))) return null;
  const phrase = headPhrase(words, { measureOk: adjacent, nounHead });
  return phrase && !(adjacent && FORWARD_BLOCKED_HEADS.has(words[words.length - 1].lower)) ? phrase : null;
}

function backward(text: string, tokens: readonly Token[], q: ObjectQuery): string | null {
  let i = firstTokenFrom(tokens, q.start) - 1;
  if (i < 0) return null;
  const sentence = tokens[i].sentence;
  const stop = Math.max(0, i - OBJECT_BACK_TOKENS);
  // Skip "up to", "about", "an estimated", "potentially"…
  while (i >= stop && MODIFIER_WORDS.has(lowerAt(text, tokens, i)) && lowerAt(text, tokens, i) !== 'of') i--;
  if (i < stop || tokens[i].sentence !== sentence) return null;
  const cue = lowerAt(text, tokens, i);
  let ofCue = false;
  if (cue === 'at' || cue === 'to') {
    // "valued at", "priced at", "estimated at", "amounting to"
    if (i - 1 < 0 || !WORTH_CUES.has(lowerAt(text, tokens, i - 1))) return null;
    i -= 2;
  } else if (WORTH_CUES.has(cue)) i--;
  else if (cue === 'of') {
    ofCue = true;
    i--;
  } else if (COPULAS.has(cue) || tokens[i].pos === 'AUX') {
    // "The deal is worth…" was handled above; "the deficit was 912 mln dlrs" here.
  } else return null;
  // Between the cue and the phrase: auxiliaries, adverbs and a comma ("a deal, potentially worth", "is worth").
  while (i >= stop && tokens[i].sentence === sentence && (tokens[i].pos === 'AUX' || tokens[i].pos === 'ADV' || tokens[i].pos === 'PART' || (!ofCue && lowerAt(text, tokens, i) === ','))) i--;
  if (i < 0 || tokens[i].sentence !== sentence) return null;
  for (let hop = 0; hop < 2; hop++) {
    const words: Word[] = [];
    while (i >= 0 && words.length < OBJECT_MAX_WORDS + 2) {
      const w = wordBack(text, tokens, i);
      if (w.sentence !== sentence) break;
      if (!(PHRASE_POS.has(w.pos) || w.hyphenated)) break;
      words.unshift(w);
      i = w.first - 1;
    }
    if (!words.length) return null;
    const head = words[words.length - 1];
    if (head.pos === 'NOUN') return headPhrase(words, { measureOk: false, nounHead: true });
    // "two loans to Mexico totalling 205 mln dlrs": step over the name and its preposition to the noun.
    if (head.pos !== 'PROPN' || i < 0 || tokens[i].pos !== 'ADP' || tokens[i].sentence !== sentence) return null;
    i--;
  }
  return null;
}

/** The counted object, or null. Needs POS-tagged tokens, without white-space tokens (see `wordTokens`). */
export function findObject(text: string, tokens: readonly Token[], q: ObjectQuery): string | null {
  if (!tokens.length) return null;
  const ahead = forward(text, tokens, q);
  if (ahead || q.kind === 'count' || q.kind === 'measure') return ahead;
  return backward(text, tokens, q);
}

/** The tokenizer keeps line breaks as SPACE tokens; object phrases run across them ("2.25 common\nshares"). */
export function wordTokens(tokens: readonly Token[]): readonly Token[] {
  for (const t of tokens) if (t.pos === 'SPACE') return tokens.filter((k) => k.pos !== 'SPACE');
  return tokens;
}
