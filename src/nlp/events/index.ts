// The events layer: PLOVER 2.0 events (who did what to whom, when and where) coded sentence by sentence from a cue
// lexicon and the entity layer's actors, each told again in the article merged into one event with its mentions.
import type { Doc } from '../../doc/doc.js';
import type { PloverEvent } from '../../doc/schema.js';
import type { Span } from '../../doc/types.js';
import type { Component } from '../../doc/component.js';
import { findActors, type Actor } from './actors.js';
import { isPolitical, SentenceCoder, type Coded } from './code.js';
import { ONE_SIDED_STATED, ONE_SIDED_TYPES } from './settings.js';

/** Only a day names when an event happened; a bare year or month ("its 2014 annexation") is background. */
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The date each sentence names (its first DATE expression with a calendar value), by sentence index. */
function sentenceDates(doc: Doc): Map<number, string> {
  const out = new Map<number, string>();
  let s = 0;
  const times = [...(doc.times ?? [])].sort((a, b) => a.start - b.start);
  for (const t of times) {
    while (s < doc.sentences.length && doc.sentences[s].end <= t.start) s++;
    if (s >= doc.sentences.length) break;
    if (t.type === 'DATE' && FULL_DATE.test(t.value) && doc.sentences[s].start <= t.start && !out.has(s)) out.set(s, t.value);
  }
  return out;
}

/** Every coded telling of an event, in text order. */
export interface CodeOptions {
  /** Code entities without a country under their entity id: for test suites of made-up states (petrarch2's
   *  Arnor and Gondor), where only the structure (compounds, passives, reciprocity) is checked. */
  uncodedActors?: boolean;
}

export function codeDoc(doc: Doc, opts: CodeOptions = {}): { coded: Coded[]; actors: Actor[] } {
  const actors = findActors(doc);
  if (opts.uncodedActors) for (const a of actors) if (!a.codes.length && a.id) a.codes = [a.id];
  const coder = new SentenceCoder(doc, actors);
  const coded: Coded[] = [];
  let s0 = 0;
  for (let i = 1; i <= doc.tokens.length; i++) {
    if (i === doc.tokens.length || doc.tokens[i].sentence !== doc.tokens[s0].sentence) {
      for (const e of coder.code(s0, i - 1)) coded.push(e);
      s0 = i;
    }
  }
  return { coded, actors };
}

/** Hostile types: without a named recipient, in an article about two parties, done by one to the other. */
const HOSTILE = new Set(['ASSAULT', 'COERCE', 'THREATEN', 'REJECT', 'ACCUSE']);

/** Types a REJECT can answer. */
const ASKING = new Set(['REQUEST', 'AGREE', 'THREATEN']);

/** One event being built: its first telling's coding, its source and target codes, the date it has. */
interface Group { ev: PloverEvent; date: string | null; src: string[]; tgt: string[]; c: Coded; drop?: boolean }

/** What the passes over the groups share: actors as event references, code sets and details; adding a mention. */
interface Builders {
  refs(xs: Actor[]): string[];
  codesOf(xs: Actor[]): string[];
  detail(a: Actor): NonNullable<PloverEvent['sourceActors']>[number];
  mention(g: Group, c: Coded, date: string | null): void;
}

/** Events of the Doc: tellings with the same type, status and actors (and no two different dates) are one event. */
export function extractEvents(doc: Doc, opts: CodeOptions = {}): PloverEvent[] {
  const { coded } = codeDoc(doc, opts);
  const b = builders(doc);
  const groups = groupTellings(doc, coded, b);
  // (The events that name both sides as first told: the passes below may give a one-sided one its other side.)
  const full = fullTellings(groups);
  answerRejections(groups);
  turnOnThePair(groups, b);
  foldOneSided(groups, full, b);
  return groups.filter((g) => !g.drop).map((g) => g.ev);
}

