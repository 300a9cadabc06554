// /stories — the stories of the store, most recent first, paged by cursor (GET /api/stories).
import { useEffect } from 'preact/hooks';
import { apiJson, apiUrl } from '../api';
import { MoreButton } from '../components/MoreButton';
import { Status } from '../components/Status';
import { useApi } from '../use-api';
import { useMore } from '../use-more';
import { day, plural } from '../format';
import type { Page, StorySummary } from '../types';

export function StoriesPage() {
  const url = apiUrl('stories', { limit: 30 });
  const result = useApi<Page<StorySummary>>(url);
  const more = useMore((cursor) => apiJson<Page<StorySummary>>(apiUrl('stories', { limit: 30, cursor })), url);
  useEffect(() => { document.title = 'Stories — Dossier'; }, []);
  return (
    <section class="stories-page">
      <h1>Stories</h1>
      <Status result={result}>
        {(page) => {
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
              <MoreButton more={more} first={page.nextCursor} label="More stories" />
            </>
          );
        }}
      </Status>
    </section>
  );
}
