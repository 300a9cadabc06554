// The content hash that tells a changed version of an article from a re-ingest of the same content.
import type { Analysis } from '../../doc/schema.js';
import { contentHash } from '../../doc/id.js';

/** Fields that vary between ingests of identical content (the same article read from another path). */
const VOLATILE_FIELDS = new Set<string>(['source']);

/** Hash over the whole analysis minus volatile fields, independent of key order. */
export function analysisHash(analysis: Analysis): string {
  const rest: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(analysis)) if (!VOLATILE_FIELDS.has(k)) rest[k] = v;
  return contentHash([canonicalJson(rest)]);
}

/** JSON with object keys sorted and undefined members dropped, so equal content serialises identically. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}
