// Calls to the JSON API. The token (asked for when the API answers 401) lives in sessionStorage only: it goes with
// every request as a Bearer header and is forgotten when the tab closes.
import type { ApiErrorBody } from './types';

const TOKEN_KEY = 'dossier-token';

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) { super(message); }
}

export function getToken(): string | null {
  try { return sessionStorage.getItem(TOKEN_KEY); } catch { return null; }
}
export function setToken(token: string | null): void {
  try { token ? sessionStorage.setItem(TOKEN_KEY, token) : sessionStorage.removeItem(TOKEN_KEY); } catch { /* storage off */ }
  for (const f of authListeners) f();
}

const authListeners = new Set<() => void>();
/** Called when the API asks for a token (401) and when a token is set. */
export function onAuthChange(f: () => void): () => void {
  authListeners.add(f);
  return () => authListeners.delete(f);
}
let needsToken = false;
/** The token of the last request answered 401 (null: none sent). */
let refused: string | null = null;
export const authRequired = () => needsToken;
export const refusedToken = () => refused;

/** `/api/path?…` with the non-empty params. */
export function apiUrl(path: string, params: Record<string, string | number | boolean | null | undefined> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '' && v !== false) q.set(k, String(v));
  const s = q.toString();
  return `/api/${path}${s ? `?${s}` : ''}`;
}

export async function apiFetch(url: string, signal?: AbortSignal): Promise<Response> {
  const token = getToken();
  const res = await fetch(url, { signal, headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (res.status === 401) {
    needsToken = true;
    refused = token;
    for (const f of authListeners) f();
  } else if (res.ok && needsToken) {
    needsToken = false;
    for (const f of authListeners) f();
  }
  if (!res.ok) {
    let body: ApiErrorBody | null = null;
    try { body = (await res.json()) as ApiErrorBody; } catch { /* not JSON */ }
    const issues = body?.error?.issues?.map((i) => `${i.path}: ${i.message}`).join('; ');
    throw new ApiError(res.status, body?.error?.code ?? 'http', [body?.error?.message ?? `HTTP ${res.status}`, issues].filter(Boolean).join(' — '));
  }
  return res;
}

export async function apiJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  return (await (await apiFetch(url, signal)).json()) as T;
}
