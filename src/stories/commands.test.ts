// `dossier stories`, `story` and `entity` run on a temp store: they bring the assignment up to date first, print
// exact JSON with --json, and escape control characters in terminal output.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Command } from 'commander';
import { entityCommand } from '../cli/commands/entity.js';
import { storiesCommand } from '../cli/commands/stories.js';
import { storyCommand } from '../cli/commands/story.js';
import { openSqliteStore } from '../store/sqlite/index.js';
import { makeDoc, sampleDocs } from './testing.js';

const docs = sampleDocs();
let dir = '';
let db = '';

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-stories-cli-'));
  db = join(dir, 'test.db');
  const store = openSqliteStore(db);
  for (const d of Object.values(docs)) store.put(d);
  // A hostile title: an escape sequence that would retitle the terminal.
  store.put(makeDoc({ url: 'https://bad.example/x', outlet: 'Bad', published: '2024-03-03', title: 'Evil \u001b]0;owned\u0007 title', text: 'Nothing in common with any other article of this store, about comets and telescopes.' }));
  store.close(); // nothing assigned yet: the commands must do it
});
after(() => rmSync(dir, { recursive: true, force: true }));

async function run(cmd: Command, args: string[]): Promise<{ out: string; err: string; code: number | undefined }> {
  const out: string[] = [];
  const err: string[] = [];
  const [ow, ew, code] = [process.stdout.write.bind(process.stdout), process.stderr.write.bind(process.stderr), process.exitCode];
  process.stdout.write = ((s: string) => out.push(String(s)) > 0) as typeof process.stdout.write;
  process.stderr.write = ((s: string) => err.push(String(s)) > 0) as typeof process.stderr.write;
  process.exitCode = undefined;
  try {
    await cmd.exitOverride().parseAsync([...args, '--db', db], { from: 'user' });
    return { out: out.join(''), err: err.join(''), code: process.exitCode as number | undefined };
  } finally {
    process.stdout.write = ow;
    process.stderr.write = ew;
    process.exitCode = code;
  }
}

test('stories --json lists the ferry story first, with its outlets and copy', async () => {
  const r = await run(storiesCommand(), ['--json']);
  const rows = JSON.parse(r.out) as { id: string; articles: number; outlets: number; copies: number; title: string }[];
  assert.equal(rows.length, 4);
  assert.deepEqual([rows[0].articles, rows[0].outlets, rows[0].copies], [3, 3, 1]);
  assert.equal(rows[0].title, docs.original.title);
  const since = JSON.parse((await run(storiesCommand(), ['--json', '--since', '2024-03-04'])).out) as { title: string }[];
  assert.deepEqual(since.map((s) => s.title), [docs.korr.title]);
  const anna = JSON.parse((await run(storiesCommand(), ['--json', '--entity', 'Anna Korr'])).out) as { title: string }[];
  assert.deepEqual(anna.map((s) => s.title), [docs.bakery.title]);
});

test('stories escapes control characters on a terminal and keeps them in JSON', async () => {
  const text = await run(storiesCommand(), []);
  assert.ok(!text.out.includes('\u001b'));
  assert.match(text.out, /Evil \\x1b\]0;owned\\x07 title/);
  assert.match(text.out, /^STORY +FIRST +LAST +ARTICLES +OUTLETS +COPIES +TITLE/);
  const json = JSON.parse((await run(storiesCommand(), ['--json', '--since', '2024-03-03', '--limit', '1'])).out) as { title: string }[];
  assert.equal(json.length, 1);
});

test('story --json is the timeline; an unknown id is an error', async () => {
  const list = JSON.parse((await run(storiesCommand(), ['--json'])).out) as { id: string }[];
  const t = JSON.parse((await run(storyCommand(), [list[0].id, '--json'])).out) as { story: { id: string }; items: { date: string }[]; articles: { copies: unknown[] }[] };
  assert.equal(t.story.id, list[0].id);
  assert.deepEqual(t.items.map((i) => i.date), ['2024-02-27', '2024-02-28', '2024-03-01', '2024-03-01']);
  assert.equal(t.articles.reduce((n, a) => n + a.copies.length, 0), 1);
  const text = await run(storyCommand(), [list[0].id]);
  assert.match(text.out, /near copy, \d+ %: 2024-03-02 {2}Aggregator Daily/);
  const missing = await run(storyCommand(), ['s999']);
  assert.equal(missing.code, 1);
  assert.match(missing.err, /no story s999/);
});

test('entity --json gives the dossier, or the candidates when the name is ambiguous', async () => {
  const d = JSON.parse((await run(entityCommand(), ['Mara Lindqvist', '--json'])).out) as { entity: { names: string[] }; quotes: unknown[] };
  assert.deepEqual(d.entity.names.sort(), ['Lindquist', 'Mara Lindqvist']);
  assert.equal(d.quotes.length, 3);
  const amb = JSON.parse((await run(entityCommand(), ['Korr', '--json'])).out) as { ambiguous: boolean; candidates: { name: string; ids: number[] }[] };
  assert.equal(amb.ambiguous, true);
  assert.deepEqual(amb.candidates.map((c) => c.name).sort(), ['Anna Korr', 'Piet Korr']);
  const piet = amb.candidates.find((c) => c.name === 'Piet Korr')!;
  const byId = JSON.parse((await run(entityCommand(), [`#${piet.ids[0]}`, '--json'])).out) as { entity: { name: string } };
  assert.equal(byId.entity.name, 'Piet Korr');
  const text = await run(entityCommand(), ['Korr']);
  assert.match(text.err, /names 2 entities/);
  assert.match(text.out, /#\d+ {2}Anna Korr \(PERSON\), baker/);
});
