// The short fuzz run (npm run fuzz is the long one): one case of each mutation through analyze, ingest and a
// re-ingest in child processes, with inputs kept small (tens of kB); no crash, no hang, nothing new stored the second time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { samples } from '../fuzz/index.js';
import { fuzzCases } from '../fuzz/mutate.js';
import { runFuzz } from '../fuzz/run.js';

test('fuzz, short: one case of each mutation, no crash, hang or new version on re-ingest', async () => {
  const cases = fuzzCases(20261206, 8, samples(), 60_000);
  assert.equal(new Set(cases.map((c) => c.kind.split(':')[0])).size, 8, 'every mutation represented');
  const report = await runFuzz(cases, { batch: 8, perInputS: 20 });
  assert.equal(report.processes, 3);
  assert.deepEqual(report.findings, []);
  assert.ok(report.peakRssMb > 0, 'peak RSS measured');
});
