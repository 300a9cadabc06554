// Raw bytes of one input → an InputItem (decoded, kind detected) or the InputFailure saying why not.
import { detectBinary } from './binary.js';
import { decodeBytes } from './encoding.js';
import { detectKind } from './kind.js';
import type { InputFailure, InputMeta, InputOrigin, InputResult } from './types.js';

export function failure(source: string, error: string): InputFailure {
  return { ok: false, source, error };
}

export interface BytesContext {
  /** Charset declared outside the bytes (HTTP Content-Type). */
  declaredCharset?: string | null;
  meta?: InputMeta;
  warnings?: string[];
  /** What to call zero bytes ("empty file", "empty response"). */
  emptyMessage?: string;
  /** Kind of source (default a file). */
  from?: InputOrigin;
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
