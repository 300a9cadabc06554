// The sentence coder: cues from the lexicon, clauses from closed-class words, then for each governing cue its
// source (the clause's subject; the agent of a passive; the possessor or the light verb's subject of a noun),
// its target (the first actor after it), its status (negated, hypothetical, future, denied) and who reports it.
import type { Doc } from '../../doc/doc.js';
import { datelineEnd } from '../../doc/dateline.js';
import { lowerBound } from '../../doc/search.js';
import { NON_COUNTRY, type Actor } from './actors.js';
import { sectorOf } from '../entities/index.js';
import { lexicon, verbForms, type Cue, type PloverType } from './lexicon.js';
import { SUBORDINATORS } from '../../doc/english.js';
import { CueSenses, type Found } from './senses.js';
import { findJudgements, type Judgement } from './judgements.js';
import { PhraseReader } from './phrases.js';
import { ONE_SIDED_STATED, AGENT_WINDOW, ASKER_WINDOW, PASSIVE_DOER_WINDOW, ATTRIBUTION_MAX_TOKENS, MAX_CLAUSE_TOKENS, SUBORDINATE_VERB_WINDOW, BETWEEN_GAP, NOUN_PREP_GAP, AUX_WINDOW, LIGHT_VERB_GAP, NOUN_SOURCE_GAP, TARGET_WINDOW } from './settings.js';
import {
  ACTOR_JOINERS, ADJUNCT_PREPS, DEGREE_ADVERBS, DEMANDING_VERBS, TIME_DEICTICS, ASKING_NOUNS, POLITICAL_SECTORS, STATE_SECTORS, BE_FORMS, CLAUSE_BREAKS, DENIAL, DETERMINERS, FUTURE, HYPOTHETICAL, LIGHT_VERBS, LOCATIVE, NEGATORS, ADDRESSEE_VERBS, ANAPHORIC, DIRECTIVES, MODIFIER_DETERMINERS, OBLIGATION, PREPOSITION_OR_CONJUNCTION, PAIR_JOINERS, PAIR_NOUNS, POSSESSIVES, PRONOUNS, RELATIVES, SPEECH, TARGET_PREPS,
} from './words.js';

export type Status = 'asserted' | 'negated' | 'hypothetical' | 'future' | 'reported-denied';

/** A bare place (not a nationality word): "Russia beat Croatia" names teams, not assailants. */
const isPlace = (a: Actor) => (a.type === 'LOC' || a.type === 'WORD') && !a.adjectival;
/** Sectors of the state's own arms. */
/** A state, its government or its forces ("Russia", "Russian forces", "the Kremlin"), not its people. */
const isState = (a: Actor) => STATE_SECTORS.has(a.sector ?? '') || (isPlace(a) && !a.city && a.codes.length > 0 && !a.codes.some((c) => NON_COUNTRY.has(c)));
/** A state, one of its political sectors (words.ts POLITICAL_SECTORS), or an international body or group. */
export const isPolitical = (a: Actor) => isState(a) || POLITICAL_SECTORS.has(a.sector ?? '') || a.codes.some((c) => NON_COUNTRY.has(c));
/** Verbs whose object is the thing demanded, in every form. */
const DEMANDS_THING: ReadonlySet<string> = new Set(DEMANDING_VERBS.flatMap(verbForms));

/** Intent, not deed: a future cooperative act of its source is an AGREE (CAMEO 03, "express intent to …"), unless
 *  its recipient is who tells it ("they will be selling these systems to us," the president of the buyer said: a
 *  deed to come, not the giver's words); a future conflict act that its source tells (or nobody) is a THREATEN;
 *  both asserted. */
function intentOf(type: PloverType, status: Status, source: Actor[], target: Actor[], reporter: Actor | null): { type: PloverType; status: Status } {
  if (status !== 'future' || !source.length) return { type, status };
  // (By its country only when that is not the giver's too: "the rebels said they will release the prime minister".)
  const sourceCodes = source.flatMap((a) => a.codes);
  const toldByRecipient = reporter !== null && target.some((a) => a === reporter || (a.id !== null && a.id === reporter.id)
    || a.codes.some((c) => reporter.codes.includes(c) && !sourceCodes.includes(c)));
  if (COOPERATIVE.has(type)) return toldByRecipient ? { type, status } : { type: 'AGREE', status: 'asserted' };
  const ownWords = !reporter || reporter === source[0] || (reporter.id !== null && reporter.id === source[0].id);
  if (CONFLICT.has(type) && ownWords) return { type: 'THREATEN', status: 'asserted' };
  return { type, status };
}

/** Both directions of a reciprocal act, when its two sides have codes ("Iran's minister met Rafael Grossi", no code,
 *  is not IRN ↔ IRN); null otherwise. */
function bothWays(source: Actor[], target: Actor[], isName: (a: Actor) => boolean): [Actor[], Actor[]] | null {
  const all = [...source, ...target];
  if (new Set(all.flatMap((a) => a.codes)).size >= 2) return [all, [...all].reverse()];
  // One country's two parties ("the Sudanese government and its rebels", "Iran's foreign minister met Ali
  // Khamenei"): two parties, one of them coded; a coded party is its code and sector (the "UKR" of "NATO-Ukraine" and
  // "Ukraine" are one), an uncoded one a named person or organisation.
  const party = (a: Actor) => (!isName(a) ? null : a.codes.length ? `${a.codes.join()}/${a.sector ?? ''}` : a.id !== null && (a.type === 'PERSON' || a.type === 'ORG') ? a.id : null);
  const parties = new Set(all.map(party).filter((p) => p !== null));
  return parties.size >= 2 && all.some((a) => a.codes.length) ? [all, [...all].reverse()] : null;
}

/** One telling of an event in one sentence, before mentions are merged. */
export interface Coded {
  type: PloverType;
  mode: string | null;
  context: string | null;
  source: Actor[];
  target: Actor[];
  reciprocal: boolean;
  status: Status;
  reporter: Actor | null;
  location: Actor | null;
  sentence: number;
  /** Told in the passive without an agent: a fact about its victim ("three civilians were killed"). */
  passive: boolean;
  /** Its cue is a verb (or an adjective of intent) told in the active voice, and what it states is an act ("agreed
   *  to resign", "demanded immediate elections"): a statement that needs no recipient. */
  statesAct?: boolean;
  /** Its object is "the meeting" / "the talks": the article's meeting of two parties (see turnOnThePair). */
  ofTheMeeting?: boolean;
  cueFirst: number;
  cueLast: number;
}

/** Types that a stated intent turns into AGREE ("will provide aid" is a promise of aid: CAMEO 03x). */
const COOPERATIVE = new Set<PloverType>(['CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT']);
/** PLOVER types that need a recipient (plover_v2_ontology.json "requires_recipient"). */
const NEEDS_TARGET = new Set<PloverType>(['COOPERATE', 'AID', 'SANCTION']);
/** Types whose place is where the event happened, never its recipient. */
const PLACE_IS_LOCATION = new Set<PloverType>(['CONSULT']);
/** Types that a stated intent turns into THREATEN (CAMEO 13: threats are announced conflict). */
/** Verbal types (PLOVER's verbal cooperation and conflict quads, plus CONCEDE and COOPERATE's agreements). */
const VERBAL = new Set<PloverType>(['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN']);
/** Types told in the passive without an agent that still make an event ("three civilians were killed"). */
const AGENTLESS = new Set<PloverType>(['ASSAULT', 'COERCE']);
const CONFLICT = new Set<PloverType>(['ASSAULT', 'COERCE', 'SANCTION', 'PROTEST', 'MOBILIZE']);
/** Parts of speech between a place and the locative preposition before it ("in the besieged town of Gorazde"). */
const PLACE_INNER = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'ADP', 'PROPN']);

const VERB_POS = new Set(['VERB']);
/** A noun cue's complement passed over to reach its verb ("round of [peace] talks would …", "talks between Russia
 *  and Ukraine will …"): its preposition, then at most NOUN_OF_WORDS words of these parts of speech. */
