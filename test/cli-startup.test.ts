// The command line starts light: each command's module loads only when that command runs, so --version and --help
// load no model, no wink and no SQLite; the version is package.json's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, ROOT, tempDir } from './helpers.js';

const PRELOAD = join(ROOT, 'test/loaded-packages.fixture.cjs');

function run(args: string[]) {
  const r = spawnSync(process.execPath, ['--require', PRELOAD, '--import', 'tsx', CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: '1' } });
  const heavy = /heavy packages loaded: (.*)/.exec(r.stderr)?.[1];
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, heavy };
}

test('--version prints package.json version and loads no heavy package', () => {
  const r = run(['--version']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trim(), JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  assert.equal(r.heavy, 'none');
});

test('--help lists every command without loading any of them', () => {
  const r = run(['--help']);
  assert.equal(r.status, 0, r.stderr);
  for (const name of ['analyze', 'extract', 'ingest', 'search', 'show', 'entities', 'quotes', 'events', 'export', 'stories', 'story', 'entity', 'eval', 'demo'])
    assert.match(r.stdout, new RegExp(`^  ${name} `, 'm'), `--help lists ${name}`);
  assert.equal(r.heavy, 'none');
});

test("a command's own help is its full one: `help analyze` and `analyze --help` list its options", () => {
  for (const args of [['help', 'analyze'], ['analyze', '--help']]) {
    const r = run(args);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /--published/);
  }
});

test('a command that reads the store loads SQLite (the check above can see a heavy load)', () => {
  const r = run(['show', 'abc', '--db', join(tempDir(), 'empty.db')]);
  assert.equal(r.heavy, 'better-sqlite3');
});

test('an unknown command is an error that names the commands', () => {
  const r = run(['analyse']);
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /unknown command 'analyse'/);
  assert.match(r.stderr, /analyze/);
});
