// What the rules find that is no quote: speech that did not happen ("no one knows…", "has not imposed…"), a claim
// with nobody behind it ("there's no reason to think they'll win", "Disney is expected to switch gears"), a
// participle qualifying a noun ("the previously reported figure"), a thing shown ("footage showed a fire"), and a
// title or name in quotation marks (the “Pose” actor, said on “DWTS”), a gloss of a term ("translates to “…”"),
// someone shown how to do something, the reader addressed ("you can always find…") or told what to do ("Recognize
// that…"), "say" giving an example (", say,"), a partial quotation nobody said (a term: is called “feather duvet
// lung”), a charge in the agentless passive ("he is accused of…"), a belief in a relative clause ("trends I hope will
// thrive"), the writer's aside ("it is fair to say that…"), and an embedded question nobody is named as asking or
// that a report denies ("When asked whether…", "did not say whether…", "was unable to say whether…"). The
// narrator's "I wrote…" stays, as do the lexicon's verbs in these shapes: PolNeAR counts them as attributions. Its
// agentless passives of verbs outside the lexicon ("is expected to", "was nominated") it counts too; they go all the
// same, for a reader takes none of them for a quote (PolNeAR dev token F1 0.827 → 0.826).
import { OBJECT_PRONOUNS } from '../../doc/english.js';
import { isPassive } from './frames.js';
import { CLAUSE_WORDS, hasSubjectAndVerb, isPredicate } from './clause.js';
import { npStartingAt } from './phrases.js';
import { ACCUSING_VERBS, CUE_FORMS, GLOSS_WORDS, NAMING_VERBS, REFLEXIVES, SHOWING_VERBS, TRANSLATING } from './lexicon.js';
import { DATA_NOUNS, DOCUMENT_NOUNS } from './speaker-lexicon.js';
import type { Found } from './types.js';
import { titleCase, tokenAt, type View } from './view.js';

/** A cue the model found rather than a verb of the lexicon: its attributions are the ones to doubt. The lexicon's
 * verbs keep PolNeAR's convention, which counts a negated or first-person report as an attribution. */
const guessed = (f: Found) => f.cue?.cls === 'generic';

/** Words that make a speaker nobody. */
const NOBODY = new Set(['no', 'nobody', 'none', 'neither']);
/** Does the speaker phrase opening at token i name nobody ("nobody", "none of them", "no one", "no-one")? */
function isNobody(v: View, i: number): boolean {
  if (NOBODY.has(v.lower[i])) return true;
  const before = v.word[i - 1] === '-' ? i - 2 : i - 1;
  return v.lower[i] === 'one' && v.lower[before] === 'no' && v.sentence[before] === v.sentence[i];
}
/** Negation before a reporting verb ("did not say", "never said", "didn't confirm"). */
const NEGATION = new Set(['not', "n't", 'n’t', 'never']);
/** Words that withhold speech ("declined to say when…", "refused to comment", "was unable to say whether…"). */
const WITHHOLDING = /^(declin|refus|fail|unable)/;
const WORDS_BEFORE_TITLE = new Set(['ADP', 'DET', 'ADJ']);
/** Is token i right after a noun, or after a noun and a comma (a participle qualifying it: "the campaign, called…")? */
const afterNoun = (v: View, i: number) => v.pos[i - 1] === 'NOUN' || (v.word[i - 1] === ',' && (v.pos[i - 2] === 'NOUN' || v.pos[i - 2] === 'PROPN'));

