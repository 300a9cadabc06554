// Helpers for end-to-end tests of the `dossier` command line.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CLI = join(ROOT, 'src/cli/index.ts');
export const SHARED = fileURLToPath(new URL('../../shared/', import.meta.url));
export const SEED = join(ROOT, 'fixtures/seed/000_91520a0463e5f117.txt');
export const hasShared = existsSync(SHARED);

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function dossier(args: string[], input?: string | Buffer): Run {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, CI: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function dossierAsync(args: string[]) {
  return spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT, env: { ...process.env, CI: '1' } });
}

export const tempDir = () => mkdtempSync(join(tmpdir(), 'dossier-test-'));
