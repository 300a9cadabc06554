// Cursor paging below a list whose first page a page component fetched (useApi): the pages after it, appended in
// order, with the state of the next fetch. Starts over when `resetKey` (the first page's URL) changes.
import { useEffect, useState } from 'preact/hooks';
import type { Page } from './types';

interface MoreState<T> {
  items: T[];
  /** The cursor after the last page fetched here; undefined until one is (the first page's cursor is used). */
  cursor?: string | null;
  loading: boolean;
  error?: string;
}

export interface More<T> {
  /** Items of the pages fetched after the first. */
  items: T[];
  loading: boolean;
  error?: string;
  /** The next cursor, given the first page's. */
  cursorAfter(first: string | null): string | null;
  /** Fetches the next page, given the first page's cursor. */
  load(first: string | null): Promise<void>;
}

export function useMore<T>(fetchPage: (cursor: string) => Promise<Page<T>>, resetKey: string): More<T> {
  const [s, set] = useState<MoreState<T>>({ items: [], loading: false });
  useEffect(() => set({ items: [], loading: false }), [resetKey]);
  const cursorAfter = (first: string | null) => (s.cursor === undefined ? first : s.cursor);
  return {
    items: s.items,
    loading: s.loading,
    error: s.error,
    cursorAfter,
    async load(first) {
      const cursor = cursorAfter(first);
      if (!cursor || s.loading) return;
      set((m) => ({ ...m, loading: true, error: undefined }));
      try {
        const next = await fetchPage(cursor);
        set((m) => ({ items: [...m.items, ...next.items], cursor: next.nextCursor, loading: false }));
      } catch (e) {
        set((m) => ({ ...m, loading: false, error: (e as Error).message }));
      }
    },
  };
}
