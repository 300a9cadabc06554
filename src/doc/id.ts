import { createHash } from 'node:crypto';

const sha = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);

/** Canonical form of a URL for identity: no fragment, no tracking parameters, lower-case host, no trailing slash. */
export function canonicalUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    for (const key of [...u.searchParams.keys()])
      if (/^(utm_|fbclid$|gclid$|mc_|ref$|cmpid$)/i.test(key)) u.searchParams.delete(key);
    u.hostname = u.hostname.toLowerCase();
    let s = u.toString();
    if (s.endsWith('/') && u.pathname !== '/') s = s.slice(0, -1);
    return s;
  } catch {
    return url.trim();
  }
}

/**
 * Stable article id: hash of the canonical URL when there is one, else of the feed's own record id (with its
 * outlet), else of the whitespace-normalised text. URL and record id survive an edit of the article, so a changed
 * text becomes a new version of the same article; a bare text has nothing else to be known by. An input with none of
 * the three (its body came out empty) is known by `fallback`: where it came from and what was read from it, so two
 * such inputs never share an id.
 */
export function articleId(
  url: string | null,
  text: string,
  recordId: string | null = null,
  outlet: string | null = null,
  fallback: readonly (string | null | undefined)[] = [],
): string {
  if (url) return sha('url:' + canonicalUrl(url));
  if (recordId) return sha(`record:${outlet ?? ''}:${recordId}`);
  const body = text.replace(/\s+/g, ' ').trim();
  if (!body) return sha('empty:' + contentHash(fallback));
  return sha('text:' + body);
}

/** Hash of the content, to tell a changed version of the same article from a re-ingest. */
export function contentHash(parts: readonly (string | null | undefined)[]): string {
  return sha(parts.map((p) => p ?? '').join('\u0000'));
}
