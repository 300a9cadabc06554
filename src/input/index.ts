// Entry point of the input layer: paths, directories, "-" (stdin), JSON Lines and http(s) URLs become a lazy,
// ordered stream of InputResult. Nothing throws out of it: every problem is one InputFailure line.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describeError } from './errors.js';
import { fetchUrl } from './fetch-url.js';
import { readFilePath, readWholeStream, walkDirectory, type ReadLimits } from './files.js';
import { DEFAULT_MAX_RECORDS, DEFAULT_MAX_REDIRECTS, DEFAULT_TIMEOUT_MS, STREAM_CAP_FACTOR } from './settings.js';
import { bytesToReadResult, decodeItem, failure } from './to-result.js';
import { DEFAULT_MAX_BYTES, type InputOptions, type InputResult, type ReadResult } from './types.js';

export type { InputFailure, InputItem, InputMeta, InputOptions, InputOrigin, InputResult, ReadResult, UndecodedItem } from './types.js';
export { decodedItem, decodeItem } from './to-result.js';
export { DEFAULT_MAX_BYTES } from './types.js';
export { detectKind } from './kind.js';
export { decodeBytes } from './encoding.js';
export { classifyAddress, isPrivateAddress } from './private-address.js';

interface Resolved extends ReadLimits {
  allowPrivate: boolean;
  timeoutMs: number;
  maxRedirects: number;
  stdin: NodeJS.ReadableStream;
  followSymlinks: boolean;
}

function resolveOptions(opts: InputOptions, decode: boolean): Resolved {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  return {
    decode,
    maxBytes,
    maxStreamBytes: opts.maxStreamBytes ?? maxBytes * STREAM_CAP_FACTOR,
    maxRecords: opts.maxRecords ?? DEFAULT_MAX_RECORDS,
    allowPrivate: opts.allowPrivate ?? false,
    timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxRedirects: opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
    stdin: opts.stdin ?? process.stdin,
    followSymlinks: opts.followSymlinks ?? false,
  };
}

const HTTP_URL = /^https?:\/\//i;
/** "scheme://" other than http(s) and file: refused rather than taken for a relative path. */
const OTHER_URL = /^[a-z][a-z0-9+.-]*:\/\//i;

async function* readUrl(input: string, o: Resolved): AsyncGenerator<ReadResult> {
  const page = await fetchUrl(input, o);
  yield bytesToReadResult(input, page.bytes, { declaredCharset: page.charset, meta: { url: page.finalUrl }, emptyMessage: 'empty response', from: 'url' }, o.decode);
}

async function* readPath(input: string, o: Resolved): AsyncGenerator<ReadResult> {
  const file = /^file:/i.test(input) ? fileURLToPath(input) : input;
  const stat = await fs.promises.stat(file);
  if (stat.isDirectory()) {
    for await (const entry of walkDirectory(file, { followSymlinks: o.followSymlinks })) {
      if ('ok' in entry) yield entry;
      else yield* readFilePath(entry.path, entry.stat, o);
    }
  } else if (stat.isFile()) {
    yield* readFilePath(file, stat, o);
  } else if (stat.isFIFO() || stat.isCharacterDevice()) {
    yield* readWholeStream(input, fs.createReadStream(file), o);
  } else {
    yield failure(input, 'not a regular file');
  }
}

function readOne(input: string, o: Resolved): AsyncGenerator<ReadResult> | InputResult {
  if (input === '-') return readWholeStream('-', o.stdin as AsyncIterable<unknown>, o);
  if (HTTP_URL.test(input)) return readUrl(input, o);
  if (input.trim() === '') return failure(input, 'empty path');
  if (OTHER_URL.test(input) && !/^file:/i.test(input)) return failure(input, `unsupported URL scheme ${input.split(':')[0]}:`);
  return readPath(input, o);
}

async function* readAll(inputs: readonly string[], o: Resolved): AsyncGenerator<ReadResult> {
  for (const input of inputs) {
    try {
      const r = readOne(input, o);
      if ('ok' in r) yield r;
      else yield* r;
    } catch (err) {
      yield failure(input, describeError(err));
    }
  }
}

/**
 * Read every input in order, lazily (a directory or a JSON Lines corpus is walked as it is consumed).
 * Inputs: file paths, directories (recursive), "-" for stdin, http(s) URLs, file: URLs.
 */
export async function* readInputs(inputs: readonly string[], opts: InputOptions = {}): AsyncGenerator<InputResult> {
  for await (const r of readAll(inputs, resolveOptions(opts, true))) yield 'undecoded' in r ? decodeItem(r) : r;
}

/** readInputs, leaving what is read whole undecoded (UndecodedItem) for decodeItem where it is analysed. */
export function readInputsUndecoded(inputs: readonly string[], opts: InputOptions = {}): AsyncGenerator<ReadResult> {
  return readAll(inputs, resolveOptions(opts, false));
}
