import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, MAX_BODY_CHARS } from './analyze.js';
import type { InputItem } from '../input/types.js';

const item = (content: string): InputItem => ({ ok: true, source: 'huge.txt', kind: 'text', content, encoding: null, meta: {}, warnings: [] });

test('a body over the cap is refused with one line before any language layer runs', () => {
  const body = 'Word '.repeat(Math.ceil(MAX_BODY_CHARS / 5) + 10);
  const t0 = process.cpuUsage();
  assert.throws(() => analyze(item(`A huge page\n\n${body}`)), (e: Error) => /^body of 5\.0 million characters, over the 5 million the language layers take: not analysed/.test(e.message) && !e.message.includes('\n'));
  const cpu = process.cpuUsage(t0);
  // Refused after extraction only: far less than the layers would take on it (tens of seconds).
  assert.ok(cpu.user + cpu.system < 15e6, `${(cpu.user + cpu.system) / 1e6} s`);
});

test('a body under the cap is analysed', () => {
  const a = analyze(item('A page\n\nThe minister said the talks would resume on Monday in Geneva.'));
  assert.ok((a.entities?.length ?? 0) > 0, 'its layers ran');
});
