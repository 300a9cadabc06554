// The clean article of `dossier extract` is the analysis document's article part, built the same way, and building
// it loads no language layer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { InputItem } from '../input/types.js';
import { buildDoc } from '../pipeline/analyze.js';
import { extractArticle } from './extract-article.js';

const item = (kind: 'html' | 'text', content: string, meta: InputItem['meta'] = {}): InputItem => ({
  ok: true, source: `made-up.${kind}`, from: meta.id ? 'record' : 'file', kind, content, encoding: 'utf-8', meta, warnings: ['a reader warning'],
});

const PAGE = `<!doctype html><html lang="en"><head><title>Harbour reopens - Tarvel Post</title>
<meta property="og:site_name" content="Tarvel Post"><meta name="author" content="Ana Lind">
<meta property="article:published_time" content="2024-05-03T10:00:00Z"></head><body><nav><a href="/">Home</a></nav>
<article><h1>Harbour reopens</h1><p>The harbour of Tarvel reopened on Friday after two years of repairs, the port authority said.</p>
<p>Ships will dock again from Monday, and the ferry to Orlen resumes in June, officials told reporters.</p></article></body></html>`;
const TEXT = 'Council votes on budget\n\nTARVEL, May 3 - The council voted on Tuesday to raise the budget for schools by 4 percent.\n\nThe mayor said the vote was close.';

const cases: [string, InputItem][] = [
  ['an HTML page', item('html', PAGE)],
  ['scraped text', item('text', TEXT)],
  ['a record whose own fields win, with a date the text contradicts', item('text', TEXT, { id: 'r1', title: 'Record title', outlet: 'Feed', published: '2023-01-09', url: 'https://feed.example/r1' })],
  ['an empty body', item('html', '<html><body><nav><a href="/">Home</a></nav></body></html>')],
];

for (const [name, input] of cases) {
  test(`the clean article of ${name} is the analysis document's, less the language layers`, () => {
    const { sentences: _s, ...expected } = buildDoc(input, { published: '2024-01-01' }).toJSON();
    assert.deepEqual(extractArticle(input, { published: '2024-01-01' }), expected);
  });
}

test('extraction alone loads neither wink nor the NER model', () => {
  // Every file read is recorded (builtin exports synced, so named imports of readFileSync see the patch too).
  const script = `
    const fs = await import('node:fs');
    const { createRequire, syncBuiltinESMExports } = await import('node:module');
    const reads = [];
    const readFileSync = fs.default.readFileSync;
    fs.default.readFileSync = (path, ...rest) => (reads.push(String(path)), readFileSync(path, ...rest));
    syncBuiltinESMExports();
    const { extractArticle } = await import(${JSON.stringify(fileURLToPath(new URL('./extract-article.ts', import.meta.url)))});
    extractArticle({ ok: true, source: 'x', kind: 'text', content: ${JSON.stringify(TEXT)}, encoding: 'utf-8', meta: {}, warnings: [] });
    const wink = Object.keys(createRequire(import.meta.url).cache).filter((k) => /wink/.test(k));
    console.log(JSON.stringify({ wink, models: reads.filter((p) => /models[\\/]/.test(p)) }));`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), { wink: [], models: [] });
});
