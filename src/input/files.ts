// Files and directories: a directory is walked recursively in sorted order (dot entries skipped, regular
// files only, each directory entered once so symlink loops end; a symbolic link that leads out of the given
// tree is not followed unless asked); a file is read whole (capped, gunzipped when it is gzip) or, for JSON
// Lines, streamed record by record.
import fs from 'node:fs';
import path from 'node:path';
import { cappedChunks, collectCapped, decompressChunks, fileChunks, gunzipWhole, isGzipMagic, readFileHead } from './byte-streams.js';
import { describeError, tooLarge } from './errors.js';
import { jsonlResults, LineSplitter, looksLikeJsonl } from './jsonl.js';
import { bytesToReadResult, failure } from './to-result.js';
import type { InputFailure, InputResult, ReadResult } from './types.js';

export interface ReadLimits {
  /** Decode what is read whole (false: yield it as an UndecodedItem for the caller to decode). */
  decode: boolean;
  maxBytes: number;
  maxStreamBytes: number;
  /** Records one JSON Lines file or stream may hold. */
  maxRecords: number;
}

export interface WalkedFile {
  path: string;
  stat: fs.Stats;
}

const byName = (a: fs.Dirent, b: fs.Dirent): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

export interface WalkOptions {
  /** Follow symbolic links wherever they lead; by default a link is followed only when its target lies inside
   *  the directory given (a link to /etc in a crawl dump must not read /etc). */
  followSymlinks?: boolean;
}

interface WalkState {
  /** Real path of the directory given, the tree links must stay in. */
  root: string;
  visited: Set<string>;
  followSymlinks: boolean;
}

const inside = (root: string, p: string): boolean => p === root || p.startsWith(root.endsWith(path.sep) ? root : root + path.sep);

/** Regular files under `dir`, depth first, sorted by name; unreadable entries and refused links come as failures. */
export async function* walkDirectory(dir: string, opts: WalkOptions = {}): AsyncGenerator<WalkedFile | InputFailure> {
  let root: string;
  try {
    root = await fs.promises.realpath(dir);
  } catch (err) {
    yield failure(dir, describeError(err));
    return;
  }
  yield* walkTree(dir, { root, visited: new Set(), followSymlinks: opts.followSymlinks ?? false });
}

async function* walkTree(dir: string, state: WalkState): AsyncGenerator<WalkedFile | InputFailure> {
  const { visited } = state;
  try {
    const self = await fs.promises.stat(dir);
    visited.add(`${self.dev}:${self.ino}`);
  } catch (err) {
    yield failure(dir, describeError(err));
    return;
  }
  let entries: fs.Dirent[];
  try {
    entries = await fs.promises.readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield failure(dir, describeError(err));
    return;
  }
  for (const entry of entries.filter((e) => !e.name.startsWith('.')).sort(byName)) {
    const p = path.join(dir, entry.name);
    let stat: fs.Stats;
    try {
      stat = await fs.promises.stat(p); // follows symlinks
    } catch (err) {
      const code = (err as { code?: string }).code;
      yield failure(p, entry.isSymbolicLink() && code === 'ENOENT' ? 'broken symbolic link' : describeError(err));
      continue;
    }
    if (entry.isSymbolicLink() && !state.followSymlinks) {
      let target: string;
      try {
        target = await fs.promises.realpath(p);
      } catch (err) {
        yield failure(p, describeError(err));
        continue;
      }
      if (!inside(state.root, target)) {
        if (stat.isDirectory() || stat.isFile()) yield failure(p, 'symbolic link leads out of the directory given (not followed; --follow-symlinks reads it)');
        continue;
      }
    }
    if (stat.isDirectory()) {
      // A directory reached twice (symlink loop or second link) is walked once.
      if (!visited.has(`${stat.dev}:${stat.ino}`)) yield* walkTree(p, state);
    } else if (stat.isFile()) {
      yield { path: p, stat };
    }
    // Sockets, FIFOs and devices inside a directory are skipped: reading them could block or never end.
  }
}

/** The file's bytes as a chunk stream, decompressed when it starts with the gzip magic. */
async function openChunks(file: string): Promise<{ chunks: AsyncIterable<Buffer>; gzip: boolean }> {
  const gzip = isGzipMagic(await readFileHead(file, 2));
  const raw = fileChunks(file);
  return { chunks: gzip ? decompressChunks(raw) : raw, gzip };
}