const NOUN_COMPLEMENT_PREPS = new Set(['of', 'between', 'with']);
const OF_COMPLEMENT_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'CCONJ', 'NUM', 'ADP']);
const NOUN_OF_WORDS = 8;
/** Cell separators that make a sentence a table row. */
const TABLE_BARS = 2;
/** Prepositions of a meeting's topic ("talks on Ukraine"). */
const TOPIC_PREPS = new Set(['on', 'about', 'over', 'regarding']);
const NOUN_POS = new Set(['NOUN', 'PROPN']);
/** Particles of phrasal support verbs ("carried out", "stepped up"). */
const PARTICLES = new Set(['out', 'up']);
/** "stands accused", "stood charged": a copula of the passive. */
const STAND_FORMS = new Set(['stand', 'stands', 'stood', 'standing']);
/** Parts of speech between a noun cue and the actor or light verb before it ("Russia's [massive] strikes"). */
const NP_INNER = new Set(['DET', 'ADJ', 'NOUN', 'NUM', 'PART', 'PROPN', 'PUNCT']);

export class SentenceCoder {
  private readonly w: string[] = [];
  private readonly clause: number[] = [];
  /** Tokens of a relative clause set off by commas (", where Russia has bases,"), by offset from the sentence start. */
  private readonly rel: boolean[] = [];
  /** While coding a main-clause cue, actors inside relative clauses are passed over. */
  private skipRel = false;
  /** The cue just coded is a verb whose object gives it no event sense ("mobilized pressure groups"). */
  private senseless = false;
  private s0 = 0;
  /** The two sides of the article's last reciprocal event: what "both sides" / "the two countries" refer to. */
  private pair: Actor[] = [];
  private readonly actorAt: Int32Array;
  private readonly senses: CueSenses;
  private readonly phrases: PhraseReader;
  /** The Doc's direct quotations by start (they do not overlap). */
  private readonly directQuotes: { start: number; end: number; speaker: string | null }[];
  /** Each entity's actors in text order. */
  private readonly actorsOf = new Map<string, Actor[]>();

  constructor(
    private readonly doc: Doc,
    private readonly actors: Actor[],
  ) {
    this.actorAt = new Int32Array(doc.tokens.length).fill(-1);
    actors.forEach((a, k) => {
      for (let i = a.first; i <= a.last; i++) this.actorAt[i] = k;
    });
    this.w = doc.tokens.map((t) => doc.text.slice(t.start, t.end).toLowerCase().replace(/’/g, "'"));
    this.senses = new CueSenses(doc, this.w, this.actorAt);
    this.phrases = new PhraseReader(doc, this.w, this.actorAt, actors);
    for (const a of actors) {
      if (!a.id) continue;
      const list = this.actorsOf.get(a.id);
      if (list) list.push(a);
      else this.actorsOf.set(a.id, [a]);
    }
    this.directQuotes = (doc.quotes ?? []).filter((q) => q.kind === 'direct').sort((a, b) => a.start - b.start);
  }

  /** Events of the sentence made of tokens [s0, s1]. */
  code(first: number, s1: number): Coded[] {
    // A dateline ("KYIV, Feb 5 (Reuters) -") is not part of the sentence's clauses.
    const s0 = datelineEnd((i) => this.doc.text.slice(this.doc.tokens[i].start, this.doc.tokens[i].end), first, s1);
    // A table row ("Source| Date| Estimated casualties (Killed, Wounded)|") tells no event.
    let bars = 0;
    for (let i = s0; i <= s1 && bars < TABLE_BARS; i++) if (this.w[i] === '|') bars++;
    if (bars >= TABLE_BARS) return [];
    this.clauses(s0, s1);
    const out: Coded[] = [];
    const governed = new Set<number>();
    for (let i = s0; i <= s1; i++) {
      if (!OBLIGATION.has(this.w[i])) continue;
      const ev = this.demand(i, s0, s1);
      if (ev) {
        out.push(ev);
        governed.add(this.clause[i - s0]);
      }
    }
    for (const j of findJudgements(this.w, (i) => this.doc.tokens[i].pos, this.actorAt, this.actors, s0, s1)) {
      const ev = this.judgement(j, s0, s1);
      if (ev) out.push(ev);
    }
    for (const f of this.cues(s0, s1)) {
      const c = this.clause[f.first - s0];
      if (governed.has(c)) continue;
      const ev = this.codeCue(f, s0, s1);
      if (ev) out.push(ev);
      if (ev?.reciprocal && ev.status === 'asserted' && ev.source.length === 2) this.pair = ev.source;
      // A governing verb takes its infinitive and that-clause with it ("agreed to cooperate", "warned that …").
      // (Not a verb that is no event in its sense here: "mobilized pressure groups to help support …".)
      if (ev || (f.cue.kind !== 'noun' && !this.senseless)) {
        governed.add(c);
        const next = f.last + 1;
        if (next <= s1 && this.w[next] === 'that') governed.add(c + 1);
      }
    }
    return out;
  }

  /** Clause index of each token: a new clause at a break word, after a speech verb, at a complementiser and at
   *  "and" + a new subject with its verb ("Russia attacked Kyiv and Ukraine struck a refinery"). */
  private clauses(s0: number, s1: number): void {
    this.clause.length = 0;
    this.rel.length = 0;
    this.s0 = s0;
    const attribution = this.attribution(s0, s1);
    let c = 0;
    let next = 0;
    let main = -1; // inside a relative clause: the clause to return to after its closing comma
    let verb = false; // the clause so far has a verb: an "and" + subject + verb then starts a new one
    for (let i = s0; i <= s1; i++) {
      const w = this.w[i];
      const prevPos = i > s0 ? this.doc.tokens[i - 1].pos : '';
      if (main >= 0 && w === ',') {
        c = main;
        main = -1;
      } else if (i > s0 && RELATIVES.has(w) && this.w[i - 1] === ',' && main < 0) {
        main = c;
        c = ++next;
        verb = false;
      } else if (i > s0 && (i === attribution || (CLAUSE_BREAKS.has(w) && !this.prepositionUse(i, s1)) || (w === 'that' && prevPos === 'VERB') || (SPEECH.has(this.w[i - 1]) && prevPos === 'VERB' && !this.namesEvent(i)) || (verb && this.newSubject(i, s1)))) {
        c = ++next;
        main = -1;
        verb = false;
      }
      if (this.doc.tokens[i].pos === 'VERB') verb = true;
      this.clause.push(c);
      this.rel.push(main >= 0);
    }
  }

  /** "after four years", "as a result": a subordinator used as a preposition (no verb of its own follows before a
   *  comma) opens no clause. */
  private prepositionUse(i: number, s1: number): boolean {
    if (!PREPOSITION_OR_CONJUNCTION.has(this.w[i])) return false;
    for (let j = i + 1; j <= Math.min(s1, i + SUBORDINATE_VERB_WINDOW); j++) {
      const pos = this.doc.tokens[j].pos;
      if ((pos === 'VERB' || pos === 'AUX') && this.w[j - 1] !== 'to') return false;
      if (pos === 'PUNCT') break;
    }
    return true;
  }

  /** The comma that opens a trailing attribution (", a senior official said on Saturday."), or -1. */
  private attribution(s0: number, s1: number): number {
    for (let i = s1; i > s0 && i >= s1 - ATTRIBUTION_MAX_TOKENS; i--) {
      if (this.w[i] !== ',') continue;
      for (let j = i + 1; j <= s1; j++) if (SPEECH.has(this.w[j])) return i;
      return -1;
    }
    return -1;
  }

  private newSubject(i: number, s1: number): boolean {
    if (this.w[i] !== 'and' && this.w[i] !== ',') return false;
    const at = this.doc.tokens[i + 1]?.pos === 'DET' ? i + 2 : i + 1; // ", and the US seized …"
    const k = at <= s1 ? this.actorAt[at] : -1;
    if (k < 0 || this.actors[k].first !== at) return false;
    for (let j = this.actors[k].last + 1; j <= Math.min(s1, this.actors[k].last + 3); j++) {
      const p = this.doc.tokens[j].pos;
      if (p === 'VERB' || p === 'AUX') return true;
      if (p !== 'ADV') return false;
    }
    return false;
  }

  private cues(s0: number, s1: number): Found[] {
    const { byFirst } = lexicon();
    const found: Found[] = [];
    for (let i = s0; i <= s1; i++) {
      const cands = byFirst.get(this.w[i]);
      if (!cands) continue;
      for (const cue of cands) {
        const last = this.match(cue, i, s1);
        if (last < 0) continue;
        found.push({ cue, first: i, last });
        i = last;
        break;
      }
    }
    return found;
  }

