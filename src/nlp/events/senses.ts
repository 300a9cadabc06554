// The sense checks of a cue: the words after a verb that keep or take away its event sense ("declined to comment",
// "executed a veto", "released a statement", "demonstrated its missile"), a noun cue's hedge ("possible talks"), a
// meeting named as the cue's object ("proposed holding the meeting") and an ultimatum ("… or face sanctions"). Read
// over one Doc's lower-cased words; no state of its own.
import type { Doc } from '../../doc/doc.js';
import { lexicon, type Cue } from './lexicon.js';
import { ACCESS_WINDOW, TARGET_WINDOW } from './settings.js';
import { ACCESS_OBJECTS, CAPTIVE_NOUNS, FUTURE, GRANT_OBJECTS, NON_EVENT_COMPLEMENTS, NOUN_HEDGES, OBLIGATION, PERSONAL_OBJECTS, POSSESSIVES, POSSIBILITY_NOUNS } from './words.js';

/** A cue found at tokens [first, last]. */
export interface Found {
  cue: Cue;
  first: number;
  last: number;
}

/** Parts of speech that start a verb's object ("demonstrated [the|its|new|two|resilience] …"). */
const OBJECT_POS = new Set(['DET', 'PRON', 'NOUN', 'NUM', 'ADJ']);
/** What a refusal's object may start with ("declined the offer", "declined Russia's invitation"). */
const REFUSED_POS = new Set([...OBJECT_POS, 'PROPN']);
/** How far after a cue its object's words are looked for (lexicon objectSenses). */
const OBJECT_WINDOW = 8;
/** "agrees with [X …] that": how far the "that" of a shared view may follow "with". */
const AGREE_WITH_WINDOW = 6;
/** How far after a cue "the" of its meeting object may stand ("proposed [holding] the meeting"). */
const MEETING_OBJECT_GAP = 4;

/** How far before a noun cue the "of" of a possibility may stand ("chance of [a massive Russian] invasion"), over
 *  words of these parts of speech. */
const HEDGE_OF_GAP = 5;
const HEDGE_INNER_POS = new Set(['DET', 'ADJ', 'PROPN', 'NOUN', 'NUM']);

/** Words that make "asked" a question. */
const QUESTION_WORDS = new Set(['if', 'whether']);

export class CueSenses {
  constructor(
    private readonly doc: Doc,
    private readonly w: readonly string[],
    private readonly actorAt: Int32Array,
  ) {}

  /** "proposed holding the meeting", "agreed to the talks": a definite meeting noun right after the cue. */
  theMeetingAfter(last: number, ce: number): boolean {
    for (let i = last + 1; i < Math.min(ce, last + MEETING_OBJECT_GAP); i++) {
      if (this.w[i] !== 'the') continue;
      const at = i + 1;
      return (lexicon().byFirst.get(this.w[at]) ?? []).some((c) => c.kind === 'noun' && c.type === 'CONSULT' && c.words.every((forms, j) => forms.has(this.w[at + j] ?? '')));
    }
    return false;
  }

  /** Whether the cue's object takes its event sense away (it is then no verb governing its clause either). */
  lacksObject(f: Found): boolean {
    return !this.objectFits(f);
  }

  /** The lexicon's object senses: a cue that needs one of its object words has one after it in its clause, and no
   *  excluded object word follows ("executed two prisoners", not "executed a veto"; "signed a treaty", not "signed
   *  legislation"). */
  private objectFits(f: Found): boolean {
    const { objectNeeds, objectExcludes } = lexicon();
    const needs = objectNeeds.get(f.cue.phrase);
    const excludes = objectExcludes.get(f.cue.phrase);
    if (!needs && !excludes) return true;
    // (Within the sentence, not the clause: "appealed to Trump's stated desire" is cut at "stated", a speech verb.)
    let end = f.last;
    const sentence = this.doc.tokens[f.last].sentence;
    while (end + 1 < this.w.length && end - f.last < OBJECT_WINDOW && this.doc.tokens[end + 1].sentence === sentence) end++;
    for (let i = f.last + 1; i <= end; i++) if (excludes?.has(this.w[i])) return false;
    if (!needs) return true;
    if (needs === '@people') return this.releasesPeople(f.last, end);
    for (let i = f.last + 1; i <= end; i++) if (needs.has(this.w[i])) return true;
    return false;
  }

  /** A modal of obligation, intent or plan in tokens [from, ce]: the clause says what is to be done. */
  private saysWhatToDo(from: number, ce: number): boolean {
    for (let i = from; i <= ce; i++) if (OBLIGATION.has(this.w[i]) || FUTURE.has(this.w[i]) || this.w[i] === 'would' || this.w[i] === 'need') return true;
    return false;
  }

  /** "demonstrated the missiles", "demonstrated that …", "the missiles, which Ukrainians demonstrated": to show
   *  something, not to protest. An object is a word of a noun phrase right after the verb (a date is no object). */
  private showsSomething(f: Found): boolean {
    const next = f.last + 1;
    if (next >= this.w.length) return false;
    if (this.w[next] === 'that' || this.w[next] === 'how') return true;
    if (!this.inTime(next) && OBJECT_POS.has(this.doc.tokens[next].pos)) return true;
    // An object relative: "which" or "that", then the subject, then the verb.
    for (let i = f.first - 1; i >= Math.max(0, f.first - 4); i--) if ((this.w[i] === 'which' || this.w[i] === 'that') && i < f.first - 1) return true;
    return false;
  }