function builders(doc: Doc): Builders {
  const countryOf = new Map((doc.entities ?? []).filter((e) => e.country).map((e) => [e.id, e.country]));
  return {
    refs(xs) {
      const out: string[] = [];
      for (const a of xs) {
        // The entity id when it says the actor's country; else the codes this layer read (an IGO, a corrected
        // nationality word, a role's country).
        const byEntity = a.id && (!a.codes.length || (a.codes.length === 1 && countryOf.get(a.id) === a.codes[0]));
        const r = byEntity ? [a.id!] : a.codes;
        for (const x of r) if (!out.includes(x)) out.push(x);
      }
      return out;
    },
    codesOf: (xs) => [...new Set(xs.flatMap((a) => a.codes))].sort(),
    detail: (a) => ({
      text: doc.text.slice(doc.tokens[a.first].start, doc.tokens[a.last].end),
      entity: a.id, code: a.codes[0] ?? null, sector: a.sector,
    }),
    mention(g, c, date) {
      const sentence = doc.sentences[c.sentence];
      g.ev.mentions!.push({ sentence: { start: sentence.start, end: sentence.end }, cue: { start: doc.tokens[c.cueFirst].start, end: doc.tokens[c.cueLast].end } });
      if (date && !g.date) {
        g.date = date;
        g.ev.date = date;
      }
    },
  };
}

/** One event per type, status and actors (two dates or two kinds of attack make two), with its tellings. */
function groupTellings(doc: Doc, coded: readonly Coded[], b: Builders): Group[] {
  const { refs, codesOf, detail, mention } = b;
  const dates = sentenceDates(doc);
  const published = doc.meta.published ? doc.meta.published.slice(0, 10) : null;
  // (A belief counts as much as a quote: "NASA believes the probe struck…" tells the event NASA's way.)
  const quotes = [...(doc.quotes ?? []), ...(doc.attributions ?? [])].sort((a, b) => a.start - b.start);
  let q = 0;
  const groups: Group[] = [];
  const byKey = new Map<string, Group[]>();
  for (const c of coded) {
    const sentence: Span = doc.sentences[c.sentence];
    const cue = { start: doc.tokens[c.cueFirst].start, end: doc.tokens[c.cueLast].end };
    const date = dates.get(c.sentence) ?? null;
    const src = codesOf(c.source);
    const tgt = c.reciprocal ? ['*'] : codesOf(c.target);
    const key = `${c.type}|${c.status}|${src.join(',')}>${tgt.join(',')}`;
    const same = byKey.get(key) ?? [];
    // Two dates or two kinds of attack ("bombs", "drone strikes") make two events.
    const prior = same.find((p) => (!date || !p.date || p.date === date) && (!c.mode || !p.c.mode || c.mode === p.c.mode));
    if (prior) {
      mention(prior, c, date);
      continue;
    }
    // Reported speech: the teller named around the clause, else the speaker of the quote the cue lies in.
    while (q < quotes.length && quotes[q].start <= cue.start) q++;
    const quote = q > 0 && quotes[q - 1].end >= cue.end ? quotes[q - 1] : null;
    const reportedBy = c.reporter ? refs([c.reporter])[0] ?? null : quote?.speaker ?? null;
    const ev: PloverEvent = {
      type: c.type,
      mode: c.mode,
      context: c.context ? [c.context] : [],
      source: refs(c.source),
      target: refs(c.target),
      date: date ?? published,
      location: c.location ? refs([c.location])[0] ?? null : null,
      sentence: { start: sentence.start, end: sentence.end },
      cue: { ...cue, text: doc.text.slice(cue.start, cue.end) },
      status: c.status,
      reportedBy,
      mentions: [],
      reciprocal: c.reciprocal,
      sourceActors: c.source.map(detail),
      targetActors: c.target.map(detail),
    };
    const g: Group = { ev, date, src, tgt, c };
    same.push(g);
    byKey.set(key, same);
    groups.push(g);
  }
  return groups;
}

/** "Kyiv has firmly rejected this condition": a rejection without a named recipient answers the last demand,
 *  proposal or threat made to the rejecting side in the article, by whoever made it. */
function answerRejections(groups: readonly Group[]): void {
  const lastAsked = new Map<string, Group>();
  for (const g of groups) {
    if (g.c.type === 'REJECT' && !g.tgt.length) {
      const asked = g.src.map((x) => lastAsked.get(x)).find(Boolean);
      if (asked) {
        g.tgt = asked.src;
        g.ev.target = asked.ev.source;
        g.ev.targetActors = asked.ev.sourceActors;
      }
    }
    if (ASKING.has(g.c.type) && !g.c.reciprocal) for (const x of g.tgt) if (!g.src.includes(x)) lastAsked.set(x, g);
  }
}