  /** Last token of `cue` matched at token i (determiners inside the phrase skipped), or -1. */
  private match(cue: Cue, i: number, s1: number): number {
    let j = i;
    for (let k = 1; k < cue.words.length; k++) {
      j++;
      while (j <= s1 && (DETERMINERS.has(this.w[j]) || this.doc.tokens[j].pos === 'NUM') && !cue.words[k].has(this.w[j])) j++;
      if (j > s1 || !cue.words[k].has(this.w[j])) return -1;
    }
    const pos = this.doc.tokens;
    const v = i + cue.verbAt; // (no determiner is skipped between an adverb and its verb)
    if (cue.kind === 'verb' && !(VERB_POS.has(pos[v].pos) || (pos[v].pos === 'ADJ' && /ed$/.test(this.w[v])))) return -1;
    if (cue.kind === 'noun' && !NOUN_POS.has(pos[j].pos)) return -1;
    // An adjective of intent is one before "to" and a verb or an event noun ("willing to meet", "open to talks"), not
    // "open to prosecution".
    // ("ready for talks" as well.)
    if (cue.kind === 'adj' && !((this.w[j + 1] === 'to' && (VERB_POS.has(pos[j + 2]?.pos ?? '') || this.eventNounAt(j + 2))) || (this.w[j + 1] === 'for' && this.eventNounAt(j + 2)))) return -1;
    // A participle between a determiner and its noun modifies it ("the convicted offender"), and so does a past
    // participle between a preposition and its noun ("on occupied land"; a gerund there has an object: "after shelling
    // towns"): no event.
    if (cue.kind === 'verb' && j === i && i > 0 && NOUN_POS.has(pos[i + 1]?.pos ?? '')
      && ((MODIFIER_DETERMINERS.has(this.w[i - 1]) && /(ed|ing)$/.test(this.w[i])) || (pos[i - 1].pos === 'ADP' && /ed$/.test(this.w[i])))) return -1;
    // A participle after a degree adverb is an adjective ("the most pressing problems").
    if (cue.kind === 'verb' && j === i && i > 0 && DEGREE_ADVERBS.has(this.w[i - 1]) && /(ed|ing)$/.test(this.w[i])) return -1;
    // A word inside a name ("Peace Talks Committee") is no cue; neither is one inside an actor or a compound
    // adjective ("long-threatened").
    if (this.actorAt[i] >= 0) return -1;
    if (pos[i].start > 0 && /[-‐]/.test(this.doc.text[pos[i].start - 1])) return -1;
    return j;
  }

  private codeCue(f: Found, s0: number, s1: number): Coded | null {
    const { cue } = f;
    this.skipRel = !this.rel[f.first - s0];
    const [cs, ce] = this.clauseOf(f, s0, s1);

    let source: Actor[] = [];
    let target: Actor[] = [];
    let anchor = f.first; // where the status words are looked for, before it
    let from = f.last; // where the target is looked for, after it
    let nounTarget = cue.kind === 'noun';
    let statusFrom = cs; // where the status words may start
    const passive = cue.kind === 'verb' && this.isPassive(f.first, cs);
    const told = this.reporter(cs, s0, s1, ce);
    const reporter = told ?? this.quotedSpeaker(f.first);
    // (Before any actor is looked for: these read only the words after the cue.)
    this.senseless = false;
    if (!this.senses.holds(f, ce, passive)) {
      this.senseless = f.cue.kind === 'verb' && this.senses.lacksObject(f);
      return null;
    }
    if (cue.kind === 'noun') {
      const r = this.nounSource(f, cs, ce, s0);
      if (!r) return null;
      source = r.source;
      anchor = r.anchor;
      if (r.statusFrom !== undefined) statusFrom = r.statusFrom;
      if (r.lightVerb >= 0) {
        from = r.lightVerb;
        nounTarget = false;
      }
    } else if (passive) ({ source, target } = this.passiveSides(f, cs, ce, s0));
    else source = this.verbSource(f, cs, ce, s0, s1, reporter);

    let location: Actor | null = null;
    if (!passive) ({ target, location } = this.recipient(f, { from, cs, ce, s0, s1 }, nounTarget, source));

    const sense = this.phrases.labourStrike(f, source) ? { type: 'PROTEST' as const, mode: 'strike' }
      : cue.kind === 'adj' && cue.type === 'AGREE' && this.conflictAfter(f.last + 2) ? { type: 'THREATEN' as const, mode: null }
      : this.senseOf(cue, source, target);
    if (!sense) return null;
    const { type: cueType, mode } = sense;

    let status = this.status(anchor, statusFrom, source, this.isComplement(cs, s0));
    // A noun that is its clause's subject takes the status of its verb ("the talks will resume", "… may fail").
    if (cue.kind === 'noun' && from === f.last && status === 'asserted') status = this.nounVerbStatus(f.last, ce);
    if (cue.kind === 'noun' && status === 'asserted' && this.senses.hedged(f.first)) status = 'hypothetical';
    let type: PloverType;
    ({ type, status } = intentOf(cueType, status, source, target, reporter));
    if (type === 'REQUEST' && this.senses.ultimatum(f.last, ce)) type = 'THREATEN';
    // A stated intent under a condition ("will withdraw its force from Chad unless …") is a threat (CAMEO 13).
    if (type === 'AGREE' && cueType !== 'AGREE' && this.senses.unlessAfter(f.last, s1)) type = 'THREATEN';
    target = this.homeTarget(f, cueType, type, source, target, from, ce);

    const coded = (xs: Actor[]) => xs.some((a) => a.codes.length);
    // Without its agent a passive is a fact about its victim: kept only for violence and coercion.
    if (!coded(source) && !(passive && coded(target) && AGENTLESS.has(type))) return null;
    // Two or more parties acting together do not act on one of themselves ("Hungarian and Romanian officials agreed
    // … refugees in Hungary"): a target among the sources' own codes is dropped, and the act is between them.
    const sourceCodes = new Set(source.flatMap((a) => a.codes));
    if (sourceCodes.size >= 2 && target.length && target.every((a) => a.codes.length && a.codes.every((c) => sourceCodes.has(c)))) target = [];
    // Reciprocal: "A and B agreed", "A held talks with B", "A met B"; not "A agreed to provide aid for B".
    const withTarget = target.length > 0 && (type === 'CONSULT' || (target[0].first > 0 && this.w[target[0].first - 1] === 'with'));
    const both = cue.reciprocal && ((source.length >= 2 && !target.length) || withTarget) ? bothWays(source, target, (a) => this.phrases.isName(a)) : null;
    const reciprocal = both !== null;
    if (both) [source, target] = both;
    if (NEEDS_TARGET.has(type) && !target.length) return null;
    // A bare giving verb ("provided intelligence", "supplied tanks") gives to whom "to" or "for" names, or to the
    // indirect object ("provided Ukraine with aid"); "intelligence on Russian shipping" names no recipient.
    if (lexicon().objectList.get(cue.phrase) === 'gifts' && type === 'AID' && !this.phrases.givenTo(f.last, target)) return null;
    // "beat" is an assault on people, not a team's win over a team named by its place.
    if (cue.mode === 'beat' && !(target.length > 0 && target.every((a) => a.type === 'PERSON' || a.type === 'GROUP') && !source.some(isPlace))) return null;
    return {
      type, mode, context: cue.context, source, target, reciprocal, status, reporter, location, passive: passive && !source.length,
      statesAct: ONE_SIDED_STATED.has(type) && cue.kind !== 'noun' && !passive && !this.subordinate(cs, f.first) && this.actAfter(f.last, ce, cueType === 'REQUEST'),
      ofTheMeeting: cue.kind !== 'noun' && !target.length && this.senses.theMeetingAfter(f.last, ce),
      sentence: this.doc.tokens[f.first].sentence, cueFirst: f.first, cueLast: f.last,
    };
  }

  /** A passive's agent ("by X") and victim: its subject, else a place before the cue ("villages in Ukraine were
   *  shelled"); a victim of no known country, without an agent, is where it happened ("a journalist was killed in
   *  Beirut"). */
  private passiveSides(f: Found, cs: number, ce: number, s0: number): { source: Actor[]; target: Actor[] } {
    let target = this.subject(cs, f.first, s0);
    if (!target.length) target = this.after(cs - 1, f.first - 1, false, [], cs).actors;
    const source = this.agent(f.last, ce);
    if (!source.length && !target.some((a) => a.codes.length)) {
      const where = this.after(f.last, ce, false, [], cs);
      if (where.locative && where.actors[0].codes.length) target = [where.actors[0]];
    }
    return { source, target };
  }

