// Start-up of the `dossier` command, whole process, as a user meets it: `--version`, `--help` and a cold
// `analyze` of the seed article (models loaded), against a bare `node -e 0`, and the sources through tsx (the way
// bin/dossier.mjs ran before there was a build). Hyperfine-style: one warm-up run, then repeated runs; the
// machine's other load shows in the spread, so the median is the figure to quote.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/dossier.mjs');
const SEED = join(ROOT, 'fixtures/seed/000_91520a0463e5f117.txt');

export interface StartupRow {
  name: string;
  /** Wall milliseconds of each timed run. */
  ms: number[];
  /** CPU milliseconds (user + system, every thread) of each run: less sensitive than wall time to the machine's
   *  other load. */
  cpuMs: number[];
}

/** Preloaded into each timed process: prints its CPU time on exit. */
const CPU_AT_EXIT = `data:text/javascript,process.on('exit',()=>{const u=process.cpuUsage();process.stderr.write('\\ncpu-ms '+(u.user+u.system)/1000+'\\n')})`;

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
export const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
export const sd = (xs: number[]) => Math.sqrt(mean(xs.map((x) => (x - mean(xs)) ** 2)));

/** Builds dist/ when it is missing or older than a source file (bin/dossier.mjs would then run tsx instead). */
function ensureBuild(): void {
  const dist = join(ROOT, 'dist/cli.js');
  let newest = 0;
  for (const e of readdirSync(join(ROOT, 'src'), { recursive: true, withFileTypes: true }))
    if (e.isFile()) newest = Math.max(newest, statSync(join(e.parentPath, e.name)).mtimeMs);
  if (!existsSync(dist) || newest > statSync(dist).mtimeMs) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
}

function time(args: string[], runs: number): { ms: number[]; cpuMs: number[] } {
  const once = () => {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ['--import', CPU_AT_EXIT, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env: { ...process.env, CI: '1' } });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (r.status !== 0) throw new Error(`startup bench: node ${args.join(' ')} failed: ${r.stderr}`);
    return { ms, cpuMs: Number(/cpu-ms ([\d.]+)/.exec(r.stderr)?.[1] ?? NaN) };
  };
  once();
  const all = Array.from({ length: runs }, once);
  return { ms: all.map((r) => r.ms), cpuMs: all.map((r) => r.cpuMs) };
}

export function benchStartup(runs = 10): StartupRow[] {
  ensureBuild();
  const analyze = ['analyze', SEED, '--json', '--published', '2025-07-25'];
  return [
    { name: 'node -e 0', ...time(['-e', '0'], runs) },
    { name: 'dossier --version', ...time([BIN, '--version'], runs) },
    { name: 'dossier --help', ...time([BIN, '--help'], runs) },
    { name: 'dossier analyze seed (cold)', ...time([BIN, ...analyze], runs) },
    { name: 'tsx src: --version', ...time(['--import', 'tsx', join(ROOT, 'src/cli/index.ts'), '--version'], Math.ceil(runs / 2)) },
    { name: 'tsx src: analyze seed (cold)', ...time(['--import', 'tsx', join(ROOT, 'src/cli/index.ts'), ...analyze], Math.ceil(runs / 2)) },
  ];
}
