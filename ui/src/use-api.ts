// Fetches one API URL for a component; refetches when the URL (or the token) changes, aborts the stale request.
import { useEffect, useState } from 'preact/hooks';
import { apiJson, onAuthChange } from './api';

export type Loaded<T> = { state: 'loading' } | { state: 'error'; error: Error } | { state: 'ok'; data: T };

export function useApi<T>(url: string | null): Loaded<T> {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => onAuthChange(() => setAttempt((n) => n + 1)), []);
  useEffect(() => {
    if (!url) return;
    const ctl = new AbortController();
    setResult({ state: 'loading' });
    apiJson<T>(url, ctl.signal).then(
      (data) => setResult({ state: 'ok', data }),
      (error: Error) => { if (!ctl.signal.aborted) setResult({ state: 'error', error }); },
    );
    return () => ctl.abort();
  }, [url, attempt]);
  return result;
}