  /** A teller's judgement of another party (judgements.ts) as X's accusation of Y; null without a coded teller, or
   *  when the teller judges itself or the act is negated ("was not blocking the deal"). */
  private judgement(j: Judgement, s0: number, s1: number): Coded | null {
    if (NEGATORS.has(this.w[j.cueFirst - 1])) return null;
    const teller = this.teller(j.cueFirst, s0, s1);
    if (!teller?.codes.length) return null;
    let target: Actor[];
    if (j.judged === 'subject') {
      let cs = j.cueFirst;
      while (cs > s0 && cs > j.cueFirst - MAX_CLAUSE_TOKENS && this.clause[cs - 1 - s0] === this.clause[j.cueFirst - s0]) cs--;
      target = this.subject(cs, j.cueFirst, s0);
    } else target = [this.actors[j.judged]];
    if (!target.length || !target.some((a) => a.codes.length) || target.some((a) => a === teller || (a.id !== null && a.id === teller.id) || a.codes.some((c) => teller.codes.includes(c)))) return null;
    return {
      type: 'ACCUSE', mode: 'disapprove', context: null, source: [teller], target, reciprocal: false, status: 'asserted', reporter: teller, location: null, passive: false,
      sentence: this.doc.tokens[j.cueFirst].sentence, cueFirst: j.cueFirst, cueLast: j.cueLast,
    };
  }

  /** Who tells token i's words: the actor right before a speech verb earlier in the sentence ("Zelensky told Axios
   *  that …", "he said"), or right after it ("said Zelensky"); else the speaker of a trailing attribution. */
  private teller(i: number, s0: number, s1: number): Actor | null {
    for (let v = i - 1; v >= s0; v--) {
      if (!SPEECH.has(this.w[v]) || this.actorAt[v] >= 0 || this.doc.tokens[v].pos !== 'VERB') continue;
      for (let k = v - 1; k >= Math.max(s0, v - 4) && this.doc.tokens[k].pos !== 'PUNCT'; k--) if (this.actorAt[k] >= 0) return this.actors[this.actorAt[k]];
      for (let k = v + 1; k <= Math.min(s1, v + 3); k++) if (this.actorAt[k] >= 0 && this.actors[this.actorAt[k]].first === k) return this.actors[this.actorAt[k]];
    }
    let ce = i;
    while (ce < s1 && this.w[ce + 1] !== ',') ce++;
    return this.reporter(i, s0, s1, ce);
  }

  /** First and last token of the cue's clause, across a relative clause inside it (when skipRel). */
  private clauseOf(f: Found, s0: number, s1: number): [number, number] {
    const c = this.clause[f.first - s0];
    const inClause = (i: number) => this.clause[i - s0] === c || (this.skipRel && this.rel[i - s0]);
    let cs = f.first;
    while (cs > s0 && cs > f.first - MAX_CLAUSE_TOKENS && inClause(cs - 1)) cs--;
    let ce = f.last;
    while (ce < s1 && ce < f.last + MAX_CLAUSE_TOKENS && inClause(ce + 1)) ce++;
    return [cs, ce];
  }

  /** The source of a verb cue: the speaker of a speech act tacked onto what was said ("…,” he said, urging …";
   *  "Zelensky said Russia wants war, urging …"), else the clause's subject. */
  private verbSource(f: Found, cs: number, ce: number, s0: number, s1: number, told: Actor | null): Actor[] {
    if (this.phrases.afterSpeech(f.first)) {
      const speaker = this.teller(f.first, s0, s1);
      return speaker ? [speaker] : [];
    }
    if (told && VERBAL.has(f.cue.type) && this.w[f.first - 1] === ',' && /ing$/.test(this.w[f.first])) return [told];
    return this.subject(cs, f.first, s0);
  }

  /** The recipient the CAMEO conventions give acts at home or answers: domestic dissent is against the protesters'
   *  own government; coercion at home against the place of the source's own country in the clause; a rejection of
   *  "calls by X" against X; a government lifting its own restriction ("a state of emergency in West Darfur", CAMEO
   *  0871-0874) and police dispersing or preventing a protest act on their own people, unless the object names
   *  others ("dispersed Palestinian protesters"). `target` unchanged otherwise. */
  private homeTarget(f: Found, cueType: PloverType, type: PloverType, source: Actor[], target: Actor[], from: number, ce: number): Actor[] {
    const verb = f.cue.kind === 'verb';
    const own = () => source.filter((a) => a.codes.length).slice(0, 1);
    if (type === 'PROTEST' && !target.some((a) => a.codes.length) && source.length) target = source;
    if (cueType === 'COERCE' && !target.length && source.length) target = this.ownPlace(from, ce, source);
    if (cueType === 'REJECT' && verb) {
      const asker = this.askerAfter(f.last, ce);
      if (asker.length && !asker.some((a) => source.includes(a))) target = asker;
    }
    if (cueType === 'CONCEDE' && verb && !target.length && this.liftsRestriction(f.last, ce)) target = own();
    if (cueType === 'COERCE' && verb && source.length && this.phrases.restrictsAssembly(f.cue)) {
      const object = this.phrases.objectActors(f.last, ce);
      target = object.some((a) => a.codes.length) ? object : own();
    }
    return target;
  }

  /** "X said Y must / should …": X's demand on Y, with the modal as its cue. */
  private demand(i: number, s0: number, s1: number): Coded | null {
    const c = this.clause[i - s0];
    let cs = i;
    while (cs > s0 && cs > i - MAX_CLAUSE_TOKENS && this.clause[cs - 1 - s0] === c) cs--;
    if (!this.isComplement(cs, s0)) return null;
    const target = this.subject(cs, i, s0);
    const reporter = this.reporter(cs, s0, s1, i);
    if (!target.length || !reporter || !reporter.codes.length || target.includes(reporter)) return null;
    for (let j = i + 1; j <= Math.min(s1, i + 2); j++) if (NEGATORS.has(this.w[j])) return null;
    // "Moscow must be deprived of …" asks others to act on Moscow, not Moscow to act.
    if (this.w[i + 1] === 'be' && /(ed|en)$/.test(this.w[i + 2] ?? '')) return null;
    return {
      type: 'REQUEST', mode: null, context: null, source: [reporter], target, reciprocal: false, status: 'asserted', reporter, location: null, passive: false,
      sentence: this.doc.tokens[i].sentence, cueFirst: i, cueLast: i,
    };
  }

  /** Whether the clause starting at cs is the complement of a speech verb ("said [that] …"). */
  private isComplement(cs: number, s0: number): boolean {
    if (cs <= s0) return false;
    if (SPEECH.has(this.w[cs - 1])) return true;
    return this.w[cs] === 'that' && cs - 1 >= s0 && SPEECH.has(this.w[cs - 1]) || (this.w[cs - 1] === 'that' && cs - 2 >= s0 && SPEECH.has(this.w[cs - 2]));
  }

  private isPassive(i: number, cs: number): boolean {
    const w = this.w[i];
    if (!/(ed|en|wn|ck|lt|ht|nt|ld|ot|ut|it)$/.test(w) || w.endsWith('ing')) return false;
    // "is committed to", "is prepared to": an adjective of intent, not a passive ("was asked to" is one).
    if (this.w[i + 1] === 'to' && !DIRECTIVES.has(w)) return false;
    // A participle with its agent ("…, pressured by Washington").
    if (this.w[i + 1] === 'by' && /ed$/.test(w)) return true;
    for (let j = i - 1; j >= Math.max(cs, i - 3); j--) {
      // ("stands accused", "stood charged": a passive too.)
      if (BE_FORMS.has(this.w[j]) || STAND_FORMS.has(this.w[j])) return true;
      if (this.doc.tokens[j].pos !== 'ADV' && this.w[j] !== 'not') return false;
    }
    return false;
  }

