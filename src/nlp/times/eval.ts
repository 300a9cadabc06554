// dossier eval timex: runs the time tagger over a folder of TimeML files and scores it with the reference scorer
// (../shared/tools/score-timex.mjs), reading the documents exactly as that scorer does.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extractTimes } from './extract.js';
import { sharedFile } from '../../resolve-data.js';

/** The reference scorer, located beside the repository (<repo>/../shared). */
export const SCORER = fileURLToPath(sharedFile('tools/score-timex.mjs'));

export interface TimemlDoc {
  doc: string;
  dct: string | null;
  text: string;
}

export interface TimexScores {
  strict: { f1: number };
  relaxed: { f1: number };
  valueF1: { f1: number; precision: number; recall: number };
}

interface ScorerModule {
  dumpText(dir: string): TimemlDoc[];
  loadGoldDir(dir: string): unknown[];
  scoreTimex(gold: unknown[], pred: Map<string, { start: number; end: number; type: string; value: string }[]>): TimexScores;
}

async function scorer(): Promise<ScorerModule> {
  if (!existsSync(SCORER)) throw new Error(`TimeML scorer not found at ${SCORER} (expected ../shared beside the repository)`);
  return (await import(pathToFileURL(SCORER).href)) as ScorerModule;
}

/** The documents of a TimeML folder as the scorer reads them ({doc, dct, text}). */
export async function loadTimeml(dir: string): Promise<TimemlDoc[]> {
  return (await scorer()).dumpText(dir);
}

/** Scores the tagger on a TimeML folder in process, with the reference scorer's own functions. */
export async function scoreTimeml(dir: string): Promise<TimexScores> {
  const mod = await scorer();
  const rows = predictTimeml(mod.dumpText(dir));
  return mod.scoreTimex(mod.loadGoldDir(dir), new Map(rows.map((r) => [r.doc, r.timexes])));
}

/** Prediction rows for the scorer: {doc, timexes:[{start, end, type, value}]}. */
export function predictTimeml(docs: TimemlDoc[]) {
  return docs.map((d) => ({
    doc: d.doc,
    timexes: extractTimes(d.text, d.dct).map(({ start, end, type, value }) => ({ start, end, type, value })),
  }));
}

export async function runTimexEval(opts: { data: string; out: string }): Promise<void> {
  const docs = await loadTimeml(opts.data);
  const rows = predictTimeml(docs);
  writeFileSync(opts.out, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  console.log(`wrote ${rows.length} documents to ${opts.out}`);
  const r = spawnSync(process.execPath, [SCORER, '--gold', opts.data, '--pred', opts.out], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`score-timex.mjs exited with ${r.status}`);
}
