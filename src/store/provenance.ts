// Who may speak for an article. An article's identity (its id) comes from what the input claims: a canonical URL, a
// feed's record id, or the text. A claim alone must not let one input overwrite another's article (a crawl dump
// naming a stored article's og:url), so each version records a "voucher" key for its source, and a new version
// is accepted only from a source that vouched before or that is the article's own address. Storage-independent.
import type { Analysis } from '../doc/schema.js';
import { canonicalUrl, contentHash } from '../doc/id.js';
import type { Provenance } from './types.js';

/** The key of the source that vouches for a version: equal keys may update each other's articles. */
export function voucherKey(p: Provenance, a: Analysis): string {
  switch (p.kind) {
    case 'fetch':
      return `url:${canonicalUrl(p.finalUrl ?? p.source)}`;
    case 'record':
      // The same feed record: the feed's own id, else the URL the feed gave it (a feed names its articles).
      if (p.recordId) return `record:${a.outlet ?? ''}:${p.recordId}`;
      if (a.url) return `record-url:${a.outlet ?? ''}:${canonicalUrl(a.url)}`;
      return `record-source:${p.source}`;
    case 'stdin':
      return `stdin:${p.digest}`;
    default:
      return `file:${p.path ?? p.source}`;
  }
}

/** A fetch whose final address is the article's canonical URL speaks for that URL, whatever came before. */
export function isOwnAddress(p: Provenance, a: Analysis): boolean {
  return p.kind === 'fetch' && !!p.finalUrl && !!a.url && canonicalUrl(p.finalUrl) === canonicalUrl(a.url);
}

/** The id a claimed copy is stored under: distinct per claimed article and per vouching source. */
export function claimedCopyId(claimedId: string, voucher: string): string {
  return contentHash(['claimed-copy', claimedId, voucher]);
}

/** What a caller that gives no provenance is taken to be: the local file named by the analysis' source, whose
 *  content is the analysis itself. */
export function defaultProvenance(a: Analysis): Provenance {
  return { kind: 'file', source: a.source, path: null, digest: contentHash([JSON.stringify(a)]) };
}