  /** The clause's subject before token `end`: its first actor that is not a place after a locative preposition
   *  nor an agent, with the actors joined to it ("Hungary and Romania"); a pronoun subject ("Syria says it is
   *  willing") stands for the subject of the clause before. */
  private subject(cs: number, end: number, s0: number): Actor[] {
    // "…, Trump, who urged …": the relative pronoun stands for the actor before its comma.
    if (RELATIVES.has(this.w[cs]) && cs - 2 >= s0 && this.w[cs - 1] === ',' && this.actorAt[cs - 2] >= 0) return [this.actors[this.actorAt[cs - 2]]];
    // "…, but was still refusing admittance": a verb phrase coordinated without a subject shares the one before.
    // (Only a subject that opens its clause: not "I tried to enter California … but was caught".)
    if (this.w[cs] === 'but' && cs > s0 && this.verbFirst(cs + 1, end)) {
      const before = this.antecedent(cs, s0);
      return before.length && this.opensClause(before[0].first, s0) ? before : [];
    }
    for (let i = cs; i < end; i++) {
      if (this.skipRel && this.rel[i - this.s0]) continue;
      if (this.pairAt(i)) return this.pair;
      const k = this.actorAt[i];
      // "he told the BBC [Iran was ready …]": the addressee is not the subject of what was told.
      if (k >= 0 && i === cs && i > s0 && ADDRESSEE_VERBS.has(this.w[i - 1])) {
        i = this.actors[k].last;
        continue;
      }
      if (k < 0 || this.actors[k].first !== i) {
        // A possessive before an actor ("its European Community partners") leaves the actor the subject.
        const possessiveOfActor = POSSESSIVES.has(this.w[i]) && this.actorAt[i + 1] >= 0;
        if (PRONOUNS.has(this.w[i]) && this.doc.tokens[i].pos === 'PRON' && cs > s0 && !possessiveOfActor) return this.antecedent(cs, s0);
        continue;
      }
      const prev = i > cs ? this.w[i - 1] : '';
      // (Nor the source of an interjected "according to X".)
      // (What an actor only owns is passed over whole: "Ford's European operations" are neither Ford nor Europe.)
      const owned = this.possessorOnly(k);
      if (this.isLocative(i, cs) || prev === 'by' || prev === 'with' || prev === 'against' || prev === 'between' || owned >= 0
        || (prev === 'to' && this.w[i - 2] === 'according') || (prev === 'the' && this.w[i - 2] === 'to' && this.w[i - 3] === 'according')) {
        i = Math.max(this.actors[k].last, owned);
        continue;
      }
      return this.ownersGroup(this.compound(k, end - 1), i, cs, s0);
    }
    return [];
  }

  /** "their forces had completed their withdrawal": a group named by a possessive and no country is the group of
   *  the clause's antecedent (the subject before), and takes its country. */
  private ownersGroup(subject: Actor[], i: number, cs: number, s0: number): Actor[] {
    const [g] = subject;
    if (subject.length !== 1 || g.type !== 'GROUP' || g.codes.length || i <= cs || !POSSESSIVES.has(this.w[i - 1])) return subject;
    const codes = [...new Set(this.antecedent(cs, s0).flatMap((a) => a.codes))];
    return codes.length === 1 ? [{ ...g, codes }] : subject;
  }

  /** Whether "both sides" / "the two countries" starts at token i and the article has a pair for it. */
  private pairAt(i: number): boolean {
    if (!this.pair.length) return false;
    const w = this.w[i];
    if (w !== 'both' && !(w === 'two' && this.w[i - 1] === 'the')) return false;
    return PAIR_NOUNS.has(this.w[i + 1] ?? '');
  }

  /** "Kyiv's partners": the actor only owns the subject, unless what it owns is a group of it ("Russia's army"): the
   *  head noun it owns, or -1. */
  private possessorOnly(k: number): number {
    const a = this.actors[k];
    const w = this.w[a.last + 1];
    if (w !== "'s" && w !== "'") return -1;
    for (let j = a.last + 2; j < Math.min(this.w.length, a.last + 5); j++) {
      const pos = this.doc.tokens[j].pos;
      // ("Ukraine's European allies": a nationality word is an adjective here.)
      if (pos === 'ADJ' || pos === 'DET' || pos === 'NUM' || (this.actorAt[j] >= 0 && this.actors[this.actorAt[j]].adjectival)) continue;
      if (pos !== 'NOUN') return -1;
      // (An owned actor is the subject: "Osama bin Laden's al-Qaeda".)
      if (this.actorAt[j] >= 0) return a.last;
      // The head of a compound decides ("Cairo's security chief" is Cairo's official).
      while (j + 1 < this.w.length && this.doc.tokens[j + 1].pos === 'NOUN' && this.actorAt[j + 1] < 0) j++;
      return !lexicon().sectors.has(this.w[j]) && !sectorOf(this.w[j]) ? j : -1;
    }
    return -1;
  }

  /** Whether only determiners and adjectives stand between token i and the start of its clause. */
  private opensClause(i: number, s0: number): boolean {
    const c = this.clause[i - s0];
    let j = i - 1;
    while (j >= s0 && this.clause[j - s0] === c && (this.doc.tokens[j].pos === 'DET' || this.doc.tokens[j].pos === 'ADJ')) j--;
    return j < s0 || this.clause[j - s0] !== c;
  }

  /** Whether a verb (after adverbs and auxiliaries) is the first word from token i up to `end`. */
  private verbFirst(i: number, end: number): boolean {
    while (i <= end && (this.doc.tokens[i].pos === 'ADV' || this.doc.tokens[i].pos === 'AUX')) i++;
    return i <= end && (this.doc.tokens[i].pos === 'VERB' || this.doc.tokens[i - 1].pos === 'AUX');
  }

  /** What a pronoun at the start of the clause at cs stands for: the subject of the sentence before it. */
  private antecedent(cs: number, s0: number): Actor[] {
    if (cs <= s0) return [];
    let ps = cs - 1;
    while (ps > s0 && ps > cs - MAX_CLAUSE_TOKENS && this.clause[ps - 1 - s0] === this.clause[cs - 1 - s0]) ps--;
    const s = this.subject(ps, cs, ps);
    return s.length || ps <= s0 ? s : this.subject(s0, cs, s0);
  }

  /** Whether the actor starting at token i is a place after a locative preposition ("in the town of Gorazde"). */
  private isLocative(i: number, cs: number): boolean {
    for (let j = i - 1; j >= Math.max(cs, i - 5); j--) {
      if (LOCATIVE.has(this.w[j])) return true;
      // ("in Britain and West Germany": places coordinated after one preposition.)
      if (this.doc.tokens[j].pos === 'CCONJ' && j > cs && this.actorAt[j - 1] >= 0) continue;
      if (!PLACE_INNER.has(this.doc.tokens[j].pos) || this.w[j] === 'by' || this.w[j] === 'against' || this.w[j] === 'to' || this.w[j] === 'with' || this.w[j] === 'on') return false;
    }
    return false;
  }

  /** Actor k and the actors coordinated with it up to token `limit`. */
  private compound(k: number, limit: number): Actor[] {
    const out = [this.actors[k]];
    let a = this.actors[k];
    for (;;) {
      let i = a.last + 1;
      let joined = false;
      while (i <= limit && ACTOR_JOINERS.has(this.w[i])) {
        joined = true;
        i++;
      }
      const n = i <= limit ? this.actorAt[i] : -1;
      if (!joined || n < 0 || this.actors[n].first !== i || this.actors[n].last > limit) return out;
      a = this.actors[n];
      out.push(a);
    }
  }

  /** The agent of a passive ("was attacked by Russian forces"). */
  private agent(last: number, ce: number): Actor[] {
    for (let i = last + 1; i <= Math.min(ce, last + AGENT_WINDOW); i++) {
      if (this.w[i] !== 'by') continue;
      for (let j = i + 1; j <= Math.min(ce, i + 4); j++) {
        const k = this.actorAt[j];
        if (k >= 0) return this.compound(k, ce);
      }
      return [];
    }
    return [];
  }

  /** Source of a noun cue: the actor right before it ("Russia's strikes", "Russian shelling", "their demands"),
   *  the subject of the light verb whose object it is ("Russia launched a strike"), or the pair after "between" /
   *  the actor after "by". */
  /** "declared a state of emergency", "announced a ceasefire": after a verb that is both a speech verb and a light
   *  verb, an indefinite noun phrase headed by an event noun is its object, not the start of a reported clause. */
  private namesEvent(i: number): boolean {
    if (!LIGHT_VERBS.has(this.w[i - 1]) || (this.w[i] !== 'a' && this.w[i] !== 'an')) return false;
    const { byFirst } = lexicon();
    for (let j = i + 1; j < Math.min(this.doc.tokens.length, i + 5); j++) {
      if (byFirst.get(this.w[j])?.some((c) => c.kind === 'noun')) return true;
      if (!NP_INNER.has(this.doc.tokens[j].pos) || this.w[j] === ',') return false;
    }
    return false;
  }

