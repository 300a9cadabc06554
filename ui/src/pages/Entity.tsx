// /entity?name=NAME — an entity's dossier under all its linked names: quotes, events over time, the actors that
// appear with it, its events as source and target, and its stories. An ambiguous name lists the candidates.
import { useEffect, useMemo } from 'preact/hooks';
import { apiUrl } from '../api';
import { Status } from '../components/Status';
import { CoGraph } from '../components/CoGraph';
import { TimeChart, daily, type Series } from '../components/TimeChart';
import { useApi } from '../use-api';
import { day, plural } from '../format';
import { navigate, withQuery } from '../router';
import type { DossierEvent, DossierLookup, DossierQuote, EntityDossier, EntityRow, Page } from '../types';

export function EntityPage({ query }: { query: URLSearchParams }) {
  const name = query.get('name') ?? '';
  const result = useApi<DossierLookup>(name ? apiUrl('dossier', { name }) : null);
  return (
    <div class="entity-page">
      <form
        class="inline-form"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          const v = String(new FormData(e.currentTarget).get('name') ?? '').trim();
          if (v) navigate(withQuery('/entity', { name: v }));
        }}
      >
        <label for="entity-name">Entity</label>
        <input id="entity-name" name="name" type="search" placeholder="a name, or a role: “Ukraine's president”" value={name} key={name} />
        <button type="submit">Open dossier</button>
      </form>
      {name ? <Status result={result}>{(r) => (r.kind === 'found' ? <DossierView d={r.dossier} /> : <Candidates r={r} name={name} />)}</Status> : <EntityIndex />}
    </div>
  );
}

const TYPE_NAMES: Record<string, string> = { PERSON: 'People', ORG: 'Organisations', LOC: 'Places', NORP: 'Groups', MISC: 'Other names' };

/** Without a name: the most mentioned entities of the store, by type. */
function EntityIndex() {
  const result = useApi<Page<EntityRow>>(apiUrl('entities', { limit: 100 }));
  useEffect(() => { document.title = 'Entities — Dossier'; }, []);
  return (
    <section>
      <h1>Most mentioned</h1>
      <Status result={result}>
        {(page) => {
          const byType = new Map<string, EntityRow[]>();
          for (const e of page.items) byType.set(e.type, [...(byType.get(e.type) ?? []), e]);
          return (
            <div class="entity-index">
              {[...byType].map(([type, list]) => (
                <section key={type}>
                  <h2>{TYPE_NAMES[type] ?? type}</h2>
                  <ul class="chips">
                    {list.map((e) => (
                      <li key={e.id}><a class={`chip hl-${e.type}`} href={withQuery('/entity', { name: `#${e.id}` })} title={`${plural(e.mentions, 'mention')} in ${plural(e.articles, 'article')}`}>{e.name} <span class="count">{e.articles}</span></a></li>
                    ))}
                  </ul>
                </section>
              ))}
            </div>
          );
        }}
      </Status>
    </section>
  );
}

