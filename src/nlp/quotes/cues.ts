// Reporting cues in the token stream: verbs of the lexicon (when tagged as verbs), phrasal cues ("pointed out",
// "called for") and "according to".
import { ACCORDING_TO, CUE_FORMS, DISCOURSE_MARKERS, MARKER_VERBS, NON_SPEECH_VERBS, PHRASES, REFLEXIVES, type CueClass, type CueForm } from './lexicon.js';
import { cueProbability, loadCueModel, type CueModel } from './cue-model.js';
import { inNameRun, type View } from './view.js';

export interface Cue {
  first: number;
  /** Last token, inclusive. */
  last: number;
  lemma: string;
  /** 'noun': a noun of saying ("Trump's claim that…", nominal.ts). */
  cls: CueClass | 'according' | 'noun';
  participle: boolean;
  past: boolean;
  /** For a cue found by the model: its probability. */
  probability?: number;
}

const NOUN_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your', "'s", '’s']);
/** Particles that make a labelling verb a phrasal verb of another meaning ("call in", "call off", "call up"). */
const LABEL_PARTICLES = new Set(['in', 'off', 'up']);
/** "Spain's hopes": an -s form after a possessive is a plural noun (after "'s" = "has", "he's claimed", a verb may
 * follow), for the model's verbs too. */
const POSSESSIVE_MARKS = new Set(["'s", '’s']);
/** POS tags under which a lexicon word is taken as a verb (wink sometimes tags "says", "told" oddly). */
const VERB_TAGS = new Set(['VERB', 'AUX']);
/** Tags that may open the subject of a reported clause. */
const CLAUSE_SUBJECT = new Set(['DET', 'PROPN', 'PRON', 'NUM']);
/** Articles: a word two after one is inside a noun phrase ("a British brand"). */
const ARTICLES = new Set(['a', 'an', 'the']);
/** Words after "add" that make it add things ("add to", "add up"). */
const ADD_PARTICLES = new Set(['to', 'up']);
/** Forms that are verbs whatever their tag. */
const ALWAYS_VERBS = new Set(['said', 'says', 'told', 'tells', 'added', 'wrote', 'noted', 'insisted', 'argued', 'explained']);

/** wink tags some reporting verbs as nouns or names ("Viguerie notes.", "Murphy Tweeted on Friday"): such a
 * word is still a verb right after a name or pronoun, or right before a clause boundary. */
function verbByPosition(v: View, i: number): boolean {
  // A capitalised word after a name is more likely part of the name ("Islamic State").
  if (v.pos[i] === 'ADJ' || v.pos[i] === 'DET' || v.pos[i] === 'ADP' || !/^\p{Ll}/u.test(v.word[i])) return false;
  const prev = i > 0 && v.sentence[i - 1] === v.sentence[i] ? v.pos[i - 1] : '';
  if (prev === 'PRON') return true;
  // ("the Victoria state border", "a British brand": a base form after a name, before a noun or in a phrase an
  // article opens, is a noun.)
  if (prev === 'PROPN' && v.lower[i - 1] !== 'the') return CUE_FORMS.get(v.lower[i])?.lemma !== v.lower[i] || !(v.pos[i + 1] === 'NOUN' || ARTICLES.has(v.lower[i - 2] ?? ''));
  // "polls show Clinton leading", "the records show that…": after a plural noun, before a clause or its subject.
  if (prev === 'NOUN' && /[^s]s$/.test(v.lower[i - 1]) && i + 1 < v.n && v.sentence[i + 1] === v.sentence[i] && (v.lower[i + 1] === 'that' || CLAUSE_SUBJECT.has(v.pos[i + 1]))) return true;
  return i > 0 && v.markOf[i - 1] >= 0 && /^\p{Ll}/u.test(v.word[i]);
}

function matches(v: View, i: number, words: readonly string[]): boolean {
  if (i + words.length > v.n) return false;
  for (let k = 0; k < words.length; k++) if (v.lower[i + k] !== words[k] || v.sentence[i + k] !== v.sentence[i]) return false;
  return true;
}

