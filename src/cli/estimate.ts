// A cheap count of the items a batch will yield, for the progress bar's total and ETA (TTY only).
import { createReadStream, lstatSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createGunzip } from 'node:zlib';

const JSONL = /\.(jsonl|ndjson)(\.gz)?$/i;

async function countLines(path: string): Promise<number> {
  let n = 0;
  let last = 10;
  const raw = createReadStream(path);
  const stream = path.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) n++;
    if (chunk.length) last = chunk[chunk.length - 1];
  }
  return last === 10 ? n : n + 1;
}

/** Symbolic links inside a directory are not followed here (an estimate need not chase loops or leave the tree). */
async function countPath(path: string, top = true): Promise<number> {
  const st = top ? statSync(path) : lstatSync(path);
  if (st.isDirectory()) {
    let n = 0;
    for (const name of readdirSync(path)) if (!name.startsWith('.')) n += await countPath(join(path, name), false);
    return n;
  }
  if (!st.isFile()) return 0;
  return JSONL.test(path) ? countLines(path) : 1;
}

/** Items the inputs will yield (JSON Lines records counted by lines); null when it cannot be told cheaply. */
export async function estimateTotal(inputs: readonly string[]): Promise<number | null> {
  let total = 0;
  try {
    for (const input of inputs) total += /^https?:\/\//i.test(input) || input === '-' ? 1 : await countPath(input);
  } catch {
    return null;
  }
  return total;
}
