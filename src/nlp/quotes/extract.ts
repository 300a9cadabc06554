// Quotes of a Doc: quotation marks paired, reporting cues found, direct/partial quotes attributed first (their cues
// are then taken), indirect speech from the remaining cues and from nouns of saying ("his claim that…"), and each
// speaker phrase linked to an entity.
import type { Doc } from '../../doc/doc.js';
import type { Quote } from '../../doc/schema.js';
import type { Span } from '../../doc/types.js';
import { findCues, type Cue } from './cues.js';
import { directQuotes } from './direct.js';
import { headlineQuotes } from './headline.js';
import { indirectQuotes } from './indirect.js';
import { nominalQuotes } from './nominal.js';
import { BELIEF_NOUNS, WRITER_PRONOUNS } from './lexicon.js';
import { SpeakerLinker } from './link.js';
import { findQuoteMarks } from './marks.js';
import { dropNotQuotes } from './not-quotes.js';
import type { TokenRange } from './phrases.js';
import type { Found } from './types.js';
import { buildView, paragraphsOf, tokenAt, type View } from './view.js';

/** A quote with what the evaluation needs beyond the schema: its pieces, its attribution group, and whether it is an
 * attribution that is no quote. */
export interface QuoteDetail {
  quote: Quote;
  pieces: Span[];
  group: number;
  attribution: boolean;
}

/** Reported speech by a verb of belief ("NASA believes…", "the researchers think…"), a noun of belief or decision ("fears
 * that…", "the decision to float"), or a verb the cue model found outside the lexicon of saying ("AMD hopes to…",
 * "offers a free version"), and the writer's own ("we can say that…", "we recommend it"; not "I told him that…": that
 * tells of speech): an attribution, not a quote of what somebody said. PolNeAR counts all of them; a reader of quotes
 * does not. Words in quotation marks stay quotes, whatever frames them. */
function isAttribution(v: View, f: Found): boolean {
  if (f.kind !== 'indirect' || !f.cue) return false;
  if (f.cue.cls === 'think' || f.cue.cls === 'generic' || (f.cue.cls === 'noun' && BELIEF_NOUNS.has(f.cue.lemma))) return true;
  const s = f.speaker;
  return !!s && s.first === s.last && WRITER_PRONOUNS.has(v.lower[s.first]) && v.inQuote[s.first] < 0 && f.cue.cls !== 'tell' && f.cue.cls !== 'according';
}

/** Reported speech inside reported speech ("X said Y told him that…") is part of the outer quote: an indirect
 * quote whose cue lies inside another quote's content is dropped. When each lies inside the other ("X called for
 * Y, sources said": the first verb's content runs on over the frame after it), the later cue is the frame of the
 * whole sentence and its quote stays. */
function dropNested(v: View, found: Found[]): Found[] {
  const inside = (at: number, f: Found) => f.pieces.some((p) => p.start <= at && at < p.end);
  const cueIn = (f: Found, g: Found) => f.cue !== null && inside(v.start[f.cue.first], g);
  const outer = (g: Found, f: Found) => cueIn(f, g) && !(g.kind === 'indirect' && cueIn(g, f) && g.cue!.first < f.cue!.first);
  return found.filter((f) => f.kind !== 'indirect' || !f.cue || !found.some((g) => g !== f && outer(g, f)));
}

/** A direct quote left with no speaker continues the attributed quote just before it in its paragraph, whatever
 * its kind ("''I have admiration…'' of the proposals, Mr. Holtz-Eakin said. ''They're more detailed…''"). */
function inheritSpeakers(v: View, found: Found[]): void {
  let previous: Found | null = null;
  for (const f of found) {
    const first = tokenAt(v, f.pieces[0].start);
    const paragraph = v.paragraph[first];
    const last = previous ? tokenAt(v, previous.pieces[previous.pieces.length - 1].end - 1) : -1;
    const from = last >= 0 ? v.paragraph[last] : -1;
    // Its paragraph's, or the one before when the quotation opens its own and that paragraph ends with the
    // attribution ("Psaki said the White House is in touch with the platforms.¶“We are in regular touch…”"): a
    // paragraph of speech continues the speaker just before it.
    const opens = first === 0 || v.paragraph[first - 1] !== paragraph || (v.markOf[first - 1] >= 0 && (first < 2 || v.paragraph[first - 2] !== paragraph));
    const endsParagraph = (k: number) => {
      let e = first - 1;
      while (e > k && (v.markOf[e] >= 0 || v.pos[e] === 'PUNCT')) e--;
      return v.sentence[e] === v.sentence[k];
    };
    if (f.kind === 'direct' && !f.speaker && previous && (from === paragraph || (opens && from === paragraph - 1 && endsParagraph(last)))) {
      f.speaker = previous.speaker;
      f.cue = previous.cue;
      f.group = previous.group;
    }
    if (f.speaker) previous = f;
  }
}