interface Entry {
  form?: CueForm;
  phrases?: Array<[readonly string[], CueClass | 'according']>;
}

/** First word of a cue → the verb form and the phrases it may open: one lookup per token. */
const INDEX: ReadonlyMap<string, Entry> = (() => {
  const index = new Map<string, Entry>();
  const entry = (w: string) => {
    let e = index.get(w);
    if (!e) index.set(w, (e = {}));
    return e;
  };
  for (const words of ACCORDING_TO) (entry(words[0]).phrases ??= []).push([words, 'according']);
  for (const [words, cls] of PHRASES) (entry(words[0]).phrases ??= []).push([words, cls]);
  for (const [w, form] of CUE_FORMS) entry(w).form = form;
  return index;
})();

/** "an earlier report", "his remarks", "Spain's hopes", "the said": after a determiner, possessive or adjective the
 * word is a noun. */
function afterDeterminer(v: View, i: number): boolean {
  const prev = i > 0 && v.sentence[i - 1] === v.sentence[i] ? i - 1 : -1;
  return prev >= 0 && (v.pos[prev] === 'ADJ' || (v.pos[prev] === 'DET' && v.lower[prev] !== 'that') || NOUN_DETERMINERS.has(v.lower[prev]));
}

/** The cue starting at token i, if any. */
export function cueAt(v: View, i: number): Cue | null {
  const w = v.lower[i];
  const e = INDEX.get(w);
  if (!e) return null;
  if (e.phrases) {
    for (const [words, cls] of e.phrases) {
      if (!matches(v, i, words)) continue;
      const lemma = words.join(' ');
      if (cls === 'according') return { first: i, last: i + words.length - 1, lemma, cls, participle: false, past: false };
      return { first: i, last: i + words.length - 1, lemma, cls, participle: words[0].endsWith('ing'), past: /ed$|went|shot/.test(words[0]) };
    }
  }
  const form = e.form;
  if (!form) return null;
  if (afterDeterminer(v, i)) return null;
  // "evaluations of proposed future missions": a participle between a preposition and a noun is an adjective.
  if (form.past && i > 0 && v.pos[i - 1] === 'ADP' && i + 1 < v.n && (v.pos[i + 1] === 'NOUN' || v.pos[i + 1] === 'ADJ')) return null;
  if (!VERB_TAGS.has(v.pos[i]) && !ALWAYS_VERBS.has(w) && !verbByPosition(v, i)) return null;
  if (!ALWAYS_VERBS.has(w) && inNameRun(v, i)) return null;
  // "the CSIS report says", "the statement added": a word right before a reporting verb is its subject's noun.
  const next = i + 1 < v.n && v.sentence[i + 1] === v.sentence[i] ? i + 1 : -1;
  if (next >= 0 && !form.participle && v.pos[i - 1] !== 'PRON' && (ALWAYS_VERBS.has(v.lower[next]) || (CUE_FORMS.has(v.lower[next]) && VERB_TAGS.has(v.pos[next]) && CUE_FORMS.get(v.lower[next])!.cls === 'say'))) return null;
  return { first: i, last: i, lemma: form.lemma, cls: form.cls, participle: form.participle, past: form.past };
}

const LEXICON = 1;
const SCORED = 2;
const INDEX_ONLY: ReadonlyMap<string, number> = new Map([...INDEX.keys()].map((w) => [w, LEXICON]));
const byModel = new WeakMap<CueModel, Map<string, number>>();

/** Word → LEXICON | SCORED bits for a model (built once per model). */
function wordsOf(model: CueModel): ReadonlyMap<string, number> {
  let words = byModel.get(model);
  if (!words) {
    words = new Map(INDEX_ONLY);
    for (const w of model.candidates) words.set(w, (words.get(w) ?? 0) | SCORED);
    byModel.set(model, words);
  }
  return words;
}

