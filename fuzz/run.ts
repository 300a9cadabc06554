// Runs fuzz cases through `dossier analyze` and `dossier ingest` in child processes, a batch of files per process:
// a crash (signal, stack trace, exit code other than 0/1, stdout that is not JSON Lines), a hang (an input past its
// budget, or a process past its deadline) or a re-ingest that makes a new version is a finding; peak RSS is kept.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FuzzCase } from './mutate.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'src/cli/index.ts');
const RSS_HOOK = fileURLToPath(new URL('./max-rss.mjs', import.meta.url));

export interface FuzzSettings {
  /** Budget per input given to the CLI (s): an input past it is a hang. */
  perInputS: number;
  /** Files per child process. */
  batch: number;
}

export interface Finding {
  kind: 'crash' | 'hang' | 'nondeterministic';
  command: string;
  files: string[];
  detail: string;
}

export interface FuzzReport {
  cases: number;
  processes: number;
  findings: Finding[];
  peakRssMb: number;
  seconds: number;
}

interface ChildResult { code: number | null; signal: string | null; stdout: string; stderr: string; timedOut: boolean; maxRssKb: number }

function runCli(args: string[], deadlineMs: number): Promise<ChildResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--import', RSS_HOOK, CLI, ...args], { cwd: ROOT, env: { ...process.env, CI: '1' } });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (d: string) => { if (stdout.length < 50e6) stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d: string) => { if (stderr.length < 1e6) stderr += d; });
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, deadlineMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const rss = /FUZZ-MAX-RSS-KB (\d+)/.exec(stderr);
      resolve({ code, signal, stdout, stderr: stderr.replace(/\n?FUZZ-MAX-RSS-KB \d+\n/, ''), timedOut, maxRssKb: rss ? Number(rss[1]) : 0 });
    });
  });
}

/** What is wrong with one CLI run, or null. */
function problem(r: ChildResult, jsonlOut: boolean): Finding['kind'] | null {
  if (r.timedOut) return 'hang';
  if (/timed out after .* \(--timeout-per-input\)/.test(r.stderr)) return 'hang';
  if (r.signal || (r.code !== 0 && r.code !== 1)) return 'crash';
  if (/^\s+at .+[:(]\d+/m.test(r.stderr) || /node:internal|Uncaught|FATAL ERROR/.test(r.stderr)) return 'crash';
  // Every stderr line is a one-line error, a note or the summary; none carries a raw control character.
  if (/[\x00-\x08\x0b-\x1f\x7f]/.test(r.stderr)) return 'crash';
  if (jsonlOut) {
    for (const line of r.stdout.split('\n')) {
      if (!line) continue;
      try {
        JSON.parse(line);
      } catch {
        return 'crash';
      }
    }
  }
  return null;
}

const tail = (s: string) => s.trim().split('\n').slice(-3).join(' | ').slice(0, 400);

export async function runFuzz(cases: readonly FuzzCase[], settings: FuzzSettings, log: (line: string) => void = () => {}): Promise<FuzzReport> {
  const started = Date.now();
  const dir = fs.mkdtempSync(join(tmpdir(), 'dossier-fuzz-'));
  const findings: Finding[] = [];
  let peakKb = 0;
  let processes = 0;
  const deadline = (n: number) => 30_000 + n * (settings.perInputS + 5) * 1000;
  const budget = ['--timeout-per-input', String(settings.perInputS)];
  const run = async (command: string, args: string[], files: string[], jsonl: boolean) => {
    const r = await runCli(args, deadline(files.length));
    processes++;
    peakKb = Math.max(peakKb, r.maxRssKb);
    const kind = problem(r, jsonl);
    if (kind) {
      // Name the input: in a batch, the error line carries it; a crash of the whole process is re-run file by file.
      const timedOut = r.stderr.split('\n').filter((l) => /timed out after/.test(l));
      const named = files.filter((f) => timedOut.some((l) => l.includes(f)));
      const culprits = kind === 'hang' && named.length ? named : files;
      findings.push({ kind, command, files: culprits, detail: tail(r.stderr) || `exit ${r.code ?? r.signal}` });
      log(`  ${kind}: ${command} ${culprits.map((f) => f.slice(dir.length + 1)).join(' ')}: ${tail(r.stderr)}`);
    }
    return r;
  };
  try {
    for (let i = 0; i < cases.length; i += settings.batch) {
      const chunk = cases.slice(i, i + settings.batch);
      const sub = join(dir, `b${i}`);
      fs.mkdirSync(sub);
      const files = chunk.map((c) => {
        const f = join(sub, c.name);
        fs.writeFileSync(f, c.bytes);
        return f;
      });
      await run('analyze', ['analyze', '--jsonl', ...budget, ...files], files, true);
      const db = join(sub, 'fuzz.db');
      const first = await run('ingest', ['ingest', '--db', db, ...budget, ...files], files, false);
      if (!first.timedOut && first.code !== null && first.code <= 1) {
        // The same bytes again: nothing new may be stored.
        const again = await run('re-ingest', ['ingest', '--db', db, ...budget, ...files], files, false);
        const m = /\((\d+) new, (\d+) new versions/.exec(again.stderr);
        if (m && (m[1] !== '0' || m[2] !== '0')) {
          findings.push({ kind: 'nondeterministic', command: 're-ingest', files, detail: tail(again.stderr) });
          log(`  nondeterministic: re-ingest stored something new: ${tail(again.stderr)}`);
        }
      }
      log(`  ${Math.min(i + settings.batch, cases.length)}/${cases.length} cases, ${findings.length} findings, peak RSS ${Math.round(peakKb / 1024)} MB`);
    }
  } finally {
    if (!findings.length) fs.rmSync(dir, { recursive: true, force: true });
    else log(`  inputs kept in ${dir}`);
  }
  return { cases: cases.length, processes, findings, peakRssMb: Math.round(peakKb / 1024), seconds: (Date.now() - started) / 1000 };
}
