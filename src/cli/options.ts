// Options shared by the commands that read inputs.
import { Command, InvalidArgumentError, Option } from 'commander';
import { normalizeDate } from '../pipeline/dates.js';
import { DEFAULT_MAX_BYTES, type InputOptions } from '../input/types.js';
import { DEFAULT_MAX_RECORDS, MAX_TIMER_MS } from '../input/settings.js';
import type { AnalyzeOptions } from '../pipeline/analyze.js';
import { defaultJobs } from '../run/pool.js';
import { DEFAULT_TIMEOUT_PER_INPUT_S } from '../run/settings.js';

export const DEFAULT_DB = './dossier.db';

export interface InputFlags {
  published?: string;
  allowPrivate?: boolean;
  maxMb?: number;
  timeout?: number;
  followSymlinks?: boolean;
  maxRecords?: number;
  timeoutPerInput?: number;
  jobs?: number;
}

function parseDate(value: string): string {
  const d = normalizeDate(value);
  if (!d) throw new InvalidArgumentError(`not a date: "${value}" (use e.g. 2025-07-25)`);
  return d;
}

/** A --limit value: a positive integer. */
export function parseLimit(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`not a positive integer: "${v}"`);
  return n;
}

function parsePositive(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`not a positive number: "${value}"`);
  return n;
}

/** Seconds of --timeout-per-input: 0 turns the budget off (analysis in the main thread). */
function parseBudget(value: string): number {
  return Number(value) === 0 && value.trim() !== '' ? 0 : parseSeconds(value);
}

/** Seconds for a timer: Node fires a timer longer than 2^31-1 ms at once, so longer values are refused. */
export function parseSeconds(value: string): number {
  const n = parsePositive(value);
  const max = Math.floor(MAX_TIMER_MS / 1000);
  if (n > max) throw new InvalidArgumentError(`at most ${max} seconds: "${value}"`);
  return n;
}

export function addInputOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--published <date>', 'publication date for inputs that name none').argParser(parseDate))
    .option('--allow-private', 'allow URLs that resolve to loopback or private addresses')
    .addOption(new Option('--max-mb <n>', 'size cap per input, in MB').argParser(parsePositive).default(DEFAULT_MAX_BYTES / 1024 / 1024))
    .addOption(new Option('--timeout <seconds>', 'HTTP deadline per URL (headers and body)').argParser(parseSeconds).default(15))
    .option('--max-records <n>', 'records one JSON Lines file may hold', parseLimit, DEFAULT_MAX_RECORDS)
    .addOption(new Option('--timeout-per-input <seconds>', 'analysis time budget per input (0: none); an input past it fails alone').argParser(parseBudget).default(DEFAULT_TIMEOUT_PER_INPUT_S))
    .option('--follow-symlinks', 'in directories, follow symbolic links that lead out of the directory given')
    .addOption(new Option('--jobs <n>', 'inputs analysed at once, each in its own worker thread (default: the cores available)').argParser(parseLimit));
}

export function inputOptions(flags: InputFlags): { input: InputOptions; analyze: AnalyzeOptions; timeoutPerInputMs: number; jobs: number } {
  return {
    input: {
      allowPrivate: !!flags.allowPrivate,
      maxBytes: Math.round((flags.maxMb ?? 20) * 1024 * 1024),
      timeoutMs: (flags.timeout ?? 15) * 1000,
      followSymlinks: !!flags.followSymlinks,
      maxRecords: flags.maxRecords,
    },
    analyze: { published: flags.published },
    timeoutPerInputMs: (flags.timeoutPerInput ?? DEFAULT_TIMEOUT_PER_INPUT_S) * 1000,
    jobs: flags.jobs ?? defaultJobs(),
  };
}
