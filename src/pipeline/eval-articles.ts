// `dossier eval articles --data DIR [--out DIR] [--half A|B] [--verbose]`: analyses every `NN.expected.json` article
// of a folder (the seed's gold format) with its own published date, scores each with the shared checklist scorer
// (../shared/tools/score-seed.mjs) and prints per-article and per-section totals, for each fixed half and the whole.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readInputs } from '../input/index.js';
import type { Analysis } from '../doc/schema.js';
import { analyze } from './analyze.js';
import { splitHalves, type Half } from '../doc/halves.js';
import { sharedFile } from '../resolve-data.js';

/** The shared scorer, beside the repository (../shared). */
export const SCORE_SEED_URL = sharedFile('tools/score-seed.mjs');

interface Gold {
  file: string;
  published?: string;
  about?: string;
  outlet_hint?: string;
}

interface ScoreItem {
  section: string;
  item: string;
  pass: boolean;
  reason: string;
  optional: boolean;
}

interface Score {
  items: ScoreItem[];
  sections: Record<string, { pass: number; total: number }>;
  overall: { pass: number; total: number };
  eventsPredicted: { predicted: number; matched: number };
}

type ScoreSeed = (gold: unknown, pred: unknown, input: string | null) => Score;

export interface ArticleResult {
  name: string;
  outlet: string;
  half: Half;
  score: Score;
}

export interface EvalArticlesFlags {
  data: string;
  out?: string;
  half?: string;
  verbose?: boolean;
}

/** The outlet a gold record names: its `outlet_hint`, else the outlet in its `about` line, else the file name. */
function outletOf(gold: Gold, name: string): string {
  if (gold.outlet_hint) return gold.outlet_hint;
  const m = /\(record [^,]+, ([^,]+),/.exec(gold.about ?? '');
  return m ? m[1] : name;
}

async function analyseFile(path: string, published: string | undefined): Promise<Analysis> {
  for await (const r of readInputs([path])) {
    if (!r.ok) throw new Error(`${r.source}: ${r.error}`);
    return analyze(r, { published });
  }
  throw new Error(`${path}: no input read`);
}

/** Analyses and scores every gold article of a folder. */
export async function evalArticles(dir: string, outDir?: string): Promise<ArticleResult[]> {
  const { scoreSeed } = (await import(SCORE_SEED_URL.href)) as { scoreSeed: ScoreSeed };
  const golds = readdirSync(dir).filter((f) => f.endsWith('.expected.json')).sort();
  if (!golds.length) throw new Error(`${dir}: no *.expected.json gold files`);
  if (outDir) mkdirSync(outDir, { recursive: true });
  const results: ArticleResult[] = [];
  const parsed: [string, Gold][] = golds.map((g) => [g, JSON.parse(readFileSync(join(dir, g), 'utf8')) as Gold]);
  const halves = splitHalves(parsed.map(([g, gold]) => outletOf(gold, basename(g, '.expected.json'))));
  for (const [i, [g, gold]] of parsed.entries()) {
    const input = join(dir, gold.file);
    if (!existsSync(input)) throw new Error(`${join(dir, g)}: article ${gold.file} not found`);
    const analysis = await analyseFile(input, gold.published);
    const name = basename(g, '.expected.json');
    if (outDir) writeFileSync(join(outDir, `${name}.analysis.json`), JSON.stringify(analysis, null, 2));
    const outlet = outletOf(gold, name);
    results.push({ name, outlet, half: halves[i], score: scoreSeed(gold, analysis, readFileSync(input, 'utf8')) });
  }
  return results;
}

const pct = (p: number, t: number): string => (t ? `${p}/${t} = ${(p / t).toFixed(3)}` : '—');

/** Section totals over a set of articles, as printable rows. */
export function totals(results: ArticleResult[]): Map<string, { pass: number; total: number }> {
  const sums = new Map<string, { pass: number; total: number }>();
  for (const r of results) {
    for (const [s, m] of [...Object.entries(r.score.sections), ['overall', r.score.overall] as const]) {
      const cur = sums.get(s) ?? { pass: 0, total: 0 };
      cur.pass += m.pass;
      cur.total += m.total;
      sums.set(s, cur);
    }
    const ep = r.score.eventsPredicted;
    const cur = sums.get('events precision') ?? { pass: 0, total: 0 };
    cur.pass += ep.matched;
    cur.total += ep.predicted;
    sums.set('events precision', cur);
  }
  return sums;
}

export async function runArticlesEval(flags: EvalArticlesFlags): Promise<void> {
  let results = await evalArticles(flags.data, flags.out);
  if (flags.half) {
    const h = flags.half.toUpperCase();
    if (h !== 'A' && h !== 'B') throw new Error(`--half must be A or B, not ${flags.half}`);
    results = results.filter((r) => r.half === h);
  }
  for (const r of results) {
    const secs = Object.entries(r.score.sections).map(([s, m]) => `${s} ${m.pass}/${m.total}`).join(', ');
    console.log(`${r.name} [${r.half}] ${r.outlet}: ${secs}`);
    if (flags.verbose) for (const it of r.score.items) if (!it.pass && !it.optional) console.log(`    FAIL ${it.section.padEnd(17)} ${it.item} — ${it.reason}`);
  }
  const groups: [string, ArticleResult[]][] = [
    ['half A', results.filter((r) => r.half === 'A')],
    ['half B', results.filter((r) => r.half === 'B')],
    ['all', results],
  ];
  const shown = groups.filter(([, rs]) => rs.length);
  const sections = [...totals(results).keys()];
  console.log(`\n${'section'.padEnd(18)} ${shown.map(([n, rs]) => `${n} (${rs.length})`.padEnd(20)).join(' ')}`);
  const tables = shown.map(([, rs]) => totals(rs));
  for (const s of sections)
    console.log(`${s.padEnd(18)} ${tables.map((t) => pct(t.get(s)?.pass ?? 0, t.get(s)?.total ?? 0).padEnd(20)).join(' ')}`);
}