  /** Whether token i lies in a time expression of the times layer ("last December", "on Monday"). */
  private inTime(i: number): boolean {
    const at = this.doc.tokens[i].start;
    return (this.doc.times ?? []).some((t) => t.start <= at && at < t.end);
  }

  /** "possible talks", "a proposed new ceasefire": the noun cue at token i is only a possibility. */
  hedged(i: number): boolean {
    if (NOUN_HEDGES.has(this.w[i - 1] ?? '')) return true;
    if (i >= 2 && this.doc.tokens[i - 1].pos === 'ADJ' && NOUN_HEDGES.has(this.w[i - 2])) return true;
    // "a real chance of a massive Russian invasion", "the risk of war": the noun a possibility is of.
    let j = i - 1;
    while (j > 0 && i - j <= HEDGE_OF_GAP && this.w[j] !== 'of' && HEDGE_INNER_POS.has(this.doc.tokens[j].pos)) j--;
    return this.w[j] === 'of' && POSSIBILITY_NOUNS.has(this.w[j - 1] ?? '');
  }

  /** Words of a cue whose sense depends on its object, read right after it: "declined to comment" rejects no one; a
   *  bare "allow" is access only for aid, inspectors, convoys…; "grant" is aid only of asylum, aid, loans…; a release
   *  is of people ("released the text" is not one). True when the cue keeps its event sense. */
  holds(f: Found, ce: number, passive: boolean): boolean {
    const { cue } = f;
    if (cue.kind !== 'verb') return true;
    const next = (k: number) => this.w[f.last + k] ?? '';
    // "declined to comment", "refused to either confirm or deny": no answer, not a rejection.
    if (cue.type === 'REJECT' && next(1) === 'to' && NON_EVENT_COMPLEMENTS.has(next(2) === 'either' ? next(3) : next(2))) return false;
    // "asked if / whether …", "asked him whether …": a question, not a request.
    if (cue.type === 'REQUEST' && /^ask/.test(this.w[f.first]) && (QUESTION_WORDS.has(next(1)) || QUESTION_WORDS.has(next(2)))) return false;
    if (passive) return true;
    if (cue.mode === 'release') return this.releasesPeople(f.last, ce);
    if (!this.objectFits(f)) return false;
    if (cue.mode === 'demo' && cue.phrase === 'demonstrate') return !this.showsSomething(f);
    // "agrees with Putin that concessions are the key": a shared view, not an agreement (which says what is to be
    // done: "agrees with France that disputes should be resolved by arbitration").
    if (cue.phrase === 'agree' && next(1) === 'with') {
      for (let k = 2; k <= AGREE_WITH_WINDOW && f.last + k <= ce; k++) if (next(k) === 'that') return this.saysWhatToDo(f.last + k + 1, ce);
    }
    if (cue.mode === 'access' && cue.words.length === 1) {
      for (let k = 1; k <= ACCESS_WINDOW; k++) if (ACCESS_OBJECTS.has(next(k))) return true;
      return false;
    }
    // "the dollar would continue to decline in relation to …", "exports declining by 5 pct": to fall, not to refuse
    // (a refusal declines to do something or declines something: "declined to hear an appeal", "declined the offer").
    const refusesSomething = next(1) === 'to' || REFUSED_POS.has(this.doc.tokens[f.last + 1]?.pos ?? '');
    if (cue.type === 'REJECT' && /^declin/.test(this.w[f.first]) && !refusesSomething) return false;
    if (cue.type === 'AID' && cue.words.length === 1 && /^grant/.test(this.w[f.first])) {
      for (let k = 1; k <= 5; k++) if (GRANT_OBJECTS.has(next(k))) return true;
      return false;
    }
    return true;
  }

  /** The object of a release verb names people: a person or group actor, a personal pronoun, or a noun of captives
   *  or of an actor group, as its first noun ("freed two Israeli hostages", "released him"). */
  private releasesPeople(last: number, ce: number): boolean {
    const { groups, sectors } = lexicon();
    for (let i = last + 1; i <= Math.min(ce, last + TARGET_WINDOW); i++) {
      const w = this.w[i];
      if (POSSESSIVES.has(w)) continue; // "released its report": the possessor is not what is released
      if (this.actorAt[i] >= 0) return true;
      const pos = this.doc.tokens[i].pos;
      if (PERSONAL_OBJECTS.has(w) || CAPTIVE_NOUNS.has(w) || groups.has(w) || sectors.has(w)) return true;
      if (pos === 'NOUN' || pos === 'PRON' || pos === 'VERB' || pos === 'PUNCT' || pos === 'ADP') return false;
    }
    return false;
  }

  /** An "unless" after the cue, up to the sentence's end ("will withdraw its force from Chad unless …"). */
  unlessAfter(last: number, s1: number): boolean {
    for (let i = last + 1; i <= s1; i++) if (this.w[i] === 'unless') return true;
    return false;
  }

  /** "urged both sides to strike a deal or face sanctions": a demand with a threat is an ultimatum. */
  ultimatum(last: number, ce: number): boolean {
    for (let i = last + 1; i < ce; i++) if (this.w[i] === 'or' && /^fac/.test(this.w[i + 1])) return true;
    return false;
  }
}
