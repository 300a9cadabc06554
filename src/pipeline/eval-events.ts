// `dossier eval events --data FILE --out PRED`: codes every gold sentence of a PLOVER GSR file
// (../shared/data/events/plover_gold_dev.jsonl) with the whole language pipeline, writes the prediction JSONL of
// ../shared/tools/README.md and prints score-events.mjs's figures for each fixed half and the whole. The halves
// group sentences by their gold id (splitHalves over the ids: each sentence its own group, so both halves hold
// every event type in about the same share). Reciprocal events are written the GSR way: every actor as source and
// no target ("Hungary and Romania agreed" = source [HUN, ROU], target []).
// A petrarch2 unit-test file (records with "event_code") is scored instead as a pass rate: a record passes when
// the set of PLOVER types we code equals the set its codes map to through CAMEO's root codes. Its states are made
// up (Arnor, Gondor), so there entities without a country are coded under their id (structure only).
import { readFileSync, writeFileSync } from 'node:fs';
import { Doc } from '../doc/doc.js';
import type { PloverEvent } from '../doc/schema.js';
import { Pipeline } from './pipeline.js';
import { splitHalves, type Half } from '../doc/halves.js';
import { tokensComponent } from '../nlp/tokens/index.js';
import { entitiesComponent } from '../nlp/entities/index.js';
import { quotesComponent } from '../nlp/quotes/index.js';
import { timesComponent } from '../nlp/times/index.js';
import { eventsComponent, extractEvents } from '../nlp/events/index.js';
import { sharedFile } from '../resolve-data.js';

export const SCORER_URL = sharedFile('tools/score-events.mjs');

interface GoldRow {
  id: string;
  text: string;
  date?: string;
  events: { event_code?: string }[];
  no_events?: boolean;
}

interface PredRow {
  id: string;
  events: { type: string; source: string[]; target: string[]; status?: string }[];
}

interface Prf { tp: number; pred: number; gold: number; precision: number; recall: number; f1: number }
interface Scorer {
  loadGold(path: string): GoldRow[];
  scoreEvents(gold: GoldRow[], preds: Map<number, PredRow['events']>): { type: Prf; full: Prf; sentences: number };
}

/** One Doc per sentence: the text as one paragraph, with the record's date as publication date. */
function docOf(text: string, date: string | null): Doc {
  return new Doc(text, { source: 'eval', url: null, outlet: null, title: '', byline: [], published: date, language: 'en' }, [
    { start: 0, end: text.length, kind: 'paragraph' },
  ]);
}

/** Country or actor codes of an event's actors (entity ids resolved through the Doc's entities). */
function codes(doc: Doc, refs: string[]): string[] {
  const byId = new Map((doc.entities ?? []).map((e) => [e.id, e.country]));
  return [...new Set(refs.map((r) => (byId.has(r) ? byId.get(r) : r)).filter((c): c is string => !!c))];
}

/** The prediction of one sentence: asserted events only (negated, hypothetical, future and denied ones did not
 *  happen), in the GSR's convention for reciprocal events. */
export function predictRow(id: string, text: string, date: string | null, pipeline: Pipeline): PredRow {
  const doc = pipeline.run(docOf(text, date));
  const events = (doc.events ?? []).filter((e) => !e.status || e.status === 'asserted').map((e: PloverEvent) => {
    const source = codes(doc, e.source);
    const target = codes(doc, e.target);
    if (e.reciprocal) return { type: e.type, source: [...new Set([...source, ...target])], target: [] };
    return { type: e.type, source, target };
  });
  return { id, events };
}

export function eventsPipeline(uncodedActors = false): Pipeline {
  const events = uncodedActors ? { ...eventsComponent, run: (d: Doc) => void (d.events = extractEvents(d, { uncodedActors })) } : eventsComponent;
  return new Pipeline([tokensComponent, entitiesComponent, quotesComponent, timesComponent, events]);
}

const isoDate = (d: string | undefined) => (d && /^\d{8}$/.test(d) ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}` : null);

/** CAMEO root code (2 digits) → PLOVER type, as CAMEO2PLOVER-2021.txt maps the roots (01/02 have no PLOVER type). */
const ROOTS: Record<string, string> = {
  '03': 'AGREE', '04': 'CONSULT', '05': 'SUPPORT', '06': 'COOPERATE', '07': 'AID', '08': 'CONCEDE', '09': 'ACCUSE',
  '10': 'REQUEST', '11': 'ACCUSE', '12': 'REJECT', '13': 'THREATEN', '14': 'PROTEST', '15': 'MOBILIZE',
  '16': 'SANCTION', '17': 'COERCE', '18': 'ASSAULT', '19': 'ASSAULT', '20': 'ASSAULT',
};

function petrarchPassRate(rows: GoldRow[], preds: PredRow[]): void {
  let pass = 0;
  let withEvents = 0;
  let passWith = 0;
  rows.forEach((r, i) => {
    const gold = new Set(r.events.map((e) => ROOTS[String(e.event_code).slice(0, 2)]).filter(Boolean));
    const pred = new Set(preds[i].events.map((e) => e.type));
    const ok = gold.size === pred.size && [...gold].every((t) => pred.has(t));
    if (gold.size) withEvents++;
    if (ok) pass++;
    if (ok && gold.size) passWith++;
  });
  console.log(`petrarch2 unit tests: ${pass}/${rows.length} records pass (PLOVER type set equal); ${passWith}/${withEvents} of those whose codes map to a PLOVER type`);
}

export async function runEventsEval(opts: { data: string; out: string }): Promise<void> {
  const rows = readFileSync(opts.data, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldRow);
  // The petrarch2 suite's states are made up: their entities are coded by id, and only event types are compared.
  const petrarch = rows.some((r) => r.events.some((e) => e.event_code !== undefined));
  const pipeline = eventsPipeline(petrarch);
  const preds = rows.map((r) => predictRow(r.id, r.text, isoDate(r.date), pipeline));
  writeFileSync(opts.out, preds.map((p) => JSON.stringify(p)).join('\n') + '\n');
  if (petrarch) {
    petrarchPassRate(rows, preds);
    return;
  }
  const scorer = (await import(SCORER_URL.href)) as Scorer;
  const gold = scorer.loadGold(opts.data);
  const halves = splitHalves(gold.map((g) => g.id));
  const f = (x: number) => x.toFixed(3);
  for (const h of ['A', 'B', null] as (Half | null)[]) {
    const idx = gold.map((_, i) => i).filter((i) => h === null || halves[i] === h);
    const r = scorer.scoreEvents(idx.map((i) => gold[i]), new Map(idx.map((i, k) => [k, preds[i].events])));
    console.log(`${(h ? `half ${h}` : 'all').padEnd(7)} ${String(idx.length).padStart(4)} sentences | type P ${f(r.type.precision)} R ${f(r.type.recall)} F1 ${f(r.type.f1)} | full P ${f(r.full.precision)} R ${f(r.full.recall)} F1 ${f(r.full.f1)}`);
  }
}
