// Light and dark themes: the system's choice (prefers-color-scheme) unless the reader picked one with the toggle
// (kept in localStorage). The choice is the <html data-theme> attribute the CSS reads.
export type Theme = 'light' | 'dark';
const KEY = 'dossier-theme';
const listeners = new Set<() => void>();

export function storedTheme(): Theme | null {
  try { const t = localStorage.getItem(KEY); return t === 'light' || t === 'dark' ? t : null; } catch { return null; }
}
export function effectiveTheme(): Theme {
  return storedTheme() ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
}
export function applyTheme(): void {
  document.documentElement.dataset.theme = effectiveTheme();
  for (const f of listeners) f();
}
export function setTheme(t: Theme): void {
  try { localStorage.setItem(KEY, t); } catch { /* storage off */ }
  applyTheme();
}
export function onThemeChange(f: () => void): () => void {
  listeners.add(f);
  return () => listeners.delete(f);
}
export function watchSystemTheme(): void {
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => { if (!storedTheme()) applyTheme(); });
}
/** A CSS custom property's value (charts draw with the theme's colours). */
export const cssVar = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();
