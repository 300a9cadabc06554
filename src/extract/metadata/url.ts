// Canonical URL: link rel=canonical, og:url, JSON-LD url, resolved against <base href> and the page URL.

/**
 * First candidate that resolves to an absolute http(s) URL; null when none does. A canonical pointing at the
 * site's home page while another candidate names a deeper page is a template mistake: the deeper one wins.
 */
export function chooseUrl(candidates: Array<string | null | undefined>, base: string | null, pageUrl: string | undefined): string | null {
  const bases = [resolve(base, pageUrl), pageUrl].filter((b): b is string => !!b);
  const resolved = candidates
    .map((c) => (c?.trim() ? resolve(c.trim(), bases[0]) : null))
    .filter((u): u is string => u !== null);
  return resolved.find((u) => !isHome(u)) ?? resolved[0] ?? null;
}

function isHome(u: string): boolean {
  const { pathname, search } = new URL(u);
  return (pathname === '/' || pathname === '') && !search;
}

function resolve(href: string | null | undefined, base: string | undefined): string | null {
  if (!href) return null;
  try {
    // Protocol-relative ("//host/path") without a base: assume https.
    const u = base ? new URL(href, base) : new URL(href.startsWith('//') ? `https:${href}` : href);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    u.hash = '';
    return u.href;
  } catch {
    return null;
  }
}