function Candidates({ r, name }: { r: Extract<DossierLookup, { kind: 'ambiguous' }>; name: string }) {
  return (
    <section>
      <h1>“{name}” could be</h1>
      <ul class="candidates">
        {r.candidates.map((c) => (
          <li key={c.ids.join(',')}>
            <a href={withQuery('/entity', { name: `#${c.ids[0]}` })}>{c.name}</a> <span class="muted">{c.type}{c.country ? ` · ${c.country}` : ''}{c.roles.length ? ` · ${c.roles.slice(0, 3).join(', ')}` : ''} · {plural(c.articles, 'article')}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function DossierView({ d }: { d: EntityDossier }) {
  const e = d.entity;
  useEffect(() => { document.title = `${e.name} — Dossier`; }, [e.name]);
  const chart = useMemo(() => {
    const counts = new Map<string, number[]>();
    const bump = (dayKey: string | null, i: number, by = 1) => {
      if (!dayKey) return;
      const k = dayKey.slice(0, 10);
      const v = counts.get(k) ?? [0, 0];
      v[i] += by;
      counts.set(k, v);
    };
    for (const ev of [...d.eventsAsSource, ...d.eventsAsTarget]) bump(ev.date, 0);
    for (const p of d.perDay) bump(p.day, 1, p.articles);
    const { days, values } = daily(counts, 2);
    const series: Series[] = [
      { label: 'events', values: values[0], color: '--accent', bars: true },
      { label: 'articles', values: values[1], color: '--accent-2' },
    ];
    return { days, series };
  }, [d]);
  const others = e.names.filter((n) => n !== e.name);
  return (
    <article class="dossier">
      <header class="page-head">
        <h1>{e.name}</h1>
        <p class="meta">
          <span>{e.type}</span>
          {e.country && <span>{e.country}</span>}
          {e.roles.length > 0 && <span>{e.roles.slice(0, 4).join(', ')}</span>}
          <span>{plural(e.articles, 'article')}, {plural(e.mentions, 'mention')}</span>
          <span>seen {day(d.firstSeen)} – {day(d.lastSeen)}</span>
        </p>
        {others.length > 0 && <p class="aka">Also: {others.slice(0, 12).join(' · ')}</p>}
        <p class="actions">
          <a href={withQuery('/', { q: `"${e.name}"` })}>Articles</a>
          <a href={withQuery('/events', { actor: e.name })}>Events as source</a>
          <a href={withQuery('/events', { target: e.name })}>Events as target</a>
        </p>
      </header>
      <div class="dossier-grid">
        <section class="panel">
          <h2>Events and articles over time</h2>
          <TimeChart days={chart.days} series={chart.series} title={`Events and articles per day for ${e.name}`} />
        </section>
        <section class="panel">
          <h2>Appears with</h2>
          <CoGraph name={e.name} type={e.type} items={d.coEntities} />
        </section>
        <DossierQuotes items={d.quotes} />
        <EventList title="Events as source" items={d.eventsAsSource} />
        <EventList title="Events as target" items={d.eventsAsTarget} />
        <section class="panel">
          <h2>Stories</h2>
          {d.stories.length ? (
            <ul class="plain">
              {d.stories.map((s) => <li key={s.id}><a href={`/story/${encodeURIComponent(s.id)}`}>{s.title}</a> <span class="muted">{plural(s.articles, 'article')}</span></li>)}
            </ul>
          ) : <p class="muted">None yet.</p>}
        </section>
      </div>
    </article>
  );
}

const wordsOf = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Items told in the same words in several articles (copies, reprints), grouped by `key`, in first-seen order. */
function copies<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.values()];
}

/** The entity's quotes; the same words in several articles (copies, reprints) are one quote, with links to each. */
function DossierQuotes({ items }: { items: DossierQuote[] }) {
  const quotes = useMemo(() => copies(items, (q) => wordsOf(q.text).toLowerCase()), [items]);
  return (
    <section class="panel wide">
      <h2>{plural(quotes.length, 'quote')}{quotes.length < items.length ? ` (${items.length} with copies)` : ''}</h2>
      <ul class="quotes">
        {quotes.map(([q, ...also]) => (
          <li key={`${q.articleId}:${q.span.start}`}>
            <blockquote>{q.text}</blockquote>
            <p class="meta">
              <span>{q.kind}{q.cue ? `, ${q.cue}` : ''}</span>
              <span>{day(q.date ?? q.published)}</span>
              <a href={quoteHref(q)}>{q.title || 'article'}</a>
              {also.length > 0 && <span>also in {also.map((o, i) => <>{i ? ', ' : ''}<a href={quoteHref(o)}>{day(o.published)}</a></>)}</span>}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

const quoteHref = (q: DossierQuote) => withQuery(`/article/${encodeURIComponent(q.articleId)}`, { span: `${q.span.start}-${q.span.end}`, kind: 'quote' });

/** Events told in the same words in several articles (copies) are one entry, with links to each article. */
function EventList({ title, items }: { title: string; items: DossierEvent[] }) {
  const groups = useMemo(() => copies(items, (ev) => `${ev.type}\u0000${wordsOf(ev.sentenceText)}`), [items]);
  const href = (ev: DossierEvent) => withQuery(`/article/${encodeURIComponent(ev.articleId)}`, { span: `${ev.sentence.start}-${ev.sentence.end}` });
  return (
    <section class="panel">
      <h2>{title} ({groups.length})</h2>
      {groups.length ? (
        <ul class="events">
          {groups.slice(0, 50).map(([ev, ...also], i) => (
            <li key={i}>
              <a class="chip" href={withQuery('/events', { type: ev.type })}>{ev.type}</a>{' '}
              <span>{ev.source.join(', ') || '—'} → {ev.target.join(', ') || '—'}</span>{' '}
              <span class="muted">{day(ev.date)}</span>
              <p class="sentence"><a href={href(ev)}>{ev.sentenceText}</a></p>
              {also.length > 0 && <p class="meta">also in {also.map((o, j) => <>{j ? ', ' : ''}<a href={href(o)}>{day(o.date)}</a></>)}</p>}
            </li>
          ))}
        </ul>
      ) : <p class="muted">None.</p>}
    </section>
  );
}
