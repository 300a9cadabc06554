// npm run fuzz [-- --seed N --cases N --batch N --per-input S]: seeded fuzzing of `analyze` and `ingest` (see
// mutate.ts, run.ts); prints crashes, hangs, re-ingests that store something new, and the peak RSS of any run.
import fs from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { fuzzCases } from './mutate.js';
import { runFuzz } from './run.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The seed article and the demo fixtures: the material the mutations start from. */
export function samples(): { name: string; bytes: Buffer }[] {
  const demo = join(ROOT, 'fixtures/demo');
  const seed = join(ROOT, 'fixtures/seed');
  return [...fs.readdirSync(seed).map((f) => join(seed, f)), ...fs.readdirSync(demo).filter((f) => /\.(txt|html)$/.test(f)).map((f) => join(demo, f))]
    .map((p) => ({ name: p, bytes: fs.readFileSync(p) }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { seed: { type: 'string', default: '1' }, cases: { type: 'string', default: '96' }, batch: { type: 'string', default: '16' }, 'per-input': { type: 'string', default: '30' } } });
  const seed = Number(values.seed);
  const cases = fuzzCases(seed, Number(values.cases), samples());
  const line = (s: string) => process.stdout.write(s + '\n');
  line(`fuzz: seed ${seed}, ${cases.length} cases (${(cases.reduce((n, c) => n + c.bytes.length, 0) / 1e6).toFixed(1)} MB), ${values.batch} per process, ${values['per-input']} s per input`);
  const report = await runFuzz(cases, { batch: Number(values.batch), perInputS: Number(values['per-input']) }, line);
  const by = (k: string) => report.findings.filter((f) => f.kind === k).length;
  line(`fuzz: ${report.cases} cases in ${report.processes} processes, ${report.seconds.toFixed(0)} s: ${by('crash')} crashes, ${by('hang')} hangs, ${by('nondeterministic')} re-ingests with something new; peak RSS ${report.peakRssMb} MB`);
  process.exitCode = report.findings.length ? 1 : 0;
}
