// /stories — the stories of the store, most recent first, paged by cursor (GET /api/stories).
import { useEffect, useState } from 'preact/hooks';
import { apiJson, apiUrl } from '../api';
import { Status } from '../components/Status';
import { useApi } from '../use-api';
import { day, plural } from '../format';
import type { Page, StorySummary } from '../types';

export function StoriesPage() {
  const result = useApi<Page<StorySummary>>(apiUrl('stories', { limit: 30 }));
  const [more, setMore] = useState<{ items: StorySummary[]; cursor: string | null; loaded: boolean; error?: string }>({ items: [], cursor: null, loaded: false });
  useEffect(() => { document.title = 'Stories — Dossier'; }, []);
  return (
    <section class="stories-page">
      <h1>Stories</h1>
      <Status result={result}>
        {(page) => {
          const cursor = more.loaded ? more.cursor : page.nextCursor;
          return (
            <>
              {page.items.length === 0 && <p class="muted">No stories yet.</p>}
              <ol class="story-list">
                {[...page.items, ...more.items].map((s) => (
                  <li key={s.id}>
                    <a href={`/story/${encodeURIComponent(s.id)}`}>{s.title || '(untitled)'}</a>
                    <span class="meta">
                      <span>{plural(s.articles, 'article')}</span>
                      <span>{plural(s.outlets, 'outlet')}</span>
                      {s.copies > 0 && <span>{plural(s.copies, 'copy', 'copies')}</span>}
                      <span>{day(s.firstSeen)}{s.lastSeen && day(s.lastSeen) !== day(s.firstSeen) ? ` – ${day(s.lastSeen)}` : ''}</span>
                    </span>
                  </li>
                ))}
              </ol>
              {cursor && (
                <button
                  type="button"
                  class="more"
                  onClick={async () => {
                    try {
                      const next = await apiJson<Page<StorySummary>>(apiUrl('stories', { limit: 30, cursor }));
                      setMore((m) => ({ items: [...m.items, ...next.items], cursor: next.nextCursor, loaded: true }));
                    } catch (e) {
                      setMore((m) => ({ ...m, error: (e as Error).message }));
                    }
                  }}
                >
                  More stories
                </button>
              )}
              {more.error && <p class="error" role="alert">{more.error}</p>}
            </>
          );
        }}
      </Status>
    </section>
  );
}