  /** The first place after `last` in the clause that lies in the source's own country, as a one-actor list. */
  private ownPlace(last: number, ce: number, source: Actor[]): Actor[] {
    for (let i = last + 1; i <= Math.min(ce, last + TARGET_WINDOW); i++) {
      const k = this.actorAt[i];
      if (k < 0) continue;
      const a = this.actors[k];
      if ((a.type === 'LOC' || a.type === 'WORD') && !a.adjectival && source.some((s) => s.codes.some((c) => a.codes.includes(c)))) return [a];
      i = a.last;
    }
    return [];
  }

  /** Token i is a part of a hyphenated compound modifier ("long-threatened", "Vietnamese-led"): the hyphen itself,
   *  or a word glued to a hyphen before it. */
  private inCompound(i: number): boolean {
    const t = this.doc.tokens;
    const glued = (a: number, b: number) => a >= 0 && b < t.length && t[a].end === t[b].start;
    const hyphen = (j: number) => j >= 0 && /^[-‐]$/.test(this.w[j]);
    return (hyphen(i) && glued(i - 1, i) && glued(i, i + 1)) || (hyphen(i - 1) && glued(i - 1, i));
  }

  private nounSource(f: Found, cs: number, ce: number, s0: number): { source: Actor[]; anchor: number; lightVerb: number; statusFrom?: number } | null {
    for (let i = f.first - 1; i >= Math.max(cs, f.first - 1 - NOUN_SOURCE_GAP); i--) {
      const k = this.actorAt[i];
      // "US-mediated talks between Russia and Ukraine": the mediator is a third party, neither side.
      if (k >= 0 && this.phrases.mediatorAt(this.actors[k].last)) {
        i = this.actors[k].first;
        continue;
      }
      if (k >= 0) {
        const a = this.actors[k];
        const possessive = this.w[a.last + 1] === "'s" || this.w[a.last + 1] === "'";
        // A bare place name before the noun is where it happens ("the Geneva talks"), not who acts.
        // "Russia-Ukraine talks", "US-Iran talks": a hyphenated pair before a reciprocal noun.
        const hyphen = a.first >= 2 && PAIR_JOINERS.has(this.w[a.first - 1]) && this.actorAt[a.first - 2] >= 0;
        const pair = (a.codes.length >= 2 || hyphen) && f.cue.reciprocal;
        if (!possessive && !pair && !a.adjectival && (a.type === 'LOC' || a.type === 'WORD' || a.sector === null)) return null;
        const out = [a];
        // "US and Israeli strikes": the actors coordinated before it.
        let j = this.actors[k].first - 1;
        while (j >= cs && (ACTOR_JOINERS.has(this.w[j]) || (pair && PAIR_JOINERS.has(this.w[j]))) && j - 1 >= cs && this.actorAt[j - 1] >= 0) {
          const p = this.actors[this.actorAt[j - 1]];
          out.unshift(p);
          j = p.first - 1;
        }
        return { source: out, anchor: out[0].first, lightVerb: -1 };
      }
      if (this.doc.tokens[i].pos === 'PRON' && (this.w[i] === 'its' || this.w[i] === 'their')) {
        // "Israel mounted its invasion": the clause's subject, else the sentence's; inside a relative clause
        // ("…, which triggered its invasion") the main clause's subject.
        const a = RELATIVES.has(this.w[cs]) ? this.subject(s0, cs, s0) : this.subject(cs, i, s0);
        const b = a.length ? a : this.antecedent(cs, s0);
        if (b.length) return { source: b, anchor: i, lightVerb: -1 };
        break;
      }
      if (this.doc.tokens[i].pos === 'DET' || !(NP_INNER.has(this.doc.tokens[i].pos) || this.inCompound(i))) break;
    }
    for (let i = f.first - 1; i >= Math.max(cs, f.first - 1 - LIGHT_VERB_GAP); i--) {
      if (LIGHT_VERBS.has(this.w[i]) && this.doc.tokens[i].pos === 'VERB') {
        const s = this.subject(cs, i, s0);
        return s.length ? { source: s, anchor: i, lightVerb: i } : null;
      }
      // An indirect object may stand between ("has given Ukraine and Russia a deadline"), a measure ("[nearly]
      // 25,000 tons of food aid", "more than 100 tons": words before a number qualify it), or the particle of a
      // phrasal support verb ("carried out a strike", "stepped up attacks"); a gift's measure and recipient ("to give
      // to Ukraine in financial aid").
      if (!NP_INNER.has(this.doc.tokens[i].pos) && !this.inCompound(i) && this.actorAt[i] < 0 && !ACTOR_JOINERS.has(this.w[i]) && this.w[i] !== 'of' && !this.phrases.qualifiesNumber(i)
        && !(PARTICLES.has(this.w[i]) && LIGHT_VERBS.has(this.w[i - 1] ?? ''))
        && !(this.w[i] === 'in' && this.phrases.onlyAdjectivesBetween(i, f.first)) && !(this.w[i] === 'to' && this.actorAt[i + 1] >= 0)) break;
    }
    // "the talks", "another round": a definite reciprocal noun with no actor of its own is the article's last pair's.
    if (f.cue.reciprocal && this.pair.length) {
      for (let i = f.first - 1; i >= Math.max(cs, f.first - 3); i--) {
        if (ANAPHORIC.has(this.w[i]) || f.cue.words[0].has('another') || f.cue.words.length > 1) {
          if (!this.after(f.last, Math.min(ce, f.last + BETWEEN_GAP), true, [], cs).actors.length) return { source: this.pair, anchor: f.first, lightVerb: -1 };
          break;
        }
        if (this.doc.tokens[i].pos !== 'ADJ') break;
      }
    }
    // "talks [in Abu Dhabi] between Russia and Ukraine", "attacks by militants".
    for (let i = f.last + 1; i <= Math.min(ce, f.last + BETWEEN_GAP); i++) {
      if (!((this.w[i] === 'between' && f.cue.reciprocal) || (this.w[i] === 'by' && i === f.last + 1))) continue;
      for (let j = i + 1; j <= Math.min(ce, i + 3); j++) {
        const k = this.actorAt[j];
        if (k >= 0) return { source: this.compound(k, ce), anchor: f.first, lightVerb: -1 };
      }
      return null;
    }
    // "… arrived in Geneva for [indirect] talks with Iran": the purpose of the subject's journey, so its talks.
    if (f.cue.reciprocal && this.w[f.last + 1] === 'with' && this.phrases.purposeFor(f.first, cs)) {
      // ("before heading to Oman's mission for talks with Iran": a participle clause's subject is the main one.)
      const own = this.subject(cs, f.first, s0);
      const s = own.length ? own : this.antecedent(cs, s0);
      // Its status is the journey's ("are due to arrive … for talks"): read before the subject's verb.
      let verb = s.length ? s[s.length - 1].last + 1 : f.first;
      while (verb < f.first && this.doc.tokens[verb].pos !== 'VERB') verb++;
      if (s.length) return { source: s, anchor: verb, lightVerb: -1, statusFrom: s[0].first };
    }
    return null;
  }

  /** "calls by X", "an offer from X" ("refused to respond to a demand from X") after a rejecting verb: X (and those coordinated with it), else []. */
  private askerAfter(last: number, ce: number): Actor[] {
    for (let i = last + 1; i <= Math.min(ce, last + ASKER_WINDOW); i++) {
      if (!ASKING_NOUNS.has(this.w[i])) continue;
      if (this.w[i + 1] !== 'by' && this.w[i + 1] !== 'from') return [];
      const at = this.w[i + 2] === 'the' ? i + 3 : i + 2;
      const k = at <= ce ? this.actorAt[at] : -1;
      return k >= 0 && this.actors[k].first === at && this.actors[k].codes.length ? this.compound(k, ce) : [];
    }
    return [];
  }