/** A possessive ending before a quotation: "Zelenskyy’s “Peace Formula”" names his plan. */
const POSSESSIVE_S = /^['’]s$/;

/** The quotation of a partial quote and the token before its opening mark ([-1, -1] for another kind of quote). */
function partialQuotation(v: View, f: Found): [number, number] {
  const k = f.kind === 'partial' ? v.inQuote[tokenAt(v, f.pieces[0].start)] : -1;
  if (k < 0) return [-1, -1];
  let b = v.quoteFirst[k] - 1;
  while (b >= 0 && v.markOf[b] === k) b--;
  return [k, b];
}

/** A quotation of capitalised words that a preposition, a determiner, an adjective or a possessor governs ("on
 * “DWTS.”", "the “Pose” actor", "the larger “Your Japan 2020” campaign", "Zelenskyy’s “Peace Formula”"): the title
 * of a work or a name, not somebody's words — unless a labelling verb other than a naming one gives it ("what it
 * dubbed its “Special Military Operation”"). */
function isTitle(v: View, f: Found): boolean {
  const [k, b] = partialQuotation(v, f);
  if (b < 0 || !titleCase(v, v.quoteFirst[k], v.quoteEnd[k])) return false;
  // ("a seller called “E-Life”", "the campaign, called “Win a Trip”": a participle after a noun names it, whatever
  // the verb.)
  if (f.cue?.cls === 'label' && b - f.cue.last <= 2) return NAMING_VERBS.has(f.cue.lemma) || (f.cue.past && afterNoun(v, f.cue.first));
  // ("the current OS “Snow Leopard”": a name set beside the noun it names.)
  return WORDS_BEFORE_TITLE.has(v.pos[b]) || (v.pos[b] === 'PRON' && !REFLEXIVES.has(v.lower[b])) || POSSESSIVE_S.test(v.word[b]) ||
    v.pos[b] === 'NOUN' || v.pos[b] === 'PROPN';
}

/** A partial quotation glossing a term ("Hatsuhinode, which translates to “welcoming of the first sunrise”", "the
 *  word means “peace”"): what a word means, not anybody's words. */
function isGloss(v: View, f: Found): boolean {
  let b = partialQuotation(v, f)[1];
  if (b >= 0 && v.word[b] === ',') b--;
  if (b < 0) return false;
  return GLOSS_WORDS.has(v.lower[b]) || ((v.lower[b] === 'to' || v.lower[b] === 'as') && TRANSLATING.has(v.lower[b - 1] ?? ''));
}

/** "five trends I hope will thrive", "the rules we think are reasonable": a verb of belief (or one the model found)
 *  in a relative clause whose noun is the subject of what follows; that is the noun's predicate, nobody's content. A
 *  verb of saying reports it ("a bill it said would shield schoolchildren"), as PolNeAR counts. */
function isRelativePredicate(v: View, f: Found): boolean {
  if (f.kind !== 'indirect' || !f.cue || (f.cue.cls !== 'think' && !guessed(f)) || f.cue.participle || f.pieces.length !== 1) return false;
  const first = tokenAt(v, f.pieces[0].start);
  // (A finite auxiliary only: "called for increased spending", "discussed being able to…" open with no predicate.)
  return first === f.cue.last + 1 && v.pos[first] === 'AUX' && !/ing$/.test(v.lower[first]);
}

/** Words that open an embedded question ("did not say whether…", "would not say when…", "will show which…"). */
const QUESTION_OPENERS: ReadonlySet<string> = new Set([...CLAUSE_WORDS, 'which']);

/** Speech that did not take place: a speaker who is nobody, a negated reporting verb, one withheld ("declined to
 * say"). A verb of the lexicon keeps PolNeAR's convention ("did not say that he would run" is an attribution), but
 * not before an embedded question: "did not say whether he would run" reports nothing. */
function isWithheld(v: View, f: Found): boolean {
  if (!f.cue || f.kind !== 'indirect') return false;
  if (!guessed(f)) return QUESTION_OPENERS.has(v.lower[tokenAt(v, f.pieces[0].start)] ?? '') && negated(v, f.cue.first);
  if (f.speaker && isNobody(v, f.speaker.first)) return true;
  return WITHHOLDING.test(v.lower[f.cue.first]) || negated(v, f.cue.first);
}

/** Is the verb at token c negated or withheld ("did not say", "never said", "declined to say")? */
function negated(v: View, c: number): boolean {
  const s = v.sentence[c];
  for (let i = c - 1; i >= 0 && c - i <= 3 && v.sentence[i] === s; i--) {
    if (NEGATION.has(v.lower[i])) return true;
    if (v.lower[i] === 'to' && i - 1 >= 0 && WITHHOLDING.test(v.lower[i - 1])) return true;
    if (v.pos[i] !== 'AUX' && v.pos[i] !== 'ADV' && v.pos[i] !== 'PART') break;
  }
  return false;
}

/** An indirect claim with nobody behind it: a verb the model found, with no speaker (an agentless passive too:
 * "Disney is expected to…"), a belief nobody holds ("no reason to think…"), and a question nobody is named as asking
 * ("When asked whether the deal…, Carson replied": the reply is the quote). */
function isUnsourced(v: View, f: Found): boolean {
  if (f.kind !== 'indirect' || f.speaker !== null || f.cue === null) return false;
  if (QUESTION_OPENERS.has(v.lower[tokenAt(v, f.pieces[0].start)] ?? '')) return true;
  // "…recovery to maintain a minimum level…": a reporting verb in a purpose clause, with nobody doing it.
  const infinitive = v.lower[f.cue.first - 1] === 'to';
  return guessed(f) || infinitive || (f.cue.cls === 'think' && !isPassive(v, f.cue));
}

/** Words a participle qualifies a noun after ("the previously reported figure", "new reported cases", "reviews of
 *  reported crimes"), where a reporting verb would have its subject or an auxiliary. */
const ATTRIBUTIVE_BEFORE = new Set(['DET', 'ADJ', 'ADV', 'ADP', 'NUM', 'PUNCT', 'CCONJ', 'SCONJ']);
const NOUN_PHRASE_START = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/** A participle that qualifies the noun after it ("Repeated Russian assaults have…", "the previously reported
 * figure", "promised police reform"): no report at all, whatever the verb. Only with nobody named as its speaker
 * (or a number taken for one: "149 confirmed orders"), and never after an auxiliary ("is expected to", "was reported
 * that"). */
function isAttributive(v: View, f: Found): boolean {
  if (f.kind !== 'indirect' || f.cue === null || f.cue.first !== f.cue.last) return false;
  const c = f.cue.first;
  // ("149 confirmed orders": a number before the participle is no speaker but the phrase's own count.)
  if (f.speaker !== null && !(f.speaker.first === f.speaker.last && f.speaker.last === c - 1 && v.pos[c - 1] === 'NUM')) return false;
  if (!/ed$/.test(v.lower[c]) || tokenAt(v, f.pieces[0].start) !== c + 1 || !NOUN_PHRASE_START.has(v.pos[c + 1])) return false;
  return c === 0 || v.sentence[c - 1] !== v.sentence[c] || ATTRIBUTIVE_BEFORE.has(v.pos[c - 1]);
}

/** "add" reports only a clause ("added that…"): "add Hong Kong to the list", "added a goal" are no reports. */
const ADDING = 'add';
/** "write" reports only a clause ("wrote that…"): "wrote a cyberpunk novel", "writing songs" make works. */
const WRITING = 'write';

/** Words that open what is shown to someone: a way or a thing ("how to…", "a path", "the stage you're in"). */
const SHOWN_THINGS = new Set(['how', 'what', 'where', 'which', 'why', 'when', 'a', 'an', 'the', 'some', 'our', 'my', 'your']);

/** A verb of evidence with a thing for its object, not a finding: "she showed a crust of ice", "footage showed a
 * fire", "the economy showed signs of strain". Only a document or data before the verb ("the survey showed deep
 * disagreement", "a study by X found 31 cases") reports with a noun phrase; anything else needs a clause ("she
 * showed they had lied"). "add" and "write" with a thing ("urged the EU to add Hong Kong to the list", "wrote a
 * novel") likewise. */
function isThingShown(v: View, f: Found): boolean {
  if (f.kind !== 'indirect' || !f.cue || f.pieces.length !== 1) return false;
  const lemma = f.cue.lemma;
  const making = lemma === ADDING || lemma === WRITING;
  if (!SHOWING_VERBS.has(lemma) && !making) return false;
  const first = tokenAt(v, f.pieces[0].start);
  // (What follows a colon is a block of speech whatever its shape: "Limbaugh added: And from a front-runner, …".)
  for (let i = f.cue.last + 1; i < first; i++) if (v.word[i] === ':') return false;
  // "I'll show you how to…", "to show you a way": a person shown something is taught, not told; "showed me that…"
  // reports, and "video shows him with his hands in the air" depicts (PolNeAR counts it).
  if (OBJECT_PRONOUNS.has(v.lower[first]) && SHOWN_THINGS.has(v.lower[first + 1] ?? '') && !making) return true;
  // "showing how to edit audio": a way demonstrated, not a finding ("the study shows how the virus spreads").
  if (!making && v.lower[first] === 'how' && v.lower[first + 1] === 'to') return true;
  // (A thing added or written is a clause's subject only with its verb right after it: "added a goal as the Bruins
  // beat the Devils", "wrote A Song of Ice and Fire, Ford created…" add and write things.)
  const end = tokenAt(v, f.pieces[0].end - 1) + 1;
  if (CLAUSE_WORDS.has(v.lower[first]) || v.lower[first] === 'that') return false;
  if (making) {
    // (A frame after its content reports it: "…can't be fixed with fiscal policies, she wrote.")
    if (first < f.cue.first) return false;
    const subject = npStartingAt(v, first, end);
    return !subject || !isPredicate(v, subject.last + 1, end);
  }
  if (hasSubjectAndVerb(v, first, end, 0, false)) return false;
  for (let i = v.sentenceFirst[v.sentence[f.cue.first]]; i < f.cue.first; i++) if (DOCUMENT_NOUNS.has(v.lower[i]) || DATA_NOUNS.has(v.lower[i])) return false;
  return true;
}

/** Verbs of proclaiming: with a clause they report ("declared that the talks had failed"), with a noun phrase they
 *  perform an act ("declared a state of emergency", "declared victory", "proclaimed independence"). */
const PROCLAIMING = new Set(['declare', 'proclaim']);

/** An act proclaimed, not words reported: a verb of proclaiming with a noun phrase and no clause for its content. */
function isProclaimedAct(v: View, f: Found): boolean {
  if (f.kind !== 'indirect' || !f.cue || f.pieces.length !== 1 || !PROCLAIMING.has(f.cue.lemma)) return false;
  const first = tokenAt(v, f.pieces[0].start);
  for (let i = f.cue.last + 1; i < first; i++) if (v.word[i] === ':') return false;
  return !CLAUSE_WORDS.has(v.lower[first]) && v.lower[first] !== 'that' && !hasSubjectAndVerb(v, first, tokenAt(v, f.pieces[0].end - 1) + 1, 0, false);
}

/** Content that is nothing but another frame ("he said he told them"): pronouns and reporting verbs only; or, for a
 * verb the model found, an adverb where its content should be ("has gone well beyond…"). */
function isEmpty(v: View, f: Found): boolean {
  if (f.kind !== 'indirect' || f.pieces.length !== 1) return false;
  const first = tokenAt(v, f.pieces[0].start);
  if (guessed(f) && v.pos[first] === 'ADV') return true;
  for (let i = first; i < v.n && v.start[i] < f.pieces[0].end; i++) {
    if (!/[\p{L}\p{N}]/u.test(v.word[i])) continue;
    if (v.pos[i] !== 'PRON' && !CUE_FORMS.has(v.lower[i])) return false;
  }
  return true;
}

/** The reader or the one interviewed as the subject of a reporting verb in the present, outside any quotation ("you
 *  can always find something to love", "do you think that…?", "you know that…"): the writer addresses the reader,
 *  or asks; nobody is reported. An interviewer's "you said that…", "you noted that…" reports the one interviewed;
 *  the writer's own "I"/"we" stays: PolNeAR counts it. */
function isNarration(v: View, f: Found): boolean {
  if (!f.speaker || f.speaker.first !== f.speaker.last || v.inQuote[f.speaker.first] >= 0) return false;
  return v.lower[f.speaker.first] === 'you' && !!f.cue && !f.cue.past && !f.cue.participle;
}

/** "Acknowledge the danger that workers face", "Recognize that no one is watching": a reporting verb opening its
 *  sentence in the base form, with nobody before it, is an imperative to the reader; nobody speaks. */
function isImperative(v: View, f: Found): boolean {
  // ("Say Mexico demanded…": "say" that supposes leads a quote of its own.)
  if (f.kind !== 'indirect' || !f.cue || f.speaker || f.cue.past || f.cue.participle || f.cue.lemma === 'say') return false;
  const first = f.cue.first;
  return first === v.sentenceFirst[v.sentence[first]] && /^\p{Lu}\p{Ll}+$/u.test(v.word[first]) && !/(s|ing|ed)$/.test(v.lower[first]);
}

/** "getting a message out, say, or a major act of sabotage": "say" set off by commas with nobody before it gives an
 *  example; nobody speaks. */
const isExample = (v: View, f: Found) =>
  !!f.cue && !f.speaker && f.cue.lemma === 'say' && f.cue.first === f.cue.last && v.word[f.cue.first - 1] === ',' && v.word[f.cue.first + 1] === ',';

/** A partial quotation nobody is found to have said ("the so-called “feather duvet lung”", "dubbed “Operation Allies
 *  Refuge”"): a term, a name or a scare quote, not somebody's words. */
const isUnattributedPartial = (f: Found) => f.kind === 'partial' && !f.speaker;

/** "He is accused of fraud", "Russia stands accused of…", "the plan was criticised for…": a charge or a judgement in
 *  the participle with no agent names what someone stands accused of, not who says so ("is accused by critics of…"
 *  keeps its critics). */
const isPassiveCharge = (v: View, f: Found) => f.kind === 'indirect' && !!f.cue && !f.speaker && ACCUSING_VERBS.has(f.cue.lemma) &&
  (isPassive(v, f.cue) || (f.cue.past && /^stand(s|ing)?$|^stood$/.test(v.lower[f.cue.first - 1] ?? '')));

/** Forms of "use" before an infinitive of purpose ("is used to estimate", "uses the readings to predict"). */
const USE_FORMS = new Set(['use', 'uses', 'used', 'using']);
/** Modals of a narrator's aside ("It should be mentioned that…", "it must be said that…"). */
const ASIDE_MODALS = new Set(['should', 'must', 'can', 'could', 'may', 'might']);

/** A reporting verb in an infinitive of purpose after "use" ("Skinfold measurements have been used to estimate body
 *  fat", "BIS uses the fluid readings to predict…"): what a thing is used for, nobody reports. */
function isPurpose(v: View, f: Found): boolean {
  if (!f.cue || f.kind !== 'indirect') return false;
  const c = f.cue.first;
  if (v.lower[c - 1] !== 'to') return false;
  for (let i = c - 2; i >= 0 && c - i <= 5 && v.sentence[i] === v.sentence[c]; i--) {
    if (USE_FORMS.has(v.lower[i])) return true;
    if (v.pos[i] === 'VERB' || v.pos[i] === 'AUX' || v.word[i] === ',') return false;
  }
  return false;
}

/** Forms of "be" after "it" in an aside ("it is fair to say", "it's hard to describe"). */
const IS_FORMS = new Set(['is', "'s", '’s', 'was', 'be']);

/** "It should be mentioned that…", "it must be said that…", "it is fair to say that…", "it's not incorrect to say
 *  that…": the writer's own aside, nobody reported. */
const isAside = (v: View, f: Found) => {
  if (!f.cue) return false;
  const c = f.cue.first;
  if (!f.speaker && f.cue.past) return v.lower[c - 1] === 'be' && ASIDE_MODALS.has(v.lower[c - 2] ?? '') && v.lower[c - 3] === 'it';
  // (it + a form of "be", "not" perhaps, an adjective, "to", the verb.)
  if (v.lower[c - 1] !== 'to' || v.pos[c - 2] !== 'ADJ') return false;
  let i = c - 3;
  if (NEGATION.has(v.lower[i])) i--;
  return IS_FORMS.has(v.lower[i]) && v.lower[i - 1] === 'it';
};

/** "your body fat percentage tells you…", "it tells you the percent…": a thing of the reader's, or "it", telling the
 *  reader explains; nobody is reported. */
const isExplanation = (v: View, f: Found) => {
  if (!f.cue || !f.speaker || f.cue.lemma !== 'tell' || v.lower[f.cue.last + 1] !== 'you') return false;
  const { first, last } = f.speaker;
  // ("your" opens the phrase, or the modifiers the speaker phrase leaves out: "Your resting pulse".)
  if (first === last && /^(it|this|that)$/.test(v.lower[first])) return true;
  return [first, first - 1, first - 2].some((i) => v.lower[i] === 'your' && v.sentence[i] === v.sentence[first]);
};

export function dropNotQuotes(v: View, found: Found[]): Found[] {
  return found.filter((f) => !isTitle(v, f) && !isGloss(v, f) && !isRelativePredicate(v, f) && !isWithheld(v, f) && !isUnsourced(v, f) &&
    !isAttributive(v, f) && !isThingShown(v, f) &&
    !isProclaimedAct(v, f) && !isEmpty(v, f) && !isNarration(v, f) && !isImperative(v, f) && !isPassiveCharge(v, f) && !isExample(v, f) &&
    !isUnattributedPartial(f) && !isPurpose(v, f) && !isAside(v, f) && !isExplanation(v, f));
}
