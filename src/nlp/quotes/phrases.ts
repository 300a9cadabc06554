// Noun phrases around a reporting verb: the subject before it ("Russian envoy Vladimir Medinsky said"), the
// phrase after it ("said Medinsky, Russia's envoy"), and the subject of a sentence (for "…, adding that…").
import { datelineEnd } from '../../doc/dateline.js';
import { POSSESSIVE_DETERMINERS } from '../../doc/english.js';
import { MAX_APPOSITION_SEGMENTS, MAX_PARENTHESIS_TOKENS, MAX_SPEAKER_TOKENS } from './settings.js';
import { CLAUSE_OPENERS, CUE_FORMS, NP_PREPOSITIONS, RELATIVE_PRONOUNS, SKIP_BEFORE_CUE, SPEAKER_PRONOUNS, TIME_PHRASE_WORDS, TIME_WORDS } from './lexicon.js';
import { PERSON_HEADS } from './speaker-lexicon.js';
import { inNameRun, type View } from './view.js';

/** Tokens [first, last] (inclusive). */
export interface TokenRange {
  first: number;
  last: number;
  /** An apposition naming the same speaker ("Carter's press secretary, Peter Cook, told…"), for entity linking. */
  apposition?: TokenRange;
}

const HEADS = new Set(['PROPN', 'NOUN', 'NUM', 'X']);
const INSIDE = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM', 'X']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const NAME_PUNCT = new Set(['.', '-', '&']);
const NICKNAME_MARKS = new Set(['“', '”', '"']);
const POSSESSIVE_DETS = POSSESSIVE_DETERMINERS;
const STOP_DETS = new Set(['that', 'which', 'what', 'whose']);

