// Helpers shared by the input layer's tests: temporary folders removed after the file's tests, and draining
// readInputs into an array.
import { after } from 'node:test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readInputs } from './index.js';
import type { InputOptions, InputResult } from './types.js';

/** A maker of temporary folders (named with `prefix`) that are all removed when the test file ends. */
export function tempDirs(prefix: string): () => string {
  const made: string[] = [];
  after(() => {
    for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}

export async function collect(inputs: string[], opts?: InputOptions): Promise<InputResult[]> {
  const out: InputResult[] = [];
  for await (const r of readInputs(inputs, opts)) out.push(r);
  return out;
}
