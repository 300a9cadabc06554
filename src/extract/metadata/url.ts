// Canonical URL: link rel=canonical, og:url, JSON-LD url, resolved against <base href> and the page URL.

/** First candidate that resolves to an absolute http(s) URL; null when none does. */
export function chooseUrl(candidates: Array<string | null | undefined>, base: string | null, pageUrl: string | undefined): string | null {
  const bases = [resolve(base, pageUrl), pageUrl].filter((b): b is string => !!b);
  for (const c of candidates) {
    const v = c?.trim();
    if (!v) continue;
    const abs = resolve(v, bases[0]);
    if (abs) return abs;
  }
  return null;
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