const NOMINAL_START = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'X']);
const INDEFINITE = new Set(['a', 'an']);
/** Prepositional phrases a subject may carry before its verb ("A study [of X] [over Y] [in Z] found…"). */
const MAX_PP_CHAIN = 3;
/** Contracted auxiliaries and negation skipped before a verb ("She's hoping", "I’ve been saying", "can’t"). */
const CLITICS = new Set(["'s", '’s', "'ve", '’ve', "'re", '’re', "'m", '’m', "'ll", '’ll', "'d", '’d', 'ca', 'wo', "n't", 'n’t']);
const DASH = new Set(['—', '–', '―', '--']);
const CLAUSE_BOUNDARY = /^[,;:—–(]$/;
const isCapitalised = (v: View, i: number) => /^\p{Lu}/u.test(v.word[i]);

/** Head of a speaker phrase: a noun, a name, or a capitalised word inside a sentence that wink took for something
 * else ("Peter Cook/VERB"). */
function isHead(v: View, i: number): boolean {
  if (HEADS.has(v.pos[i])) return true;
  // At the start of a sentence every word is capitalised: only words wink tagged as verbs or adjectives, which a
  // name may be ("Welch/VERB said").
  const first = i === v.sentenceFirst[v.sentence[i]];
  return isCapitalised(v, i) && (!first || v.pos[i] === 'VERB' || v.pos[i] === 'ADJ') && v.pos[i] !== 'PUNCT' && (!CUE_FORMS.has(v.lower[i]) || inNameRun(v, i));
}

/** The noun phrase ending at token j, not reaching before `lo`. */
export function npEndingAt(v: View, j: number, lo: number): TokenRange | null {
  if (j < lo || j < 0) return null;
  // A parenthesis after a name ("John Kasich (R-OH)"): the phrase ends before it.
  const last = j;
  if (v.word[j] === ')') {
    let k = j - 1;
    while (k >= lo && j - k < 8 && v.word[k] !== '(') k--;
    if (k < lo || v.word[k] !== '(') return null;
    const inner = npEndingAt(v, k - 1, lo);
    return inner ? { first: inner.first, last } : null;
  }
  if (v.pos[j] === 'PRON') return SPEAKER_PRONOUNS.has(v.lower[j]) ? { first: j, last: j } : null;
  // "A news report published Wednesday said": a time is not a speaker.
  if (!isHead(v, j) || TIME_WORDS.has(v.lower[j])) return null;
  const s = v.sentence[j];
  let k = j;
  while (k - 1 >= lo && j - (k - 1) < MAX_SPEAKER_TOKENS && v.sentence[k - 1] === s && v.inQuote[k - 1] < 0 && v.markOf[k - 1] < 0) {
    const t = k - 1;
    const w = v.lower[t];
    const p = v.pos[t];
    if (INSIDE.has(p) || POSSESSIVE.has(w) || (isCapitalised(v, t) && isHead(v, t)) || (NAME_PUNCT.has(w) && t - 1 >= lo && isHead(v, t - 1))) {
      k = t;
      continue;
    }
    if (p === 'DET') {
      if (STOP_DETS.has(w)) break;
      k = t;
      // "Mr. Morgan of the Sierra Club": the phrase goes on through "of" when a noun stands before it.
      if (t - 2 >= lo && NP_PREPOSITIONS.has(v.lower[t - 1]) && isHead(v, t - 2) && j - (t - 2) < MAX_SPEAKER_TOKENS) {
        k = t - 1;
        continue;
      }
      break;
    }
    if (p === 'PRON' && POSSESSIVE_DETS.has(w)) {
      k = t;
      break;
    }
    // "Smith and Jones said"; "a spokesman for the ministry said".
    if ((w === 'and' && v.pos[t - 1] === 'PROPN' && v.pos[k] === 'PROPN') || (NP_PREPOSITIONS.has(w) && t - 1 >= lo && isHead(v, t - 1))) {
      k = t;
      continue;
    }
    break;
  }
  return { first: k, last: j };
}

/** The noun phrase starting at token i (up to `hi`, exclusive): "Medinsky", "the former adviser". */
export function npStartingAt(v: View, i: number, hi: number): TokenRange | null {
  if (i >= hi || i >= v.n) return null;
  // A pronoun is a phrase of its own, unless it is a possessive opening one ("his best friend at Lehigh").
  if (v.pos[i] === 'PRON' && !POSSESSIVE_DETS.has(v.lower[i])) return SPEAKER_PRONOUNS.has(v.lower[i]) ? { first: i, last: i } : null;
  const s = v.sentence[i];
  let k = i;
  let last = -1;
  while (k < hi && k - i < MAX_SPEAKER_TOKENS && v.sentence[k] === s && v.inQuote[k] < 0 && v.markOf[k] < 0) {
    const w = v.lower[k];
    const p = v.pos[k];
    if (isHead(v, k)) last = k;
    else if (v.pos[k] === 'VERB' && k === i && k + 1 < hi && (v.pos[k + 1] === 'NOUN' || v.pos[k + 1] === 'PROPN')) {
      // "exit/VERB polls"
    }
    else if (p === 'DET' && k === i && !STOP_DETS.has(w)) {
      // the/a opens the phrase
    } else if (p === 'PRON' && POSSESSIVE_DETS.has(w) && k === i) {
      // his/her opens the phrase
    } else if (INSIDE.has(p) || POSSESSIVE.has(w)) {
      // adjectives, 's
    } else if (w === 'and' && last === k - 1 && k + 1 < hi && (v.pos[k + 1] === 'PROPN' || v.pos[k + 1] === 'NOUN')) {
      // "Clinton and husband Bill"
    } else if ((NAME_PUNCT.has(w) || NICKNAME_MARKS.has(w)) && last === k - 1 && k + 1 < hi && isHead(v, k + 1)) {
      // "Jean-Pierre", "AT&T", Serhiy “Flash” Beskrestnov (a nickname's marks are no quotation)
    } else if (w === 'of' && (last === k - 1 || (k - 1 === i && v.pos[i] === 'DET')) && k + 1 < hi && (v.pos[k + 1] === 'DET' || isHead(v, k + 1) || POSSESSIVE_DETS.has(v.lower[k + 1]))) {
      // "some of his rivals", "the director of the FBI"
    } else if ((v.pos[k] === 'DET' || (v.pos[k] === 'PRON' && POSSESSIVE_DETS.has(w))) && k > i && (POSSESSIVE.has(v.lower[k - 1]) || v.lower[k - 1] === 'of')) {
      // "the country's top diplomat", "some of his rivals"
    } else break;
    k++;
  }
  return last >= 0 ? { first: i, last } : null;
}

/** Index of the first token left of `i` that is not an auxiliary/adverb skipped before a reporting verb. */
export function skipBack(v: View, i: number, lo: number): number {
  let j = i - 1;
  while (j >= lo && (SKIP_BEFORE_CUE.has(v.lower[j]) || CLITICS.has(v.lower[j]) || (v.pos[j] === 'ADV' && !/^[,;:]$/.test(v.word[j])))) j--;
  return j;
}

/** The token of the "(" that the ")" at token `close` closes, at most MAX_PARENTHESIS_TOKENS back and not before
 * `floor`; else -1. */
function parenthesisOpening(v: View, close: number, floor: number): number {
  for (let k = close - 1; k >= floor && close - k <= MAX_PARENTHESIS_TOKENS; k--) {
    if (v.word[k] === '(') return k;
    if (v.word[k] === ')' || v.inQuote[k] >= 0) return -1;
  }
  return -1;
}

/** The subject of the reporting verb at token c: the phrase ending right before it (auxiliaries and adverbs
 * skipped) with a short parenthesis of its own ("Sen. Lindsey Graham (R-S.C.) said"), the phrase before an aside
 * between commas ("Putin, for his part, has said"), or the antecedent of "who". */
export function subjectBefore(v: View, c: number, lo: number): TokenRange | null {
  const s = v.sentence[c];
  const floor = Math.max(lo, v.sentenceFirst[s]);
  const j = skipBack(v, c, floor);
  // "Sen. Lindsey Graham (R-S.C.) said", "the statistics institute (Istat) said": a short parenthesis before the verb
  // belongs to the phrase before it.
  const open = v.word[j] === ')' ? parenthesisOpening(v, j, floor) : -1;
  if (open > floor) {
    const before = subjectBefore(v, open, lo);
    return before && before.last === open - 1 ? { ...before, last: j } : before;
  }
  if (j < floor) return null;
  if (v.word[j] === ',' || DASH.has(v.word[j])) return subjectBeforeCommas(v, j, floor);
  if (RELATIVE_PRONOUNS.has(v.lower[j]) && v.pos[j] !== 'DET') {
    // "Govs. Bush and Christie, who say…": the antecedent, with the pronoun (the phrase that names the speaker); past
    // a time phrase ("released a letter from his doctor Friday afternoon that says…").
    let k = v.word[j - 1] === ',' ? j - 2 : j - 1;
    const past = k;
    while (k > floor && (TIME_WORDS.has(v.lower[k]) || v.pos[k] === 'NUM' || (k < past && TIME_PHRASE_WORDS.has(v.lower[k])))) k--;
    const antecedent = npEndingAt(v, k, floor);
    return antecedent ? { first: antecedent.first, last: j } : { first: j, last: j };
  }
  const np = npEndingAt(v, j, floor);
  const named = np && unclosedApposition(v, np, floor);
  if (named) return named;
  // "Protesters marching through the streets chanted": a phrase after a preposition is its object; the subject is
  // the phrase a participle before it modifies, or the one the preposition attaches to when that one opens the
  // clause ("Scholars in Europe argue…", "Residents in decades hence will…").
  if (np && np.first > floor && v.pos[np.first - 1] === 'ADP') return subjectBeforeParticiple(v, c, lo) ?? withHead(v, np, floor) ?? np;
  return np;
}

/** "Scott Carson, president and CEO of Boeing Commercial Airplanes said": an apposition of office whose closing comma
 *  the writer left out. The speaker is the name before it, with the office as its apposition. */
function unclosedApposition(v: View, np: TokenRange, floor: number): TokenRange | null {
  let p = np.first;
  const head = v.pos[p] === 'DET' ? p + 1 : p;
  // (Not an office before a name, "President Jorio Dauster": that is the speaker.)
  if (head > np.last || !PERSON_HEADS.has(v.lower[head]) || v.pos[head + 1] === 'PROPN') return null;
  // (Offices joined: "president and CEO".)
  while (p - 2 >= floor && v.lower[p - 1] === 'and' && PERSON_HEADS.has(v.lower[p - 2])) p -= 2;
  if (p - 2 < floor || v.word[p - 1] !== ',') return null;
  // The name opens its sentence (a conjunction aside): not the end of reported words ("…office in Dubai, United Arab
  // Emirates, a spokeswoman said") nor the object of an opening phrase ("Unlike Paris, the president of the club said").
  const name = npEndingAt(v, p - 2, floor);
  const opening = (i: number) => i === v.sentenceFirst[v.sentence[i]] || (v.pos[i - 1] === 'CCONJ' && i - 1 === v.sentenceFirst[v.sentence[i]]);
  if (!name || !opening(name.first)) return null;
  for (let i = name.first; i <= name.last; i++) if (!isCapitalised(v, i) || v.pos[i] !== 'PROPN') return null;
  return { first: name.first, last: name.last, apposition: { first: p, last: np.last } };
}

/** The noun phrase a prepositional phrase `pp` (its object) attaches to, with it, when that phrase opens the clause
 * (at `floor` or after a comma) and ends in a noun; else null. Through a chain of such phrases too: "A study [of 23
 * conflicts] [over the last 18 months] has concluded…". */
function withHead(v: View, pp: TokenRange, floor: number): TokenRange | null {
  let object = pp;
  for (let hops = 0; hops < MAX_PP_CHAIN; hops++) {
    const head = npEndingAt(v, object.first - 2, floor);
    const last = head ? v.pos[head.last] : '';
    if (!head || (last !== 'NOUN' && last !== 'PROPN')) return null;
    if (head.first === floor || v.word[head.first - 1] === ',') return { first: head.first, last: pp.last };
    if (head.first <= floor || v.pos[head.first - 1] !== 'ADP') return null;
    object = head;
  }
  return null;
}

/** Is there a verb in tokens [a, b) before any relative pronoun? (A clause, not a noun phrase with a relative
 * clause after it.) */
function verbBeforeRelative(v: View, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    if (RELATIVE_PRONOUNS.has(v.lower[i]) && v.pos[i] !== 'DET') return false;
    // A finite verb: not "organizing" in "senior associate for education organizing at…", not "based" in
    // "Washington-based", not a name wink took for a verb ("the Hoover/VERB Institution").
    if (v.pos[i] === 'AUX') return true;
    if (v.pos[i] === 'VERB' && !v.lower[i].endsWith('ing') && v.word[i - 1] !== '-' && !isCapitalised(v, i)) return true;
  }
  return false;
}