  /** Whether the object after a lifting verb is a restriction: a coercion noun of the lexicon ("a state of
   *  emergency", "the curfew", "martial law"), within the few words of its noun phrase. */
  private liftsRestriction(last: number, ce: number): boolean {
    for (let i = last + 1; i <= Math.min(ce, last + NOUN_PREP_GAP + 2); i++) {
      if ((lexicon().byFirst.get(this.w[i]) ?? []).some((c) => c.kind === 'noun' && c.type === 'COERCE' && this.match(c, i, ce) >= 0)) return true;
      if (this.doc.tokens[i].pos === 'VERB' || this.w[i] === ',') return false;
    }
    return false;
  }

  /** Whether a conflict act starts at token i ("ready to [resume] shelling", "willing to attack"): a verb or noun
   *  cue of a conflict type, right there or after a support verb. A readiness for it is a threat (CAMEO 13), not
   *  an offer. */
  private conflictAfter(i: number): boolean {
    const conflictAt = (k: number) => (lexicon().byFirst.get(this.w[k] ?? '') ?? []).some((c) => CONFLICT.has(c.type) && this.match(c, k, Math.min(this.w.length - 1, k + 4)) >= 0);
    return conflictAt(i) || (LIGHT_VERBS.has(this.w[i] ?? '') && (conflictAt(i + 1) || conflictAt(i + 2)));
  }

  /** The recipient after the cue: the first actor within the window, not the source itself; for a noun cue only
   *  one introduced by a preposition ("attack on Kyiv", "talks with Iran"). A place after "in/at/near" is the
   *  location; it is also the target when nothing else is. */
  private after(last: number, ce: number, noun: boolean, source: Actor[], cs: number, verbal = false): { actors: Actor[]; locative: boolean; location: Actor | null } {
    let location: Actor | null = null;
    const end = Math.min(ce, last + TARGET_WINDOW);
    for (let i = last + 1; i <= end; i++) {
      // ", with officials from Ukraine and the US confirming …": an absolute phrase, no recipient of the act.
      if (this.w[i] === ',' && this.w[i + 1] === 'with') break;
      if (ADJUNCT_PREPS.has(this.w[i])) break;
      if (this.pairAt(i) && !noun && !source.some((a) => this.pair.includes(a))) return { actors: this.pair, locative: false, location };
      const k = this.actorAt[i];
      if (k < 0 || this.actors[k].first !== i || (this.skipRel && this.rel[i - this.s0])) continue;
      const a = this.actors[k];
      const prev = this.w[i - 1];
      // The source itself, or its own country named as a place ("Trump … sanctions from Washington").
      const place = (a.type === 'LOC' || a.type === 'WORD') && !a.adjectival;
      // "in Osaka, Japan": the country after the place and a comma is the place's own, not a party.
      const placeEnd = place ? this.countryAfterPlace(a.last) : a.last;
      const same = source.some((s) => (s.id !== null && s.id === a.id) || s === a || (place && !s.adjectival && s.codes.some((c) => a.codes.includes(c))));
      // In words, a country answers for its government; a city or region is only where things happen.
      // Nor is a thing that has no code ("the Europe Bridge", "the Rhine").
      // "insisted on his priority": the possessive is the subject's own.
      const own = a.first === a.last && POSSESSIVES.has(this.w[i]);
      if (same || own || prev === 'by' || (a.city && verbal) || (!a.codes.length && a.type !== 'PERSON')) {
        i = placeEnd;
        continue;
      }
      // A noun's recipient hangs on the preposition right after it ("strikes on Iran"), not on a later verb.
      if (noun && !this.nounPrep(i, last) && i !== last + 1) {
        i = a.last;
        continue;
      }
      if (this.isLocative(i, cs)) {
        location ??= a;
        // A later non-place actor is the recipient; the place stands in only when none follows.
        const rest = this.after(placeEnd, ce, noun, source, cs, verbal);
        if (rest.actors.length && !rest.locative) return { actors: rest.actors, locative: false, location };
        return { actors: [a], locative: true, location };
      }
      return { actors: this.compound(k, end), locative: false, location };
    }
    return { actors: [], locative: false, location };
  }

  /** The type and mode of a cue with these actors: a state or its forces do not protest, so a protest cue they act
   *  takes its state sense ("Russia occupies Crimea" is an occupation, CAMEO 192; lexicon stateSenses), which needs
   *  the land's country; null when that sense is no event. */
  private senseOf(cue: Cue, source: Actor[], target: Actor[]): { type: PloverType; mode: string | null } | null {
    const own = { type: cue.type, mode: cue.mode };
    if (cue.type !== 'PROTEST' || !source.some(isState)) return own;
    const sense = lexicon().stateSenses.get(cue.phrase);
    if (sense === undefined) return own;
    return sense && target.length ? sense : null;
  }

  /** The direct quotation that holds token i, or undefined. */
  private quoteAt(i: number): (typeof this.directQuotes)[number] | undefined {
    const at = this.doc.tokens[i].start;
    // The last direct quotation starting at or before the token (a binary search: one per cue, not a scan).
    const q = this.directQuotes[lowerBound(this.directQuotes.length, (k) => this.directQuotes[k].start <= at) - 1];
    return q && at < q.end ? q : undefined;
  }

  /** The actors of `xs` inside the direct quotation that holds token i (all of them when i is quoted by no one). */
  private insideQuoteOf(i: number, xs: Actor[]): Actor[] {
    if (!xs.length) return xs;
    const q = this.quoteAt(i);
    if (!q) return xs;
    return xs.filter((a) => this.doc.tokens[a.first].start >= q.start && this.doc.tokens[a.last].end <= q.end);
  }

  /** The speaker of the direct quotation that holds token i, as the actor of its attribution (the mention of the
   *  speaker nearest after the quotation, else before it), or null. */
  private quotedSpeaker(i: number): Actor | null {
    const q = this.quoteAt(i);
    if (!q?.speaker) return null;
    const mentions = this.actorsOf.get(q.speaker);
    if (!mentions) return null;
    // The first of the speaker's mentions at or after the quotation's end (binary search), else the last before.
    const k = lowerBound(mentions.length, (m) => this.doc.tokens[mentions[m].first].start < q.end);
    return mentions[k] ?? mentions[k - 1] ?? null;
  }

  /** The last token of a place name and its own country after a comma ("Osaka, Japan"; not "the United States,
   *  Ukraine and Russia"), else `last`. */
  private countryAfterPlace(last: number): number {
    const k = this.actorAt[last + 2] ?? -1;
    const place = this.actors[this.actorAt[last]];
    if (this.w[last + 1] !== ',' || k < 0 || this.actors[k].first !== last + 2 || !isPlace(this.actors[k])) return last;
    const country = this.actors[k];
    return country.codes.length > 0 && country.codes.every((c) => place.codes.includes(c)) ? country.last : last;
  }

  /** Whether the actor at token i hangs on a preposition right after the noun ending at `last` ("attack on the
   *  Ukrainian capital"). */
  private nounPrep(i: number, last: number): boolean {
    let j = i - 1;
    while (j > last && (this.doc.tokens[j].pos === 'DET' || this.doc.tokens[j].pos === 'ADJ' || this.doc.tokens[j].pos === 'NUM')) j--;
    return j > last && j <= last + NOUN_PREP_GAP && TARGET_PREPS.has(this.w[j]);
  }

  /** Negation, modality, futurity or denial in the words before the cue (back to its subject, at most a few). */
  private status(anchor: number, cs: number, source: Actor[], complement: boolean): Status {
    const from = Math.max(cs, anchor - AUX_WINDOW, source.length ? source[source.length - 1].last + 1 : cs);
    let status: Status = 'asserted';
    for (let i = anchor - 1; i >= from; i--) {
      const w = this.w[i];
      // "Moscow is yet to receive an offer": not (yet) done.
      if (NEGATORS.has(w) || (w === 'yet' && this.w[i + 1] === 'to')) return 'negated';
      if (DENIAL.has(w)) return 'reported-denied';
      // In reported speech "would" is the future seen from the past ("said it would allow").
      if (w === 'would' && complement) status = status === 'asserted' ? 'future' : status;
      // "… must drop its ambitions": a demanded or conditional act has not happened.
      else if (HYPOTHETICAL.has(w) || OBLIGATION.has(w)) status = 'hypothetical';
      else if (FUTURE.has(w) && status === 'asserted') status = 'future';
    }
    // A verb coordinated with an earlier one shares its auxiliaries ("must drop its ambitions and withdraw").
    if (status === 'asserted' && this.w[anchor - 1] === 'and') {
      let j = anchor - 2;
      while (j > cs && anchor - j <= MAX_CLAUSE_TOKENS && this.doc.tokens[j].pos !== 'VERB') j--;
      if (j > cs && this.doc.tokens[j].pos === 'VERB') return this.status(j, cs, source, complement);
    }
    // A clause told after a denial ("Moscow denied that its forces attacked …") or under a condition ("if …").
    for (let i = cs - 1; i >= Math.max(0, cs - 3); i--) if (DENIAL.has(this.w[i])) return 'reported-denied';
    for (let i = cs; i < anchor; i++) if (this.w[i] === 'if' || this.w[i] === 'unless') return 'hypothetical';
    // A clause governed by a verb of asking ("demanding that he resign") is wanted, not done.
    const that = this.w[cs] === 'that' ? cs : this.w[cs - 1] === 'that' ? cs - 1 : -1;
    if (that > 0 && DIRECTIVES.has(this.w[that - 1])) return 'hypothetical';
    return status;
  }