/** An article about two parties (its first reciprocal event: "talks between Russia and Ukraine"): what one of them
 *  does without a named recipient is done to the other ("Russian troops are trying to press forward"). Only hostile
 *  acts, and what one party proposes or refuses about "the meeting" of the two ("proposed holding the meeting"):
 *  another promise or request may go to a third party (a mediator, an ally). */
function turnOnThePair(groups: readonly Group[], b: Builders): void {
  const { refs, codesOf, detail } = b;
  const pair = groups.find((g) => g.c.reciprocal && g.c.status === 'asserted' && g.src.length === 2);
  const byFull = new Map<string, Group>();
  for (const g of groups) if (g.src.length && g.tgt.length) byFull.set(`${g.c.type}|${g.c.status}|${g.src.join()}>${g.tgt.join()}`, g);
  for (const g of groups) {
    if (!pair || g === pair || g.tgt.length || g.src.length !== 1 || !pair.src.includes(g.src[0]) || !(HOSTILE.has(g.c.type) || g.c.ofTheMeeting)) continue;
    const other = pair.c.source.filter((a) => !a.codes.includes(g.src[0]));
    if (!other.length) continue;
    g.tgt = codesOf(other);
    g.ev.target = refs(other);
    g.ev.targetActors = other.map(detail);
    // Now it may be a telling of an event the article already has.
    const key = `${g.c.type}|${g.c.status}|${g.src.join()}>${g.tgt.join()}`;
    const host = byFull.get(key);
    if (!host) byFull.set(key, g);
    else mergeInto(host, g, b);
  }
}

/** The first telling that names both sides, by type, status and each of its side codes: it hosts the one-sided ones. */
function fullTellings(groups: readonly Group[]): Map<string, Group> {
  const full = new Map<string, Group>();
  for (const g of groups) {
    if (!g.src.length || !g.tgt.length) continue;
    for (const k of [...g.src.map((x) => `s:${x}`), ...g.tgt.map((x) => `t:${x}`)]) {
      const key = `${g.c.type}|${g.c.status}|${k}`;
      if (!full.has(key)) full.set(key, g);
    }
  }
  return full;
}

/** `g` is a telling of `host`'s event: its mentions go there, and it goes. */
function mergeInto(host: Group, g: Group, b: Builders): void {
  b.mention(host, g.c, g.date);
  for (const m of g.ev.mentions!) host.ev.mentions!.push(m);
  g.drop = true;
}

/** A telling that names one side only ("Russia launched a strike", "Kyiv was attacked") is a mention of the event
 *  that names both, when the article has one; alone, it is left out unless settings say otherwise. */
function foldOneSided(groups: readonly Group[], full: ReadonlyMap<string, Group>, b: Builders): void {
  for (const g of groups) {
    if (g.src.length && g.tgt.length) continue;
    const side = g.src.length ? g.src.map((x) => `s:${x}`) : g.tgt.map((x) => `t:${x}`);
    const host = side.map((k) => full.get(`${g.c.type}|${g.c.status}|${k}`)).find(Boolean);
    if (host) mergeInto(host, g, b);
    else if (!g.c.reciprocal && !(g.src.length && (ONE_SIDED_TYPES.has(g.c.type) || statedAlone(g.c))) && !(g.c.passive && !g.src.length)) g.drop = true;
  }
}

/** A political actor's own statement of an act (settings ONE_SIDED_STATED): asserted, told with an active verb
 *  whose complement is an act, by states, their officers, parties and armed groups, or international bodies; not a
 *  people named by its demonym, a firm or a newspaper. */
function statedAlone(c: Coded): boolean {
  return ONE_SIDED_STATED.has(c.type) && c.status === 'asserted' && !!c.statesAct
    && c.source.every((a) => a.codes.length > 0 && isPolitical(a));
}

export const eventsComponent: Component = {
  name: 'events',
  requires: ['tokens', 'sentences', 'entities', 'quotes', 'attributions', 'times'],
  assigns: ['events'],
  run(doc: Doc) {
    doc.events = extractEvents(doc);
  },
};
