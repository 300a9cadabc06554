// Same input, same output, whatever came before it in the process: a corpus (made-up texts, the seed article, the
// demo fixtures) analysed in two different orders in one process gives every document byte for byte the same.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { PATHOLOGICAL } from '../bench/pathological-texts.js';
import { readInputs } from '../src/input/index.js';
import type { InputItem } from '../src/input/types.js';
import { analyze, defaultPipeline } from '../src/pipeline/analyze.js';
import { ROOT, SEED } from './helpers.js';

/** Made-up articles that share names, abbreviations and amounts in different roles, so that anything one of them
 *  leaves behind (a name's type, a short form, a unit) would show in another. */
const MADE_UP = [
  `Poor's index rises\n\nThe Standard and Poor's 500 rose 1.2 percent on Tuesday, traders said. "It was a calm day," said Ana Lind of Tarvel Bank.`,
  `Tarvel mayor resigns\n\nAna Lind, the mayor of Tarvel, resigned on Friday. Lind said she would return to Tarvel Bank, where she earned $2 million a year.`,
  `Lind wins award\n\nThe Lind Prize went to a Tarvel school. Poor's results were blamed on the weather. Officials said 300 people attended.`,
  `Bank reports\n\nTarvel Bank reported a profit of 4.5 billion euros for 2024. "We are pleased," chief executive Marco Vell said in March.`,
];

const made = (i: number, content: string): InputItem => ({ ok: true, source: `made-up-${i}`, from: 'file', kind: 'text', content, encoding: 'utf-8', meta: {}, warnings: [] });

async function corpus(): Promise<InputItem[]> {
  const items = MADE_UP.map((t, i) => made(i, t));
  // A text of nothing but unknown capitalised names in the middle: fills any cache of words seen.
  items.push(made(99, PATHOLOGICAL.names!(60_000, 7)));
  for await (const r of readInputs([SEED, join(ROOT, 'fixtures/demo')])) if (r.ok) items.push(r);
  return items;
}

test('a corpus analysed in two orders in one process: every document byte for byte the same', async () => {
  const items = await corpus();
  assert.ok(items.length >= 15, `corpus of ${items.length} documents`);
  const pipeline = defaultPipeline();
  const run = (order: InputItem[]) => new Map(order.map((it) => [it.source, JSON.stringify(analyze(it, {}, pipeline))]));
  const forward = run(items);
  // Reversed, and with each made-up text analysed right after the one it shares names with.
  const backward = run([...items].reverse());
  const fresh = run([items[2]!, items[0]!]);
  for (const [source, doc] of forward) assert.equal(backward.get(source), doc, `${source} differs with another order`);
  for (const [source, doc] of fresh) assert.equal(forward.get(source), doc, `${source} differs after other documents`);
});
