// Start-up of the `dossier` command, whole process, as a user meets it: `--version`, `--help` and a cold
// `analyze` of the seed article (models loaded) from the compiled package, against a bare `node -e 0`, and the
// sources through tsx (the way bin/dossier.mjs ran before there was a build). Hyperfine-style: one warm-up run, then
// repeated runs. Other work on the machine inflates wall times (CPU times less): BENCH_REALTIME=1 shields the runs.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The compiled CLI, as an installed package's bin runs it (a checkout's bin/dossier.mjs would switch to the
 *  sources when one is edited during the runs). */
const BIN = join(ROOT, 'dist/cli.js');
const SEED = join(ROOT, 'fixtures/seed/000_91520a0463e5f117.txt');

export interface StartupRow {
  name: string;
  /** Wall milliseconds of each timed run. */
  ms: number[];
  /** CPU milliseconds (user + system, every thread) of each run: less sensitive than wall time to the machine's
   *  other load. */
  cpuMs: number[];
}

/** BENCH_REALTIME=1 runs each timed process at real-time priority (Linux `chrt -f 10`, as root), so the wall times
 *  are those of an idle machine even while other work shares it. */
const REALTIME = process.env.BENCH_REALTIME === '1';

/** Preloaded into each timed process: prints its CPU time on exit. */
const CPU_AT_EXIT = `data:text/javascript,process.on('exit',()=>{const u=process.cpuUsage();process.stderr.write('\\ncpu-ms '+(u.user+u.system)/1000+'\\n')})`;

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
export const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
export const sd = (xs: number[]) => Math.sqrt(mean(xs.map((x) => (x - mean(xs)) ** 2)));

/** Builds dist/ when it is missing or older than a source or model file (as bin/dossier.mjs judges it). */
function ensureBuild(): void {
  const dist = join(ROOT, 'dist/cli.js');
  let newest = 0;
  for (const dir of ['src', 'models'])
    for (const e of readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true }))
      if (e.isFile()) newest = Math.max(newest, statSync(join(e.parentPath, e.name)).mtimeMs);
  if (!existsSync(dist) || newest > statSync(dist).mtimeMs) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
}

function time(args: string[], runs: number): { ms: number[]; cpuMs: number[] } {
  const once = () => {
    const start = process.hrtime.bigint();
    const argv = [process.execPath, '--import', CPU_AT_EXIT, ...args];
    if (REALTIME) argv.unshift('chrt', '-f', '10');
    const r = spawnSync(argv[0], argv.slice(1), { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env: { ...process.env, CI: '1' } });
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
