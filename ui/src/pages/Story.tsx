// /story/:id — a story's articles across outlets (copies under their original) and its timeline of events and
// quotes, each linked to its sentence in its article.
import { useEffect } from 'preact/hooks';
import { apiUrl } from '../api';
import { Status } from '../components/Status';
import { useApi } from '../use-api';
import { day, plural } from '../format';
import { safeHttpUrl } from '../safe-url';
import { withQuery } from '../router';
import type { Timeline, TimelineArticle, TimelineItem } from '../types';

export function StoryPage({ id }: { id: string }) {
  const result = useApi<Timeline>(apiUrl(`stories/${encodeURIComponent(id)}`));
  return <Status result={result}>{(t) => <StoryView t={t} />}</Status>;
}

function StoryView({ t }: { t: Timeline }) {
  const s = t.story;
  useEffect(() => { document.title = `${s.title} — Dossier`; }, [s.title]);
  return (
    <article class="story">
      <header class="page-head">
        <p class="kicker">Story</p>
        <h1>{s.title}</h1>
        <p class="meta">
          <span>{plural(s.articles, 'article')}</span>
          <span>{plural(s.outlets, 'outlet')}</span>
          {s.copies > 0 && <span>{plural(s.copies, 'copy', 'copies')}</span>}
          <span>{day(s.firstSeen)} – {day(s.lastSeen)}</span>
        </p>
        {t.outlets.length > 0 && <p class="outlets">{t.outlets.map((o) => <span key={o} class="chip">{o}</span>)}</p>}
      </header>
      <div class="story-grid">
        <section class="panel">
          <h2>Articles</h2>
          <ol class="story-articles">
            {t.articles.map((a) => (
              <li key={a.id}>
                <ArticleLine a={a} />
                {a.copies && a.copies.length > 0 && (
                  <ul class="copies" aria-label="Copies">
                    {a.copies.map((c) => (
                      <li key={c.id}>
                        <ArticleLine a={c} />
                        {c.copy && <span class="badge">{c.copy.kind} copy{c.copy.kind === 'near' ? ` (${Math.round(c.copy.score * 100)}%)` : ''}</span>}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        </section>
        <section class="panel">
          <h2>Timeline ({t.items.length})</h2>
          <TimelineList items={t.items} />
        </section>
      </div>
    </article>
  );
}

function ArticleLine({ a }: { a: TimelineArticle }) {
  const credited = Array.isArray(a.credited) ? a.credited : a.credited ? [a.credited] : [];
  const source = safeHttpUrl(a.url);
  return (
    <span class="article-line">
      <a href={`/article/${encodeURIComponent(a.id)}`}>{a.title || '(untitled)'}</a>
      <span class="meta">
        {a.outlet && <span>{a.outlet}</span>}
        <span>{day(a.published)}</span>
        {credited.length > 0 && <span>credits {credited.join(', ')}</span>}
        {source && <a href={source} rel="noopener noreferrer nofollow" target="_blank" data-external="">original ↗</a>}
      </span>
    </span>
  );
}

export function TimelineList({ items }: { items: TimelineItem[] }) {
  if (!items.length) return <p class="muted">No dated events or quotes.</p>;
  let last: string | null | undefined;
  return (
    <ol class="timeline">
      {items.map((it, i) => {
        const head = it.date !== last ? <h3 class="tl-date">{it.date ?? 'undated'}</h3> : null;
        last = it.date;
        const at = `/article/${encodeURIComponent(it.articleId)}`;
        return (
          <li key={i} class={`tl-item tl-${it.kind}`}>
            {head}
            {it.kind === 'event' ? (
              <>
                <p>
                  <a class="chip" href={withQuery('/events', { type: it.type })}>{it.type}</a>{' '}
                  {it.source.join(', ') || '—'} → {it.target.join(', ') || '—'}
                  {it.cue && <span class="muted"> (“{it.cue}”)</span>}
                </p>
                <p class="sentence"><a href={withQuery(at, { span: `${it.sentence.start}-${it.sentence.end}` })}>{it.sentenceText}</a></p>
              </>
            ) : (
              <p>
                {it.speaker ? <a class="speaker" href={withQuery('/entity', { name: it.speaker })}>{it.speaker}</a> : <strong>unattributed</strong>}:{' '}
                <a class="quote-link" href={withQuery(at, { span: `${it.span.start}-${it.span.end}`, kind: 'quote' })}>“{it.text}”</a>
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
