// / — full-text search with facets (outlets, event types, entities) and a date range; the filters live in the query
// string, so every view is a link. More results come by cursor, appended below.
import { useEffect, useState } from 'preact/hooks';
import { apiJson, apiUrl } from '../api';
import { MoreButton } from '../components/MoreButton';
import { Status } from '../components/Status';
import { Snippet } from '../components/Snippet';
import { useApi } from '../use-api';
import { useMore } from '../use-more';
import { day, plural } from '../format';
import { navigate, withQuery } from '../router';
import type { SearchHit, SearchPage, StorySummary, Page } from '../types';

const FILTERS = ['q', 'outlet', 'entity', 'eventType', 'since', 'until'] as const;

export function SearchPageView({ query }: { query: URLSearchParams }) {
  const params: Record<string, string> = {};
  for (const k of FILTERS) { const v = query.get(k); if (v) params[k] = v; }
  // Page size: ?limit= (1–100) when given, else 20.
  const limit = Math.min(100, Math.max(1, Number(query.get('limit')) || 20));
  const url = apiUrl('articles', { ...params, facets: 1, limit });
  const result = useApi<SearchPage>(url);
  const more = useMore<SearchHit>((cursor) => apiJson<SearchPage>(apiUrl('articles', { ...params, limit, cursor })), url);
  useEffect(() => { document.title = params.q ? `${params.q} — Dossier` : 'Dossier'; }, [params.q]);

  const link = (change: Record<string, string | null>) => withQuery('/', { ...params, ...change });
  const active = FILTERS.filter((k) => k !== 'q' && params[k]);

  return (
    <div class="search-page">
      <form
        class="search-form"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          const next: Record<string, string | null> = {};
          for (const k of ['q', 'since', 'until'] as const) next[k] = String(data.get(k) ?? '').trim() || null;
          navigate(link(next));
        }}
      >
        <label for="q" class="visually-hidden">Search articles</label>
        <input id="q" name="q" type="search" placeholder='Search: words, "phrases", AND/OR/NOT, -word, prefix*, title:' value={params.q ?? ''} key={`q${params.q}`} />
        <div class="dates">
          <label>From <input name="since" type="date" value={params.since ?? ''} key={`s${params.since}`} /></label>
          <label>To <input name="until" type="date" value={params.until ?? ''} key={`u${params.until}`} /></label>
        </div>
        <button type="submit">Search</button>
      </form>
      {active.length > 0 && (
        <p class="active-filters">
          Filters:{' '}
          {active.map((k) => {
            const value = filterLabel(k, params[k], result.state === 'ok' ? result.data : null);
            return <a key={k} class="chip removable" href={link({ [k]: null })} aria-label={`Remove filter ${LABELS[k]} ${value}`}>{LABELS[k]}: {value} ✕</a>;
          })}
        </p>
      )}
      <Status result={result}>
        {(page) => (
          <div class="search-layout">
            <aside class="facets" aria-label="Filters">
              {page.facets && (
                <>
                  <Facet title="Outlets" items={page.facets.outlets.map((o) => ({ key: o.value, label: o.value, count: o.count, href: link({ outlet: params.outlet === o.value ? null : o.value }), on: params.outlet === o.value }))} />
                  <Facet title="Event types" items={page.facets.eventTypes.map((o) => ({ key: o.value, label: o.value, count: o.count, href: link({ eventType: params.eventType === o.value ? null : o.value }), on: params.eventType === o.value }))} />
                  <Facet title="Entities" items={page.facets.entities.map((o) => ({ key: String(o.id), label: o.name, sub: o.type, count: o.count, href: link({ entity: params.entity === String(o.id) ? null : String(o.id) }), on: params.entity === String(o.id) }))} />
                </>
              )}
              {!params.q && !active.length && <RecentStories />}
            </aside>
            <section class="results" aria-label="Results">
              <h1 class="results-title">{params.q ? <>Results for “{params.q}”</> : 'Latest articles'}</h1>
              {page.items.length === 0 && <p class="muted">No article matches.</p>}
              <ol class="hits">
                {[...page.items, ...more.items].map((h) => <Hit key={h.id} h={h} />)}
              </ol>
              <MoreButton more={more} first={page.nextCursor} label="More results" />
            </section>
          </div>
        )}
      </Status>
    </div>
  );
}

const LABELS: Record<string, string> = { q: 'query', outlet: 'outlet', entity: 'entity', eventType: 'event type', since: 'from', until: 'to' };

/** An entity filter is an id: its name, once the facets name it. */
function filterLabel(key: string, value: string, page: SearchPage | null): string {
  if (key !== 'entity') return value;
  return page?.facets?.entities.find((e) => String(e.id) === value)?.name ?? value;
}

function Hit({ h }: { h: SearchHit }) {
  return (
    <li class="hit">
      <h2><a href={`/article/${encodeURIComponent(h.id)}`}>{h.title || '(untitled)'}</a></h2>
      <p class="meta">{h.outlet && <span>{h.outlet}</span>}<span>{day(h.published)}</span></p>
      {h.snippet && <Snippet text={h.snippet.text} highlights={h.snippet.highlights} />}
    </li>
  );
}

function Facet({ title, items }: { title: string; items: { key: string; label: string; sub?: string; count: number; href: string; on: boolean }[] }) {
  if (!items.length) return null;
  return (
    <section class="facet">
      <h2>{title}</h2>
      <ul>
        {items.map((i) => (
          <li key={i.key}>
            <a href={i.href} aria-current={i.on ? 'true' : undefined} class={i.on ? 'on' : ''}>
              <span class="facet-label">{i.label}{i.sub && <span class="sub"> {i.sub}</span>}</span>
              <span class="count">{i.count}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

function RecentStories() {
  const [stories, setStories] = useState<StorySummary[] | null>(null);
  useEffect(() => {
    const ctl = new AbortController();
    apiJson<Page<StorySummary>>(apiUrl('stories', { limit: 8 }), ctl.signal).then((p) => setStories(p.items), () => setStories([]));
    return () => ctl.abort();
  }, []);
  if (!stories?.length) return null;
  return (
    <section class="facet">
      <h2>Stories</h2>
      <ul>
        {stories.map((s) => (
          <li key={s.id}>
            <a href={`/story/${encodeURIComponent(s.id)}`}>
              <span class="facet-label">{s.title}</span>
              <span class="count" title={`${plural(s.articles, 'article')}, ${plural(s.outlets, 'outlet')}`}>{s.articles}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
