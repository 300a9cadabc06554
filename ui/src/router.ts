// History routing: real links everywhere (keyboard, middle click and "open in new tab" keep working); a plain click
// on a same-origin link is turned into history.pushState and a re-render.
import { useEffect, useState } from 'preact/hooks';

export interface Location { path: string; query: URLSearchParams; search: string }

const current = (): Location => ({ path: location.pathname, query: new URLSearchParams(location.search), search: location.search });
const listeners = new Set<() => void>();

export function navigate(href: string, opts: { replace?: boolean; keepScroll?: boolean } = {}): void {
  const url = new URL(href, location.href);
  if (url.origin !== location.origin) { location.assign(url.href); return; }
  if (opts.replace) history.replaceState(null, '', url.pathname + url.search + url.hash);
  else history.pushState(null, '', url.pathname + url.search + url.hash);
  if (!opts.keepScroll && !url.hash) window.scrollTo(0, 0);
  for (const f of listeners) f();
}

export function useLocation(): Location {
  const [loc, setLoc] = useState(current);
  useEffect(() => {
    const update = () => setLoc(current());
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => { listeners.delete(update); window.removeEventListener('popstate', update); };
  }, []);
  return loc;
}

/** Intercepts plain left clicks on same-origin links (not /api/ downloads, not target=_blank). */
export function installLinkInterception(): void {
  document.addEventListener('click', (e) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const a = (e.target as Element | null)?.closest?.('a');
    if (!a || a.target || a.hasAttribute('download') || a.dataset.external !== undefined) return;
    const href = a.getAttribute('href');
    if (!href || href.startsWith('#')) return;
    const url = new URL(href, location.href);
    if (url.origin !== location.origin || url.pathname.startsWith('/api/')) return;
    e.preventDefault();
    navigate(url.pathname + url.search + url.hash, { keepScroll: a.dataset.keepScroll !== undefined });
  });
}

/** A query string from params, dropping empty ones. */
export function withQuery(path: string, params: Record<string, string | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}
