// Raw bytes of one input → an InputItem (decoded, kind detected) or the InputFailure saying why not.
import { detectBinary } from './binary.js';
import { decodeBytes } from './encoding.js';
import { detectKind } from './kind.js';
import type { BytesContext, InputFailure, InputItem, InputResult, ReadResult, UndecodedItem } from './types.js';

export function failure(source: string, error: string): InputFailure {
  return { ok: false, source, error };
}

export function bytesToResult(source: string, bytes: Buffer, ctx: BytesContext = {}): InputResult {
  const empty = ctx.emptyMessage ?? 'empty file';
  if (bytes.length === 0) return failure(source, empty);
  const binary = detectBinary(bytes);
  if (binary) return failure(source, `binary file (${binary})`);
  const decoded = decodeBytes(bytes, ctx.declaredCharset);
  if (decoded.text.trim() === '') return failure(source, `${empty} (whitespace only)`);
  return {
    ok: true,
    source,
    from: ctx.from ?? 'file',
    kind: detectKind(decoded.text),
    content: decoded.text,
    encoding: decoded.encoding,
    meta: ctx.meta ?? {},
    warnings: [...(ctx.warnings ?? []), ...decoded.warnings],
  };
}

/** The bytes as they are, or decoded here: what a reader yields for bytes it read whole. */
export function bytesToReadResult(source: string, bytes: Buffer, ctx: BytesContext, decode: boolean): ReadResult {
  return decode ? bytesToResult(source, bytes, ctx) : { ok: true, undecoded: true, source, bytes, context: ctx };
}

/** The decoded item, decoding it here if it came undecoded; an input that cannot be decoded (binary, empty) throws its
 *  one-line error. */
export function decodedItem(item: InputItem | UndecodedItem): InputItem {
  if (!('undecoded' in item)) return item;
  const r = decodeItem(item);
  if (!r.ok) throw new Error(r.error);
  return r;
}

/** Decodes an input read undecoded (in a worker: its bytes arrive as a plain Uint8Array). */
export function decodeItem(u: UndecodedItem): InputResult {
  return bytesToResult(u.source, Buffer.from(u.bytes.buffer, u.bytes.byteOffset, u.bytes.byteLength), u.context);
}