/** The subject before comma-separated material ending at token j (a comma): appositions ("Carter's press
 * secretary, Peter Cook, told"; "Woodrow Benford, 58, who lives outside Minneapolis, says"), parentheses ("Putin,
 * for his part, has said"), relative clauses. The subject is the leftmost noun-phrase segment, going back until a
 * segment that is a clause of its own or the start of the sentence. */
function subjectBeforeCommas(v: View, j: number, floor: number): TokenRange | null {
  const segments: Array<[number, number]> = [];
  let end = j;
  for (let guard = 0; guard < MAX_APPOSITION_SEGMENTS && end > floor; guard++) {
    let k = end - 1;
    while (k >= floor && v.word[k] !== ',' && !DASH.has(v.word[k]) && v.inQuote[k] < 0 && v.markOf[k] < 0) k--;
    segments.push([k + 1, end]);
    if (k < floor || (v.word[k] !== ',' && !DASH.has(v.word[k]))) break;
    end = k;
  }
  let subject: TokenRange | null = null;
  let apposition: TokenRange | null = null;
  for (const [from, b] of segments) {
    // "But Megan Hester, …, said", "Even China, …, said".
    let a = from;
    while (a < b - 1 && (v.pos[a] === 'CCONJ' || (v.pos[a] === 'ADV' && v.pos[a + 1] !== 'ADV'))) a++;
    if (b <= a) break;
    // A relative clause ("who lives…"), a parenthesis ("for his part") or an age ("58") is passed over.
    // A participle phrase ("conducted jointly with…") too.
    if (RELATIVE_PRONOUNS.has(v.lower[a]) || v.pos[a] === 'ADP' || v.pos[a] === 'ADV' || (v.pos[a] === 'NUM' && b - a === 1) || (v.pos[a] === 'VERB' && !isCapitalised(v, a))) continue;
    // A noun phrase, perhaps with a relative clause ("a historian who attended the session"): no finite verb
    // before any relative pronoun. One opened by "a"/"an" is an apposition whatever the tagger made of a word in it
    // ("a Washington-based think/VERB tank"): an indefinite article opens no clause between commas.
    if (NOMINAL_START.has(v.pos[a]) && (INDEFINITE.has(v.lower[a]) || !verbBeforeRelative(v, a, b))) {
      if (subject) apposition = apposition ?? subject;
      subject = npStartingAt(v, a, b) ?? { first: a, last: b - 1 };
      continue;
    }
    // A clause stops the search; the subject may end it ("After the debate in Ohio Gov. John Kasich (R-OH), said").
    if (!subject) {
      const tail = npEndingAt(v, b - 1, a);
      if (tail && (tail.first === a || CLAUSE_BOUNDARY.test(v.word[tail.first - 1]))) subject = tail;
    }
    break;
  }
  if (!subject) return null;
  return apposition ? { ...subject, apposition } : subject;
}

