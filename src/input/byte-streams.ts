// Byte plumbing shared by files, stdin and HTTP: chunk streams with a size cap, streamed decompression.
import fs from 'node:fs';
import { Readable, pipeline } from 'node:stream';
import zlib from 'node:zlib';
import { InputError, oneLine, tooLarge } from './errors.js';
import { EXPANSION_CHECK_MIN_BYTES, GZIP_CHUNK_SLACK, MAX_EXPANSION_RATIO } from './settings.js';

export type Compression = 'gzip' | 'deflate' | 'br';

const GZIP_MAGIC = [0x1f, 0x8b];

export function isGzipMagic(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
}

/** The first `n` bytes of a file (fewer when it is shorter). */
export async function readFileHead(path: string, n: number): Promise<Buffer> {
  const fh = await fs.promises.open(path, 'r');
  try {
    const buf = Buffer.alloc(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

export function fileChunks(path: string): AsyncIterable<Buffer> {
  return fs.createReadStream(path);
}

function toBuffer(chunk: unknown): Buffer {
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
}

/** Chunks passed through until their total exceeds `maxBytes`, which throws "larger than … cap". */
export async function* cappedChunks(source: AsyncIterable<unknown>, maxBytes: number): AsyncGenerator<Buffer> {
  let total = 0;
  for await (const chunk of source) {
    const buf = toBuffer(chunk);
    total += buf.length;
    if (total > maxBytes) throw tooLarge(maxBytes);
    yield buf;
  }
}

/** All bytes of a stream, refusing (and stopping the read) past `maxBytes`. */
export async function collectCapped(source: AsyncIterable<unknown>, maxBytes: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const buf of cappedChunks(source, maxBytes)) parts.push(buf);
  return Buffer.concat(parts);
}

const DECOMPRESSED_NAME: Record<Compression, string> = { gzip: 'gzip', deflate: 'deflate data', br: 'brotli data' };

function decompressor(kind: Compression): zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress {
  if (kind === 'gzip') return zlib.createGunzip();
  if (kind === 'deflate') return zlib.createInflate();
  return zlib.createBrotliDecompress();
}

/** zlib's own failures (bad header, truncated stream) as opposed to errors of the source it reads. */
function isCodecError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('Z_') || code.startsWith('ERR__'));
}

/** zlib's output buffer for a whole gzip buffer: the size its trailer states (ISIZE, the length mod 2^32), so a page
 *  comes out in one piece instead of 16 KiB pieces handed back one callback each (a third of the gunzip's CPU).
 *  Only a size hint: a trailer that lies costs more pieces or a bigger buffer, within `limit`, never other bytes. */
function outputChunkSize(raw: Buffer, limit: number): number {
  const stated = raw.length >= GZIP_MIN_BYTES ? raw.readUInt32LE(raw.length - 4) : 0;
  return Math.max(zlib.constants.Z_DEFAULT_CHUNK, Math.min(stated + GZIP_CHUNK_SLACK, limit));
}
/** A gzip member's header and trailer alone take 18 bytes. */
const GZIP_MIN_BYTES = 18;

/**
 * A whole gzip buffer gunzipped in one call, with the same limits as decompressChunks + collectCapped: past
 * `maxBytes` it is "larger than … cap", past MAX_EXPANSION_RATIO× its input (beyond the first MiB) a bomb. One call
 * instead of a stream: a tenth of the cost for the small pages most inputs are.
 */
export async function gunzipWhole(raw: Buffer, maxBytes: number): Promise<Buffer> {
  const bombAt = Math.max(EXPANSION_CHECK_MIN_BYTES, MAX_EXPANSION_RATIO * raw.length);
  const limit = Math.min(maxBytes, bombAt);
  try {
    const opts = { maxOutputLength: Math.max(1, limit), chunkSize: outputChunkSize(raw, limit) };
    return await new Promise<Buffer>((resolve, reject) => zlib.gunzip(raw, opts, (err, out) => (err ? reject(err) : resolve(out))));
  } catch (err) {
    if ((err as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE')
      throw limit < maxBytes ? new InputError(`${DECOMPRESSED_NAME.gzip} expands more than ${MAX_EXPANSION_RATIO}× (refused as a decompression bomb)`) : tooLarge(maxBytes);
    if (isCodecError(err)) throw new InputError(`corrupt ${DECOMPRESSED_NAME.gzip} (${oneLine(String((err as Error).message))})`);
    throw err;
  }
}

/**
 * Decompressed chunks of a compressed byte source, produced lazily: combined with cappedChunks the
 * decompressed size is bounded however small the input is (zip bombs).
 */
export async function* decompressChunks(source: AsyncIterable<unknown> | Iterable<unknown>, kind: Compression = 'gzip'): AsyncGenerator<Buffer> {
  let consumed = 0;
  async function* counted(): AsyncGenerator<Buffer> {
    for await (const chunk of source) {
      const buf = toBuffer(chunk);
      consumed += buf.length;
      yield buf;
    }
  }
  const input = Readable.from(counted(), { objectMode: false });
  const codec = decompressor(kind);
  pipeline(input, codec, () => {}); // errors of either side surface through codec's iterator
  let produced = 0;
  try {
    for await (const chunk of codec) {
      produced += (chunk as Buffer).length;
      // Read-ahead only makes `consumed` larger, so the ratio is never overstated.
      if (produced >= EXPANSION_CHECK_MIN_BYTES && produced > MAX_EXPANSION_RATIO * consumed)
        throw new InputError(`${DECOMPRESSED_NAME[kind]} expands more than ${MAX_EXPANSION_RATIO}× (refused as a decompression bomb)`);
      yield chunk as Buffer;
    }
  } catch (err) {
    if (isCodecError(err)) throw new InputError(`corrupt ${DECOMPRESSED_NAME[kind]} (${oneLine(String((err as Error).message))})`);
    throw err;
  } finally {
    input.destroy();
    codec.destroy();
  }
}
