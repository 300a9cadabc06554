// `dossier extract` (target ≥ 4×) and `dossier analyze` with every layer on (target ≥ 1.0×) against Readability +
// linkedom's extraction, each as a whole process (start, module and model loading, reading, decoding, extraction,
// the layers, JSON output) on the same files: the 85 AEB dev pages given several times, pinned to one core
// (taskset, when present), in the same run; the pairs interleaved, since this machine's speed drifts.
//   npx tsx bench/whole-process.ts [extract|analyze]      (also parts of bench/index.ts)
// bin/dossier.mjs runs the compiled dist/ unless src/ or models/ are newer, then the sources through tsx, which costs
// the process and its worker ~0.8 s more to start: dist/ is built first when it is stale, so the figure is that of
// the package a user installs (the row says which one ran).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const AEB_PAGES = fileURLToPath(new URL('../../shared/data/extraction/aeb/pages', import.meta.url));
const DOSSIER = fileURLToPath(new URL('../bin/dossier.mjs', import.meta.url));
const BASELINE = fileURLToPath(new URL('./readability-process.mjs', import.meta.url));
/** Times the page folder is given: extract is fast enough for 4 (340 pages); analyze takes 3, the run. */
export const REPEAT: Record<Command, number> = { extract: 4, analyze: 3 };
/** Interleaved dossier / baseline pairs for analyze, whose ratio is the closer one. */
const ANALYZE_PAIRS = 3;

export type Command = 'extract' | 'analyze';
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST_CLI = `${ROOT}dist/cli.js`;

/** Newest modification time (ms) of the files under `dir` (as bin/dossier.mjs computes it). */
function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (e.isFile()) t = Math.max(t, statSync(`${e.parentPath}/${e.name}`).mtimeMs);
  return t;
}

const distIsCurrent = () =>
  existsSync(DIST_CLI) && Math.max(newest(`${ROOT}src`), newest(`${ROOT}models`)) <= statSync(DIST_CLI).mtimeMs;

/** Builds dist/ when the sources are newer; says what the launcher will run. */
function ensureBuilt(): 'dist' | 'sources' {
  if (distIsCurrent()) return 'dist';
  process.stderr.write('extract-cli: dist/ is older than src/: npm run build\n');
  const r = spawnSync(process.execPath, [`${ROOT}scripts/build.mjs`], { stdio: ['ignore', 'ignore', 'inherit'] });
  return r.status === 0 && distIsCurrent() ? 'dist' : 'sources';
}

export interface ProcessRun {
  name: string;
  pages: number;
  wallSeconds: number;
  /** User + system CPU of the process and its threads (null where /proc is missing). */
  cpuSeconds: number | null;
}

/** CPU seconds of this process's reaped children (Linux /proc; null elsewhere). */
function childrenCpu(): number | null {
  if (!existsSync('/proc/self/stat')) return null;
  const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
  // After the ")": field 3 is the state, so cutime and cstime (fields 16 and 17) are at 13 and 14; clock ticks (100/s).
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

const oneCore = existsSync('/usr/bin/taskset') ? ['/usr/bin/taskset', '-c', '0'] : [];

function run(name: string, args: string[]): ProcessRun {
  const [cmd, ...rest] = [...oneCore, process.execPath, ...args];
  const cpu0 = childrenCpu();
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd!, rest, { encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, CI: '1' } });
  const wallSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu1 = childrenCpu();
  if (r.status !== 0) throw new Error(`${name} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  const pages = r.stdout.split('\n').filter(Boolean).length;
  return { name, pages, wallSeconds, cpuSeconds: cpu0 === null || cpu1 === null ? null : cpu1 - cpu0 };
}

/** Rows in run order: dossier, then the baseline, `pairs` times. */
export function benchCli(command: Command = 'extract', pairs = command === 'analyze' ? ANALYZE_PAIRS : 1): ProcessRun[] | null {
  if (!existsSync(AEB_PAGES)) return null;
  const inputs = Array(REPEAT[command]).fill(AEB_PAGES);
  const ran = ensureBuilt() === 'dist' ? 'dist/' : 'sources via tsx';
  const rows: ProcessRun[] = [];
  for (let i = 0; i < pairs; i++)
    rows.push(
      run(`dossier ${command} --jobs 1 (${ran})`, [DOSSIER, command, '--jsonl', '--jobs', '1', ...inputs]),
      run('readability+linkedom process', [BASELINE, ...inputs]),
    );
  return rows;
}


if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = benchCli(process.argv[2] === 'analyze' ? 'analyze' : 'extract');
  if (!rows) console.log('AEB pages not found');
  else for (const r of rows) console.log(JSON.stringify(r));
}