  private nounVerbStatus(last: number, ce: number): Status {
    const near = this.auxStatus(last, ce, true);
    if (near) return near;
    // Past the noun's own complement ("the next round of talks would be held", "a deal between A and B has yet to
    // …") only a negation or a condition is read: a future there ("talks between A and B will resume") is no new
    // intent of either side, and the telling stays a mention of their talks.
    let end = last;
    if (!NOUN_COMPLEMENT_PREPS.has(this.w[end + 1])) return 'asserted';
    end++;
    while (end + 1 <= ce && end - last <= NOUN_OF_WORDS && OF_COMPLEMENT_POS.has(this.doc.tokens[end + 1].pos)) end++;
    return this.auxStatus(end, ce, false) ?? 'asserted';
  }

  /** The status the auxiliaries and adverbs right after token `end` give (a future only when `future`), or null. */
  private auxStatus(end: number, ce: number, future: boolean): Status | null {
    for (let i = end + 1; i <= Math.min(ce, end + AUX_WINDOW); i++) {
      const w = this.w[i];
      if (NEGATORS.has(w)) return 'negated';
      if (future && (w === 'will' || w === "'ll" || w === 'shall' || ((w === 'expected' || w === 'scheduled' || w === 'set' || w === 'due' || w === 'planned') && BE_FORMS.has(this.w[i - 1])))) return 'future';
      if (HYPOTHETICAL.has(w) && w !== 'if' && w !== 'whether') return 'hypothetical';
      const pos = this.doc.tokens[i].pos;
      if (pos !== 'AUX' && pos !== 'ADV' && pos !== 'PART' && !BE_FORMS.has(w)) break;
    }
    return null;
  }

  /** Whether a subordinator stands in the clause before the cue ("… until it agrees to stop"). */
  private subordinate(cs: number, cue: number): boolean {
    for (let i = cs; i < cue; i++) if (SUBORDINATORS.has(this.w[i])) return true;
    return false;
  }

  /** "agreed to resign", "promised to democratize", and for a demand "called for a boycott": an infinitive or (when
   *  `noun`) an event noun after its adjectives is what the cue ending at `last` states. ("proposed a new tax" is
   *  policy at home, no act to code.) */
  private actAfter(last: number, ce: number, noun: boolean): boolean {
    const to = this.w[last] === 'to' ? last : this.w[last + 1] === 'to' ? last + 1 : -1;
    // ("the quota agreed to last december": a time phrase the tagger may take for a verb; the times layer misses one
    // with a lower-case month, so the word itself is read.)
    if (to >= 0) return to + 1 <= ce && VERB_POS.has(this.doc.tokens[to + 1].pos) && !TIME_DEICTICS.has(this.w[to + 1]);
    if (!noun) return false;
    // (Any thing a verb of demanding takes as its object, "demanded immediate elections", "called for the protection of
    // civilians"; the object of "urged" or "asked" is whom it addresses: "urged voters", "asked questions".)
    const thing = this.w[last] === 'for' || DEMANDS_THING.has(this.w[last]);
    for (let j = last + 1; j <= ce; j++) {
      if (this.eventNounAt(j)) return true;
      const pos = this.doc.tokens[j].pos;
      if (pos === 'NOUN' && thing && this.actorAt[j] < 0) return true;
      if (pos !== 'ADJ' && pos !== 'DET') return false;
    }
    return false;
  }

  /** Token i starts a noun cue ("talks", "negotiations"). */
  private eventNounAt(i: number): boolean {
    return i < this.w.length && (lexicon().byFirst.get(this.w[i]) ?? []).some((c) => c.kind === 'noun');
  }

  /** The recipient of an active cue, and the place of the act: the first actor after it (a place after a locative
   *  word is where it happened, for the types PLOVER places), else the subject of a that-clause right after the
   *  clause ("demanded that the United States …"). */
  private recipient(f: Found, at: { from: number; cs: number; ce: number; s0: number; s1: number }, nounTarget: boolean, source: Actor[]): { target: Actor[]; location: Actor | null } {
    const { cue } = f;
    const { from, cs, ce, s0, s1 } = at;
    let target: Actor[] = [];
    let location: Actor | null = null;
    // A verbal act about a deed ("threatened to ban voting in East Jerusalem") reaches the deed's place.
    const deed = this.w[f.last + 1] === 'to' && f.last + 2 <= ce && this.doc.tokens[f.last + 2].pos === 'VERB';
    const t = this.after(from, ce, nounTarget, source, cs, VERBAL.has(cue.type) && !deed);
    if (t.location) location = t.location;
    // "talks on Ukraine", "discussions about Gaza": what a meeting is about is not a party to it.
    const topic = cue.type === 'CONSULT' && t.actors.length > 0 && TOPIC_PREPS.has(this.w[t.actors[0].first - 1]);
    if (t.actors.length && !topic) {
      if (t.locative && PLACE_IS_LOCATION.has(cue.type)) location = t.actors[0];
      else target = t.actors;
    }
    if (!target.length && ce < s1 && this.w[ce + 1] === 'that') {
      let verb = ce + 2;
      while (verb <= s1 && this.doc.tokens[verb].pos !== 'VERB' && this.doc.tokens[verb].pos !== 'AUX') verb++;
      const subject = this.subject(ce + 2, verb, s0).filter((a) => !source.includes(a));
      if (subject.length) target = subject;
    }
    // "called for Assad to be extradited from Moscow": a demand that something be done is made of whoever would
    // do it (the passive's agent, or whom the person or thing is to come from).
    if (cue.type === 'REQUEST' && target.length) {
      const doer = this.phrases.passiveDoer(target[target.length - 1].last, Math.max(ce, Math.min(s1, target[target.length - 1].last + PASSIVE_DOER_WINDOW)));
      if (doer && !source.includes(doer)) target = [doer];
    }
    // Who tells of an act is not its recipient ("… proposing the parties end the war," Zelenskyy said): a cue
    // quoted directly has its recipient inside the quotation.
    return { target: this.insideQuoteOf(f.first, target), location };
  }

  /** Who tells the clause: the subject of the speech verb that introduces it ("Zelenskyy said [Russia attacked]"),
   *  or of a trailing attribution (", officials said"). */
  private reporter(cs: number, s0: number, s1: number, ce: number): Actor | null {
    if (cs > s0 && SPEECH.has(this.w[cs - 1])) {
      let ps = cs - 1;
      while (ps > s0 && ps > cs - MAX_CLAUSE_TOKENS && this.clause[ps - 1 - s0] === this.clause[cs - 1 - s0]) ps--;
      const s = this.subject(ps, cs - 1, ps);
      if (s.length) return s[0];
    }
    if (cs > s0 + 1 && this.w[cs - 1] === 'that' && SPEECH.has(this.w[cs - 2])) return this.reporter(cs - 1, s0, s1, ce);
    // Trailing attribution: after the clause, a comma then words ending in a speech verb.
    if (ce < s1 && this.w[ce + 1] === ',') {
      for (let i = ce + 2; i <= Math.min(s1, ce + 10); i++) {
        if (SPEECH.has(this.w[i])) {
          for (let j = ce + 2; j <= Math.min(s1, ce + 12); j++) if (this.actorAt[j] >= 0) return this.actors[this.actorAt[j]];
          return null;
        }
      }
    }
    return null;
  }
}
