import type { ComponentChildren } from 'preact';
import type { Loaded } from '../use-api';
import { ApiError } from '../api';

/** Loading / error / content for one API result. A 401 shows nothing here: the app shows the token form. */
export function Status<T>({ result, children }: { result: Loaded<T>; children: (data: T) => ComponentChildren }) {
  if (result.state === 'loading') return <p class="muted" role="status">Loading…</p>;
  if (result.state === 'error') {
    const e = result.error;
    if (e instanceof ApiError && e.status === 401) return null;
    return (
      <p class="error" role="alert">
        {e instanceof ApiError && e.status === 404 ? 'Not found: ' : 'Error: '}
        {e.message}
      </p>
    );
  }
  return <>{children(result.data)}</>;
}
