// `dossier eval ner`: tags a CoNLL file, writes the prediction file of ../shared/tools/README.md (gold line +
// predicted tag, CoNLL type names) and prints the figures of ../shared/tools/score-ner.mjs, plus tagging speed.
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readConll, withPredictions } from './conll.js';
import { predictConll } from './evaluate.js';
import { DEFAULT_MODEL_PATH, loadNerModel } from './index.js';
import { sharedFile } from '../../resolve-data.js';

/** ../shared/tools/score-ner.mjs, located from the repo root. */
export const SCORE_NER = fileURLToPath(sharedFile('tools/score-ner.mjs'));

/** Documents tagged before the timed pass. */
const WARMUP_DOCS = 20;

export interface NerEvalOptions {
  data: string;
  out: string;
  model?: string;
  json?: boolean;
  /** Timed passes over the file (the first is scored; the best is reported as steady-state speed). */
  passes?: number;
}

export interface NerEvalResult {
  tokens: number;
  loadMs: number;
  tokensPerSecond: number;
  tokensPerCpuSecond: number;
  steadyTokensPerCpuSecond: number;
  scorerOutput: string;
}

/** Tags, writes, scores and prints; returns the figures for callers that want them. */
export function evaluateNerFile(opts: NerEvalOptions): NerEvalResult {
  let t = performance.now();
  const model = loadNerModel(opts.model ?? DEFAULT_MODEL_PATH);
  const loadMs = performance.now() - t;
  const file = readConll(opts.data);
  const tokens = file.docs.reduce((a, d) => a + d.reduce((b, s) => b + s.tokens.length, 0), 0);
  // Warm-up on a few documents (JIT, word caches), then the timed pass. CPU time as well as wall time: on a
  // shared machine the wall clock also counts other processes' turns.
  predictConll(model, { ...file, docs: file.docs.slice(0, WARMUP_DOCS) });
  const cpu0 = process.cpuUsage();
  t = performance.now();
  const predicted = predictConll(model, file);
  const tokensPerSecond = tokens / ((performance.now() - t) / 1000);
  const cpu = process.cpuUsage(cpu0);
  const tokensPerCpuSecond = tokens / ((cpu.user + cpu.system) / 1e6);
  // Steady state: further timed passes once the JIT has optimised the hot paths (a long-running process).
  let bestCpuRate = tokensPerCpuSecond, bestWallRate = tokensPerSecond;
  for (let p = 1; p < (opts.passes ?? 1); p++) {
    const c0 = process.cpuUsage(), w0 = performance.now();
    predictConll(model, file);
    const c = process.cpuUsage(c0);
    bestWallRate = Math.max(bestWallRate, tokens / ((performance.now() - w0) / 1000));
    bestCpuRate = Math.max(bestCpuRate, tokens / ((c.user + c.system) / 1e6));
  }
  writeFileSync(opts.out, withPredictions(file, predicted));
  let scorerOutput = '';
  if (existsSync(SCORE_NER)) {
    const args = [SCORE_NER, '--gold', opts.data, '--pred', opts.out, ...(opts.json ? ['--json'] : [])];
    scorerOutput = execFileSync(process.execPath, args, { encoding: 'utf8' });
    process.stdout.write(scorerOutput);
  } else {
    console.log(`(scorer not found at ${SCORE_NER}; predictions written)`);
  }
  console.log(`predictions: ${opts.out}`);
  console.log(
    `model load ${loadMs.toFixed(0)} ms; tagged ${tokens} tokens at ${Math.round(tokensPerSecond)} tokens/s wall, ` +
      `${Math.round(tokensPerCpuSecond)} tokens per CPU-second (first pass, one thread, load excluded)`,
  );
  if ((opts.passes ?? 1) > 1) {
    console.log(`steady state (best of ${opts.passes} passes): ${Math.round(bestWallRate)} tokens/s wall, ${Math.round(bestCpuRate)} tokens per CPU-second`);
  }
  return { tokens, loadMs, tokensPerSecond, tokensPerCpuSecond, steadyTokensPerCpuSecond: bestCpuRate, scorerOutput };
}

/** The `dossier eval ner --data FILE --out PRED` runner. */
export async function runNerEval(opts: NerEvalOptions): Promise<void> {
  evaluateNerFile(opts);
}