/** "A news report published Wednesday said", "A poll conducted by voters in Saturday's primary showed": the noun
 * phrase before a participle that modifies it, a few tokens left of the reporting verb at c. */
export function subjectBeforeParticiple(v: View, c: number, lo: number): TokenRange | null {
  const floor = Math.max(lo, v.sentenceFirst[v.sentence[c]]);
  for (let m = c - 2; m > floor && c - m <= MAX_SPEAKER_TOKENS; m--) {
    if (v.pos[m] === 'AUX' || v.word[m] === ',' || v.inQuote[m] >= 0 || v.markOf[m] >= 0) return null;
    if (v.pos[m] !== 'VERB') continue;
    if (!/(ed|en|ing)$/.test(v.lower[m])) return null;
    return npEndingAt(v, m - 1, floor);
  }
  return null;
}

/** The subject of sentence s, read from its start: a dateline and an opening adverbial up to the first comma are
 * skipped. */
export function sentenceSubject(v: View, s: number, before: number): TokenRange | null {
  let i = v.sentenceFirst[s];
  if (i < 0) return null;
  while (i < before && (v.pos[i] === 'PUNCT' || v.markOf[i] >= 0)) i++;
  // "WASHINGTON – Two prison officers were charged…, stating…": where the story was filed is no subject.
  i = datelineEnd((t) => v.word[t], i, before);
  if (i < before && (v.pos[i] === 'CCONJ' || (v.pos[i] === 'ADV' && v.word[i + 1] !== ','))) i++;
  // Opening phrases up to a comma: adverbials ("On Dec. 8, after Trump called…, X rallied…") and verbless ones
  // ("Hours later, Trump…").
  for (let guard = 0; guard < 3; guard++) {
    let k = i;
    let verb = false;
    while (k < before && v.word[k] !== ',') {
      if (v.pos[k] === 'VERB' || v.pos[k] === 'AUX') verb = true;
      k++;
    }
    const np = npStartingAt(v, i, k);
    // "Asked on Monday whether…, Mrs. Clinton said": a participle opens an adverbial too.
    const opener = CLAUSE_OPENERS.has(v.pos[i]) || v.pos[i] === 'VERB' || (!verb && (!np || np.last !== k - 1));
    if (k >= before || k === i || !opener) break;
    i = k + 1;
  }
  const r = npStartingAt(v, i, before);
  return r && !TIME_WORDS.has(v.lower[r.last]) ? r : null;
}

/** The source after "according to": a noun phrase, or a noun wink took for a verb ("according to research/VERB by
 * one think tank"). */
export function sourceAfter(v: View, i: number, hi: number): TokenRange | null {
  const np = npStartingAt(v, i, hi);
  if (np || i >= hi || v.pos[i] !== 'VERB' || !/^\p{Ll}/u.test(v.word[i])) return np;
  return npStartingAt(v, i + 1, hi) && v.pos[i + 1] !== 'ADP' ? { first: i, last: npStartingAt(v, i + 1, hi)!.last } : { first: i, last: i };
}
