// The "More …" button under a paged list (see use-more.ts), and the error of its last fetch.
import type { More } from '../use-more';

export function MoreButton<T>({ more, first, label }: { more: More<T>; first: string | null; label: string }) {
  return (
    <>
      {more.cursorAfter(first) && (
        <button type="button" class="more" disabled={more.loading} onClick={() => void more.load(first)}>
          {more.loading ? 'Loading…' : label}
        </button>
      )}
      {more.error && <p class="error" role="alert">{more.error}</p>}
    </>
  );
}
