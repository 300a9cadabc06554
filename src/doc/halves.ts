// Fixed two-way split of development sets by a group key (a page's site, an article's outlet), so that rules are
// tuned on one half and checked on the other and no site or outlet is in both. The split depends only on the set
// of keys and their sizes, never on file order: groups are taken in the order of a hash of their key (FNV-1a) and
// each goes to the half that holds fewer items so far, which keeps small sets balanced.
import { fnv1a } from './hash.js';

export type Half = 'A' | 'B';

/** The half of each item, given each item's group key. */
export function splitHalves(keys: readonly string[]): Half[] {
  const norm = keys.map((k) => k.trim().toLowerCase());
  const sizes = new Map<string, number>();
  for (const k of norm) sizes.set(k, (sizes.get(k) ?? 0) + 1);
  const order = [...sizes.keys()].sort((a, b) => fnv1a(a) - fnv1a(b) || (a < b ? -1 : 1));
  const half = new Map<string, Half>();
  let a = 0;
  let b = 0;
  for (const k of order) {
    const n = sizes.get(k) ?? 0;
    if (a <= b) {
      half.set(k, 'A');
      a += n;
    } else {
      half.set(k, 'B');
      b += n;
    }
  }
  return norm.map((k) => half.get(k) ?? 'A');
}

/** The site of a page: its URL's host without "www."; for a file-name id ("hard::gofeminin.de.abnehmen.html") the
 *  first two dot-separated parts of the name before its first "-", which every page of one site shares. */
export function siteOf(urlOrId: string): string {
  if (/^https?:\/\//i.test(urlOrId)) {
    try {
      return new URL(urlOrId).hostname.replace(/^www\d?\./, '');
    } catch {
      /* not a URL after all: read it as a name */
    }
  }
  const name = urlOrId.replace(/^[a-z]+::/, '').replace(/\.html?$/i, '').replace(/^www\d?\./, '');
  return name.split('-')[0].split('.').slice(0, 2).join('.');
}