/** Markup left in a text ("<tweet tweet-author=… tweet_id=…>"): a tag or attribute name is no verb, nor is a part
 * of a hyphenated compound ("tweet-author", "so-called", "self-described"). */
function isMarkupOrCompound(v: View, i: number): boolean {
  const before = v.text[v.start[i] - 1] ?? ' ';
  const after = v.text[v.end[i]] ?? ' ';
  return before === '<' || before === '/' || before === '-' || after === '=' || after === '_' || after === '-';
}

/** "adding to the pressure", "costs add up", "Iceland added to quarantine list": "add" with "to" or "up" adds things,
 *  not words, whatever the cue model scores. */
function addsThings(v: View, i: number): boolean {
  return CUE_FORMS.get(v.lower[i])?.lemma === 'add' && ADD_PARTICLES.has(v.lower[i + 1] ?? '');
}

/** Is the verb at token i part of a discourse marker ("That said, …", "needless to say")? */
function inDiscourseMarker(v: View, i: number): boolean {
  if (!MARKER_VERBS.has(v.lower[i])) return false;
  for (const { words, comma } of DISCOURSE_MARKERS) {
    const k = words.indexOf(v.lower[i]);
    if (k < 0) continue;
    const first = i - k;
    const end = first + words.length;
    if (first < 0 || !matches(v, first, words) || (comma && v.word[end] !== ',')) continue;
    return true;
  }
  return false;
}

/** All cues of the text outside quotations, in order: lexicon cues the model does not veto, and the words the
 * model takes for cues. */
export function findCues(v: View, model: CueModel | null = loadCueModel()): Cue[] {
  const out: Cue[] = [];
  const words = model ? wordsOf(model) : INDEX_ONLY;
  for (let i = 0; i < v.n; i++) {
    if (v.inQuote[i] >= 0) continue;
    // One lookup tells whether the word is a lexicon cue, a word the model scores, or neither (most words).
    const kind = words.get(v.lower[i]);
    if (kind === undefined || isMarkupOrCompound(v, i) || inDiscourseMarker(v, i) || addsThings(v, i)) continue;
    // "who called herself Svetlana": a label with a reflexive names its subject; "challenging itself to run…": a
    // verb with a reflexive object is something its subject does to itself. "called in experts", "called off the
    // strike": a labelling verb with a particle is another verb.
    if (REFLEXIVES.has(v.lower[i + 1] ?? '') && (CUE_FORMS.get(v.lower[i])?.cls === 'label' || !CUE_FORMS.has(v.lower[i]))) continue;
    if (CUE_FORMS.get(v.lower[i])?.cls === 'label' && LABEL_PARTICLES.has(v.lower[i + 1] ?? '')) continue;
    const c = kind & LEXICON ? cueAt(v, i) : null;
    const scored = model !== null && (kind & SCORED) !== 0;
    if (c) {
      if (scored && c.cls !== 'according' && c.first === c.last && cueProbability(model, v, i) < model.veto) continue;
      out.push(c);
      i = c.last;
    } else if (scored && v.pos[i] === 'VERB' && !NON_SPEECH_VERBS.has(v.lower[i]) && !(POSSESSIVE_MARKS.has(v.lower[i - 1] ?? '') && v.lower[i].endsWith('s')) && !gerundInNoun(v, i)) {
      const p = cueProbability(model, v, i);
      if (p >= model.threshold) {
        out.push({ first: i, last: i, lemma: v.lower[i], cls: 'generic', participle: /ing$/.test(v.lower[i]), past: /ed$/.test(v.lower[i]), probability: p });
      }
    }
  }
  return out;
}

/** "filed suit challenging the law", "an issue with cable labeling": an -ing form right after a noun qualifies it
 *  or makes a compound with it. Only for verbs the model finds: a lexicon verb after a noun reports ("a statement
 *  saying that…"). */
const gerundInNoun = (v: View, i: number) => /ing$/.test(v.lower[i]) && (v.pos[i - 1] === 'NOUN' || v.pos[i - 1] === 'PROPN');
