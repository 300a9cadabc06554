// `dossier eval quotes --data FILE --out PRED`: runs the extractor over PolNeAR-format JSONL and scores it with the
// shared reference scorer (../shared/tools/score-quotes.mjs). Quotes and the attributions that are no quotes (beliefs,
// intentions) are scored together: PolNeAR annotates both.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Doc } from '../../doc/doc.js';
import type { Block } from '../../doc/types.js';
import type { Component } from '../../doc/component.js';
import { tokensComponent } from '../tokens/index.js';
import { findQuotes, type QuoteDetail } from './extract.js';
import { sharedFile } from '../../resolve-data.js';

/** The shared scorer, beside the repository (../shared). */
export const SCORER_URL = sharedFile('tools/score-quotes.mjs');

export interface EvalRow {
  doc_id: string;
  text: string;
}

export interface PredQuote {
  start: number;
  end: number;
  fragments?: [number, number][];
  speaker_start?: number;
  speaker_end?: number;
  speaker?: string;
  kind: string;
}

/** Paragraphs of a plain text: runs separated by blank lines, trimmed. */
export function paragraphBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const re = /\S(?:[\s\S]*?\S)?(?=\s*\n\s*\n|\s*$)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) blocks.push({ start: m.index, end: m.index + m[0].length, kind: 'paragraph' });
  return blocks;
}

let entities: Component | null | undefined;

/** The entity component when it loads (its NER model may not be there yet), else null. */
async function entityComponent(): Promise<Component | null> {
  if (entities !== undefined) return entities;
  try {
    const mod = await import('../entities/index.js');
    const probe = new Doc('Test said.', docMeta(), paragraphBlocks('Test said.'));
    tokensComponent.run(probe);
    mod.entitiesComponent.run(probe);
    entities = mod.entitiesComponent;
  } catch {
    entities = null;
  }
  return entities;
}

function docMeta() {
  return { source: 'eval', url: null, outlet: null, title: '', byline: [], published: null, language: 'en' };
}

/** A Doc of a plain text with tokens (and entities when available). */
export async function docOf(text: string, withEntities = true): Promise<Doc> {
  const doc = new Doc(text, docMeta(), paragraphBlocks(text));
  tokensComponent.run(doc);
  const ent = withEntities ? await entityComponent() : null;
  if (ent) {
    try {
      ent.run(doc);
    } catch {
      doc.entities = undefined;
    }
  }
  return doc;
}

/** Predictions in the scorer's format: quotes of one attribution (halves of an interrupted quote, continued
 * paragraphs) merged into one with fragments; partial quotes inside a predicted indirect quote dropped (they are
 * part of that attribution). */
export function toPredictions(details: readonly QuoteDetail[]): PredQuote[] {
  const byGroup = new Map<number, QuoteDetail[]>();
  for (const d of details) {
    const list = byGroup.get(d.group) ?? [];
    list.push(d);
    byGroup.set(d.group, list);
  }
  const merged: PredQuote[] = [];
  for (const list of byGroup.values()) {
    const pieces = list.flatMap((d) => d.pieces).sort((a, b) => a.start - b.start);
    const head = list.find((d) => d.quote.speakerStart != null) ?? list[0];
    const p: PredQuote = { start: pieces[0].start, end: pieces[pieces.length - 1].end, kind: head.quote.kind };
    if (pieces.length > 1) p.fragments = pieces.map((s) => [s.start, s.end]);
    const q = head.quote;
    if (q.speakerStart != null && q.speakerEnd != null) {
      p.speaker_start = q.speakerStart;
      p.speaker_end = q.speakerEnd;
      if (q.speakerText) p.speaker = q.speakerText;
    }
    merged.push(p);
  }
  const indirect = merged.filter((p) => p.kind === 'indirect');
  return merged
    .filter((p) => p.kind !== 'partial' || !indirect.some((o) => o.start <= p.start && p.end <= o.end))
    .sort((a, b) => a.start - b.start);
}

/** Predictions for every row of a PolNeAR-format JSONL file. */
export async function predictFile(data: string, withEntities = true): Promise<{ doc_id: string; quotes: PredQuote[] }[]> {
  const rows = readFileSync(data, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as EvalRow);
  const out: { doc_id: string; quotes: PredQuote[] }[] = [];
  for (const row of rows) out.push({ doc_id: row.doc_id, quotes: toPredictions(findQuotes(await docOf(row.text, withEntities))) });
  return out;
}

/** Figures of the shared scorer, in process (for tests). */
export async function scorePredictions(data: string, preds: { doc_id: string; quotes: PredQuote[] }[]): Promise<ScoreFigures> {
  const scorer = (await import(SCORER_URL.href)) as {
    loadGold(path: string): unknown[];
    scoreQuotes(gold: unknown[], pred: Map<string, PredQuote[]>): ScoreFigures;
  };
  return scorer.scoreQuotes(scorer.loadGold(data), new Map(preds.map((p) => [p.doc_id, p.quotes])));
}

export interface SubsetFigures {
  gold: number;
  pred: number;
  exact: { precision: number; recall: number; f1: number };
  tokenOverlap: { precision: number; recall: number; f1: number };
  speaker: { accuracy: number };
  endToEnd: { precision: number; recall: number; f1: number };
}

export interface ScoreFigures {
  docs: number;
  all: SubsetFigures;
  direct: SubsetFigures;
}

export async function runQuotesEval(opts: { data: string; out: string }): Promise<void> {
  const preds = await predictFile(opts.data);
  writeFileSync(opts.out, preds.map((p) => JSON.stringify(p)).join('\n') + '\n');
  const scorer = fileURLToPath(SCORER_URL);
  if (!existsSync(scorer)) {
    process.stdout.write(`predictions written to ${opts.out}; scorer not found at ${scorer}\n`);
    return;
  }
  process.stdout.write('quotes and attributions (beliefs, intentions) scored together, as PolNeAR annotates both\n');
  const r = spawnSync(process.execPath, [scorer, '--gold', opts.data, '--pred', opts.out], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`score-quotes.mjs exited with ${r.status}`);
}
