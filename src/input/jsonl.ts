// JSON Lines: one input per record ({id?, url?, outlet?, published?, title?, text? | html?}), streamed line by
// line so a corpus of any size never sits in memory; a bad line is one failure and the rest go on.
import { detectSignature } from './binary.js';
import { describeError, formatBytes, oneLine } from './errors.js';
import { detectKind } from './kind.js';
import { BINARY_SNIFF_BYTES, DEFAULT_MAX_RECORDS, JSONL_BINARY_MIN_NULS } from './settings.js';
import { failure } from './to-result.js';
import type { InputMeta, InputResult } from './types.js';

const NEWLINE = 0x0a;

/** A line of the stream: its bytes, or null when it ran over the per-line cap (its bytes were dropped). */
export interface Line {
  number: number;
  bytes: Buffer | null;
}

/** Splits byte chunks into lines without holding more than one (capped) line. */
export class LineSplitter {
  private parts: Buffer[] = [];
  private size = 0;
  private oversize = false;
  private lineNo = 0;

  constructor(private readonly maxLineBytes: number) {}

  push(chunk: Buffer): Line[] {
    const out: Line[] = [];
    let start = 0;
    for (let nl = chunk.indexOf(NEWLINE, start); nl !== -1; nl = chunk.indexOf(NEWLINE, start)) {
      this.append(chunk.subarray(start, nl));
      out.push(this.take());
      start = nl + 1;
    }
    if (start < chunk.length) this.append(chunk.subarray(start));
    return out;
  }

  /** The last line when the stream does not end with a newline. */
  end(): Line[] {
    return this.size > 0 || this.oversize ? [this.take()] : [];
  }

  private append(part: Buffer): void {
    if (this.oversize || part.length === 0) return;
    this.size += part.length;
    if (this.size > this.maxLineBytes) {
      this.oversize = true;
      this.parts = [];
      return;
    }
    this.parts.push(part);
  }

  private take(): Line {
    const line: Line = { number: ++this.lineNo, bytes: this.oversize ? null : Buffer.concat(this.parts) };
    this.parts = [];
    this.size = 0;
    this.oversize = false;
    return line;
  }
}

const META_FIELDS = ['url', 'outlet', 'published', 'title'] as const;

function pickMeta(rec: Record<string, unknown>): InputMeta {
  const meta: InputMeta = {};
  if (typeof rec.id === 'string' || typeof rec.id === 'number') meta.id = String(rec.id);
  for (const f of META_FIELDS) {
    const v = rec[f];
    if (typeof v === 'string' && v !== '') meta[f] = v;
  }
  return meta;
}

const nonBlank = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** One record's line → its InputResult; null for a blank line. */
export function recordToResult(file: string, lineNo: number, line: string): InputResult | null {
  const text = lineNo === 1 ? line.replace(/^\uFEFF/, '') : line;
  if (text.trim() === '') return null;
  const source = `${file}:${lineNo}`;
  if (text.includes('\0')) return failure(source, `line ${lineNo}: contains NUL bytes`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return failure(source, `line ${lineNo}: invalid JSON: ${oneLine((err as Error).message)}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return failure(source, `line ${lineNo}: not a JSON object`);
  const rec = value as Record<string, unknown>;
  const html = nonBlank(rec.html) ? rec.html : null;
  const body = nonBlank(rec.text) ? rec.text : null;
  if (html === null && body === null) return failure(source, `line ${lineNo}: no text or html`);
  const content = html ?? body!;
  return {
    ok: true,
    source,
    from: 'record',
    kind: html !== null ? 'html' : detectKind(content),
    content,
    encoding: null,
    meta: pickMeta(rec),
    warnings: [],
  };
}

/** Whether text starts like JSON Lines: its first non-blank line is a JSON object on its own. */
export function looksLikeJsonl(firstLine: string): boolean {
  const t = firstLine.replace(/^\uFEFF/, '').trim();
  if (!t.startsWith('{') || !t.endsWith('}')) return false;
  try {
    const v: unknown = JSON.parse(t);
    return typeof v === 'object' && v !== null && !Array.isArray(v);
  } catch {
    return false;
  }
}

/** Why the head of a JSON Lines stream is binary (a file signature, or NULs everywhere), or null. */
function binaryHead(head: Buffer): string | null {
  const sig = detectSignature(head);
  if (sig) return sig;
  const sample = head.subarray(0, BINARY_SNIFF_BYTES);
  let nuls = 0;
  for (const b of sample) if (b === 0) nuls++;
  return nuls >= JSONL_BINARY_MIN_NULS ? 'contains NUL bytes' : null;
}

/**
 * Results of a JSON Lines byte stream named `file`. Errors of the stream itself (corrupt gzip, read error,
 * total cap) end it with one failure naming the file; records already yielded stand. A stray NUL byte costs its
 * line only; past `maxRecords` records the rest of the file is refused with one failure.
 */
export async function* jsonlResults(
  file: string,
  chunks: AsyncIterable<Buffer> | Iterable<Buffer>,
  maxLineBytes: number,
  maxRecords: number = DEFAULT_MAX_RECORDS,
): AsyncGenerator<InputResult> {
  const splitter = new LineSplitter(maxLineBytes);
  let produced = 0;
  let first = true;
  const handle = (line: Line): InputResult | null => {
    if (line.bytes === null) return failure(`${file}:${line.number}`, `line ${line.number}: larger than ${formatBytes(maxLineBytes)} cap`);
    return recordToResult(file, line.number, line.bytes.toString('utf8').replace(/\r$/, ''));
  };
  try {
    for await (const chunk of chunks) {
      if (first && chunk.length > 0) {
        first = false;
        const binary = binaryHead(chunk);
        if (binary) {
          yield failure(file, `binary file (${binary})`);
          return;
        }
      }
      for (const line of splitter.push(chunk)) {
        const r = handle(line);
        if (!r) continue;
        if (++produced > maxRecords) break;
        yield r;
      }
      if (produced > maxRecords) break;
    }
    if (produced <= maxRecords)
      for (const line of splitter.end()) {
        const r = handle(line);
        if (!r) continue;
        if (++produced > maxRecords) break;
        yield r;
      }
    if (produced > maxRecords) {
      yield failure(file, `more than ${maxRecords} records; the rest of the file is skipped (raise --max-records to read it)`);
      return;
    }
  } catch (err) {
    yield failure(file, describeError(err));
    return;
  }
  if (produced === 0) yield failure(file, first ? 'empty file' : 'no records (only blank lines)');
}