/** `.json`/`.ndjson` files are JSON Lines when their first non-blank line is a JSON object on its own. */
async function sniffJsonlFile(file: string, maxLineBytes: number): Promise<boolean> {
  const { chunks } = await openChunks(file);
  const splitter = new LineSplitter(maxLineBytes);
  const firstLine = (lines: { bytes: Buffer | null }[]): string | null | undefined => {
    for (const l of lines) {
      if (l.bytes === null) return null; // over the cap: not something to treat as records
      const s = l.bytes.toString('utf8');
      if (s.trim() !== '') return s;
    }
    return undefined;
  };
  for await (const chunk of chunks) {
    const line = firstLine(splitter.push(chunk));
    if (line !== undefined) return line !== null && looksLikeJsonl(line); // leaving the loop closes the stream
  }
  const line = firstLine(splitter.end());
  return typeof line === 'string' && looksLikeJsonl(line);
}

function jsonlKind(file: string): 'jsonl' | 'maybe' | null {
  const base = file.toLowerCase().replace(/\.gz$/, '');
  if (base.endsWith('.jsonl')) return 'jsonl';
  if (base.endsWith('.json') || base.endsWith('.ndjson')) return 'maybe';
  return null;
}

async function readWholeFile(file: string, stat: fs.Stats, limits: ReadLimits): Promise<ReadResult> {
  if (stat.size === 0) return failure(file, 'empty file');
  // Under the cap (nearly every file), one read and one gunzip; a bigger file streams, so a huge file is refused
  // having read only what shows it is too big.
  if (stat.size <= limits.maxBytes) {
    const raw = await fs.promises.readFile(file);
    const gzip = isGzipMagic(raw);
    if (!gzip && raw.length > limits.maxBytes) throw tooLarge(limits.maxBytes); // grew since its stat
    const warnings = !gzip && /\.gz$/i.test(file) ? ['named .gz but not gzip data; read as is'] : [];
    const bytes = gzip ? await gunzipWhole(raw, limits.maxBytes) : raw;
    return bytesToReadResult(file, bytes, { warnings, emptyMessage: gzip ? 'empty file (after gunzip)' : 'empty file' }, limits.decode);
  }
  const { chunks, gzip } = await openChunks(file);
  if (!gzip && stat.size > limits.maxBytes) throw tooLarge(limits.maxBytes);
  const warnings = !gzip && /\.gz$/i.test(file) ? ['named .gz but not gzip data; read as is'] : [];
  const bytes = await collectCapped(chunks, limits.maxBytes);
  return bytesToReadResult(file, bytes, { warnings, emptyMessage: gzip ? 'empty file (after gunzip)' : 'empty file' }, limits.decode);
}

/** One regular file → its result(s): a JSON Lines file gives one per record. */
export async function* readFilePath(file: string, stat: fs.Stats, limits: ReadLimits): AsyncGenerator<ReadResult> {
  try {
    const kind = jsonlKind(file);
    if (kind === 'jsonl' || (kind === 'maybe' && stat.size > 0 && (await sniffJsonlFile(file, limits.maxBytes)))) {
      const { chunks } = await openChunks(file);
      yield* jsonlResults(file, cappedChunks(chunks, limits.maxStreamBytes), limits.maxBytes, limits.maxRecords);
      return;
    }
    yield await readWholeFile(file, stat, limits);
  } catch (err) {
    yield failure(file, describeError(err));
  }
}

/**
 * A stream read whole under the cap (stdin, a FIFO such as `<(curl …)`): gunzipped when gzip, split into
 * records when its first line is a JSON object (`cat corpus.jsonl | dossier -`), else one input.
 */
export async function* readWholeStream(source: string, stream: AsyncIterable<unknown>, limits: ReadLimits): AsyncGenerator<ReadResult> {
  try {
    const raw = await collectCapped(stream, limits.maxBytes);
    const bytes = isGzipMagic(raw) ? await collectCapped(decompressChunks([raw]), limits.maxBytes) : raw;
    const firstNewline = bytes.indexOf(0x0a);
    const firstLine = bytes.subarray(0, firstNewline === -1 ? bytes.length : firstNewline).toString('utf8');
    if (looksLikeJsonl(firstLine)) {
      yield* jsonlResults(source, [bytes], limits.maxBytes, limits.maxRecords);
      return;
    }
    yield bytesToReadResult(source, bytes, { emptyMessage: 'empty input', from: source === '-' ? 'stdin' : 'file' }, limits.decode);
  } catch (err) {
    yield failure(source, describeError(err));
  }
}
