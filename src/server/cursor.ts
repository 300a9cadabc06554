// Opaque page cursors: base64url of "o<offset>". A listing reads one item more than its page to know whether there
// is a next one; a cursor that does not decode, or points past MAX_OFFSET, is a 400.
import { ApiError } from './errors.js';
import { MAX_OFFSET } from './settings.js';

export const encodeCursor = (offset: number): string => Buffer.from(`o${offset}`, 'utf8').toString('base64url');

export function decodeCursor(cursor: string | undefined): number {
  if (cursor === undefined || cursor === '') return 0;
  const bad = () => new ApiError('bad_request', 'invalid cursor', [{ path: 'cursor', message: 'not a cursor this server gave' }]);
  if (!/^[A-Za-z0-9_-]{1,16}$/.test(cursor)) throw bad();
  const m = /^o(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw bad();
  const offset = Number(m[1]);
  if (offset > MAX_OFFSET) throw new ApiError('bad_request', `a listing pages at most ${MAX_OFFSET} items deep; narrow the query`, [{ path: 'cursor', message: 'too deep' }]);
  return offset;
}

/** A page of `limit` items from rows read with limit + 1, and the cursor of the next page (null at the end). */
export function page<T>(rows: T[], offset: number, limit: number): { items: T[]; nextCursor: string | null } {
  const more = rows.length > limit && offset + limit <= MAX_OFFSET;
  return { items: rows.slice(0, limit), nextCursor: more ? encodeCursor(offset + limit) : null };
}