/** What a "Name:" lead may hold, by character span: a place of the entities (a dateline), or a name of a person, a
 *  body or a people ("Sen. Sanders:" holds "Sanders"). Built on the first lead asked about (most articles have none),
 *  then looked up by binary search: one lead per paragraph at most. */
function leadNames(doc: Doc): { isPlace: (start: number, end: number) => boolean; isName: (start: number, end: number) => boolean } {
  const places = new Set<string>();
  const names: Array<[number, number]> = [];
  let built = false;
  const build = () => {
    built = true;
    for (const e of doc.entities ?? []) {
      for (const m of e.mentions) {
        if (e.type === 'LOC') places.add(`${m.start}:${m.end}`);
        else if (e.type !== 'MISC') names.push([m.start, m.end]);
      }
    }
    names.sort((x, y) => x[0] - y[0]);
  };
  const isName = (start: number, end: number) => {
    if (!built) build();
    let lo = 0;
    let hi = names.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (names[mid][0] < start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < names.length && names[i][0] < end; i++) if (names[i][1] <= end) return true;
    return false;
  };
  const isPlace = (start: number, end: number) => {
    if (!built) build();
    return places.has(`${start}:${end}`);
  };
  return { isPlace, isName };
}

export function findQuotes(doc: Doc): QuoteDetail[] {
  const marks = findQuoteMarks(doc.text, paragraphsOf(doc)).sort((a, b) => a.open - b.open);
  const v = buildView(doc, marks);
  const cues = findCues(v);
  const cueAt: (Cue | null)[] = new Array(v.n).fill(null);
  for (const c of cues) cueAt[c.first] = c;
  let groups = 0;
  const nextGroup = () => groups++;
  const used = new Set<Cue>();
  let direct = directQuotes(v, cueAt, used, nextGroup);
  const frameSpeakers = new Map<number, TokenRange>();
  for (const f of direct) if (f.cue && f.speaker) frameSpeakers.set(v.sentence[f.cue.first], f.speaker);
  const { isPlace, isName } = leadNames(doc);
  const headlines = headlineQuotes(v, direct, nextGroup, isPlace, isName);
  // A transcript turn ("PENCE: Well, …") replaces the quotation its paragraph opens, which runs on over the turns after.
  const turns = new Set(headlines.filter((f) => f.speaker).map((f) => v.start[f.speaker!.first]));
  if (turns.size) direct = direct.filter((f) => !turns.has(f.pieces[0].start));
  const indirect = indirectQuotes(v, cues, cueAt, used, frameSpeakers, nextGroup);
  const found = dropNotQuotes(v, dropNested(v, [...direct, ...headlines, ...indirect, ...nominalQuotes(v, cues, nextGroup)]));
  found.sort((a, b) => a.pieces[0].start - b.pieces[0].start);
  inheritSpeakers(v, found);

  const linker = new SpeakerLinker(v, doc.entities);
  return found.map((f) => {
    const start = f.pieces[0].start;
    const end = f.pieces[f.pieces.length - 1].end;
    const quote: Quote = { start, end, text: doc.text.slice(start, end), kind: f.kind, speaker: null };
    if (f.speaker) {
      const s = { start: v.start[f.speaker.first], end: v.end[f.speaker.last] };
      quote.speakerText = doc.text.slice(s.start, s.end);
      quote.speakerStart = s.start;
      quote.speakerEnd = s.end;
      quote.speaker = linker.link(f.speaker, f.pieces);
    } else {
      quote.speakerText = null;
    }
    if (f.cue) {
      const c = { start: v.start[f.cue.first], end: v.end[f.cue.last] };
      quote.cue = { ...c, text: doc.text.slice(c.start, c.end) };
    } else quote.cue = null;
    return { quote, pieces: f.pieces, group: f.group, attribution: isAttribution(v, f) };
  });
}

/** The quotes of a Doc, and the attributions that are no quotes. */
export function extractQuotes(doc: Doc): { quotes: Quote[]; attributions: Quote[] } {
  const quotes: Quote[] = [];
  const attributions: Quote[] = [];
  for (const d of findQuotes(doc)) (d.attribution ? attributions : quotes).push(d.quote);
  return { quotes, attributions };
}
