// /article/:id — the text with every fact highlighted; ?span=START-END (a fact's permalink) selects that fact, or
// marks that stretch of text (a sentence linked from a timeline), and scrolls to it.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { apiUrl } from '../api';
import { Status } from '../components/Status';
import { useApi } from '../use-api';
import { day, num, plural } from '../format';
import { safeHttpUrl } from '../safe-url';
import { withQuery } from '../router';
import type { Analysis, ArticleResponse, Entity } from '../types';
import { ArticleText } from '../article/ArticleText';
import { articleFacts, refName, relatedGroups, type ArticleFacts, type Detail } from '../article/facts';
import { layout, parseSpan, type Fact, type FactKind, type SpanNode } from '../article/spans';

const KIND_NAMES: Record<string, string> = { PERSON: 'People', ORG: 'Organisations', LOC: 'Places', NORP: 'Groups', MISC: 'Other names' };
const LEGEND: [string, string][] = [['hl-PERSON', 'person'], ['hl-ORG', 'organisation'], ['hl-LOC', 'place'], ['hl-NORP', 'group'], ['hl-MISC', 'other'], ['hl-quote', 'quote'], ['hl-event', 'event'], ['hl-time', 'date'], ['hl-amount', 'amount']];

export function ArticlePage({ id, query }: { id: string; query: URLSearchParams }) {
  const result = useApi<ArticleResponse>(apiUrl(`articles/${encodeURIComponent(id)}`));
  return <Status result={result}>{(r) => <ArticleView r={r} span={query.get('span')} kind={query.get('kind')} />}</Status>;
}

function ArticleView({ r, span, kind }: { r: ArticleResponse; span: string | null; kind: string | null }) {
  const a = r.article;
  const facts = useMemo(() => articleFacts(a), [a]);
  const want = parseSpan(span);
  const selected = useMemo(() => pick(facts.facts, want, kind), [facts, span, kind]);
  const all = useMemo(() => {
    if (!want || selected || want.end > a.text.length) return facts.facts;
    return [...facts.facts, { id: 'target', group: 'target', kind: 'target' as FactKind, start: want.start, end: want.end }];
  }, [facts, span, selected]);
  const blocks = useMemo(() => layout(a.text, all, a.blocks), [a, all]);
  const d = selected ? facts.detail.get(selected.id) : undefined;
  const related = new Set(relatedGroups(d));
  const base = `/article/${encodeURIComponent(a.id)}`;
  const permalink = (f: { start: number; end: number; kind?: string }) => withQuery(base, { span: `${f.start}-${f.end}`, kind: f.kind });

  useEffect(() => {
    const el = document.querySelector(selected ? `[data-fact="${CSS.escape(selected.id)}"]` : 'mark.target');
    if (!el) return;
    const r = el.getBoundingClientRect();
    if (r.top < 0 || r.bottom > window.innerHeight) el.scrollIntoView({ block: 'center' });
  }, [span, kind, a.id]);

  // Kinds of highlight the reader switched off (the legend's buttons): the text stays, its marks go.
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const toggle = (c: string) => setHidden((h) => { const n = new Set(h); n.has(c) ? n.delete(c) : n.add(c); return n; });
  const title = a.title || '(untitled)';
  useEffect(() => { document.title = `${title} — Dossier`; }, [title]);
  const source = safeHttpUrl(a.url);
  return (
    <article class="article-page">
      <header class="page-head">
        <h1>{title}</h1>
        <p class="meta">
          {a.outlet && <span>{a.outlet}</span>}
          <span>{day(a.published)}</span>
          {a.byline?.length ? <span>{a.byline.join(', ')}</span> : null}
          {source && <a href={source} rel="noopener noreferrer nofollow" target="_blank" data-external="">original ↗</a>}
          {r.story && <a href={`/story/${encodeURIComponent(r.story.id)}`}>story: {r.story.title}</a>}
          {r.copyOf && <a href={`/article/${encodeURIComponent(r.copyOf)}`}>a copy: read the original</a>}
        </p>
        <ul class="legend" aria-label="Highlights: press to show or hide a kind">
          {LEGEND.map(([c, name]) => (
            <li key={c}>
              <button type="button" class="legend-toggle" aria-pressed={!hidden.has(c)} onClick={() => toggle(c)}>
                <span class={`swatch ${c}`} />{name}
              </button>
            </li>
          ))}
        </ul>
      </header>
      <div class={['article-layout', ...[...hidden].map((c) => `hide-${c}`)].join(' ')}>
        <ArticleText
          text={a.text}
          blocks={blocks}
          detail={facts.detail}
          href={(n) => permalink({ ...n.fact, kind: sameSpanKinds(facts.facts, n.fact) ? n.fact.kind : undefined })}
          label={(n) => label(n.fact, facts)}
          handle={(n) => (n.fact.kind === 'quote' && n.start === n.fact.start ? `❝ ${speakerName(facts.detail.get(n.fact.id), facts)}` : null)}
          classes={(n) => classes(n, facts, selected, related)}
        />
        <aside class={`details${selected || want ? ' open' : ''}`} aria-label="Details" aria-live="polite">
          {d ? <Details d={d} a={a} f={facts} permalink={permalink} selected={selected!} /> : want ? (
            <section><h2>Linked passage</h2><p>Characters {want.start}–{want.end} are marked in the text.</p></section>
          ) : (
            <p class="muted">Select a highlighted name, quote, date, amount or event for its details and permalink.</p>
          )}
          {(d || want) && <p><a href={base} data-keep-scroll="" class="close">Clear selection</a></p>}
          <Summary a={a} f={facts} permalink={permalink} />
          {a.warnings?.length ? (
            <section class="warnings">
              <h2>What could not be read</h2>
              <ul>{a.warnings.map((w, i) => <li key={i}>{w}</li>)}</ul>
            </section>
          ) : null}
        </aside>
      </div>
    </article>
  );
}

/** The fact a permalink names: same span (and kind, when given), outermost first. */
function pick(facts: Fact[], want: { start: number; end: number } | null, kind: string | null): Fact | null {
  if (!want) return null;
  const order: FactKind[] = ['quote', 'event', 'entity', 'time', 'amount'];
  const same = facts.filter((f) => f.start === want.start && f.end === want.end && (!kind || f.kind === kind));
  same.sort((x, y) => order.indexOf(x.kind) - order.indexOf(y.kind));
  return same[0] ?? null;
}

const sameSpanKinds = (facts: Fact[], f: Fact) => facts.some((g) => g !== f && g.start === f.start && g.end === f.end && g.kind !== f.kind);

function classes(n: SpanNode, f: ArticleFacts, selected: Fact | null, related: Set<string>): string {
  const c = ['hl', `hl-${n.fact.kind}`];
  if (n.fact.kind === 'target') return 'target';
  const d = f.detail.get(n.fact.id);
  if (d?.kind === 'entity') c.push(`hl-${d.entity.type}`);
  if (selected && n.fact.id === selected.id) c.push('selected');
  else if (selected && n.fact.group === selected.group) c.push('same');
  if (related.has(n.fact.group)) c.push('related');
  return c.join(' ');
}

function speakerName(d: Detail | undefined, f: ArticleFacts): string {
  if (d?.kind !== 'quote') return '';
  const q = d.quote;
  return q.speaker ? refName(q.speaker, f.entities) : q.speakerText || 'unattributed';
}

function label(fact: Fact, f: ArticleFacts): string {
  const d = f.detail.get(fact.id);
  switch (d?.kind) {
    case 'entity': return `${d.entity.name} (${d.entity.type})`;
    case 'quote': return `Quote by ${speakerName(d, f)}`;
    case 'amount': return `Amount: ${d.amount.text}`;
    case 'time': return `Date: ${d.time.value ?? d.time.text}`;
    case 'event': return `Event ${d.event.type}`;
    default: return '';
  }
}

const dossierHref = (name: string) => withQuery('/entity', { name });

function EntityRef({ id, f }: { id: string; f: ArticleFacts }) {
  const e = f.entities.get(id);
  return e ? <a href={dossierHref(e.name)}>{e.name}</a> : <span>{id}</span>;
}

type Permalink = (f: { start: number; end: number; kind?: string }) => string;

function Details({ d, a, f, permalink, selected }: { d: Detail; a: Analysis; f: ArticleFacts; permalink: Permalink; selected: Fact }) {
  const link = <p class="permalink">Permalink: <a href={permalink(selected)} data-keep-scroll="">{`${selected.start}–${selected.end}`}</a></p>;
  switch (d.kind) {
    case 'entity': {
      const e = d.entity;
      return (
        <section class="detail">
          <h2>{e.name}</h2>
          <dl>
            <dt>Type</dt><dd>{e.type}</dd>
            {e.role && <><dt>Role</dt><dd>{e.former ? `former ${e.role}` : e.role}</dd></>}
            {e.country && <><dt>Country</dt><dd>{e.country}</dd></>}
            <dt>Mentions</dt><dd><Mentions e={e} permalink={permalink} /></dd>
          </dl>
          <p><a href={dossierHref(e.name)}>Dossier of {e.name} →</a></p>
          {link}
        </section>
      );
    }
    case 'quote': {
      const q = d.quote;
      const speaker = q.speaker ? f.entities.get(q.speaker) : undefined;
      return (
        <section class="detail">
          <h2>Quote</h2>
          <blockquote class="quote-text">{q.text}</blockquote>
          <dl>
            <dt>Speaker</dt>
            <dd>
              {speaker ? <a href={dossierHref(speaker.name)}>{speaker.name}</a> : q.speakerText || 'unattributed'}
              {q.speakerStart != null && q.speakerEnd != null && q.speakerEnd > q.speakerStart && (
                <> (as <a href={permalink({ start: q.speakerStart, end: q.speakerEnd, kind: 'entity' })} data-keep-scroll="">“{a.text.slice(q.speakerStart, q.speakerEnd)}”</a>)</>
              )}
            </dd>
            {speaker && <><dt>Speaker's mentions</dt><dd><Mentions e={speaker} permalink={permalink} /></dd></>}
            <dt>Kind</dt><dd>{q.kind}</dd>
            {q.cue && <><dt>Cue</dt><dd><a href={permalink(q.cue)} data-keep-scroll="">{q.cue.text}</a></dd></>}
          </dl>
          {link}
        </section>
      );
    }
    case 'amount': {
      const m = d.amount;
      return (
        <section class="detail">
          <h2>Amount</h2>
          <p class="big">{m.text}</p>
          <dl>
            {m.value != null && <><dt>Value</dt><dd>{num(m.value)}</dd></>}
            {m.min != null && <><dt>Range</dt><dd>{num(m.min)} – {num(m.max)}</dd></>}
            {m.currency && <><dt>Currency</dt><dd>{m.currency}</dd></>}
            {m.unit && <><dt>Unit</dt><dd>{m.unit}</dd></>}
            {m.object && <><dt>Of</dt><dd>{m.object}</dd></>}
          </dl>
          {link}
        </section>
      );
    }
    case 'time': {
      const t = d.time;
      return (
        <section class="detail">
          <h2>Date / time</h2>
          <p class="big">{t.text}</p>
          <dl>
            <dt>Type</dt><dd>{t.type}</dd>
            {t.value && <><dt>Value</dt><dd>{t.value}</dd></>}
            {t.mod && <><dt>Modifier</dt><dd>{t.mod}</dd></>}
          </dl>
          {link}
        </section>
      );
    }
    case 'event': {
      const e = d.event;
      const list = (ids: string[]) => ids.length ? ids.map((id, i) => <>{i ? ', ' : ''}<EntityRef id={id} f={f} /></>) : '—';
      return (
        <section class="detail">
          <h2>Event: {e.type}</h2>
          <dl>
            <dt>Source</dt><dd>{list(e.source)}</dd>
            <dt>Target</dt><dd>{list(e.target)}</dd>
            {e.mode && <><dt>Mode</dt><dd>{e.mode}</dd></>}
            <dt>Status</dt><dd>{e.status ?? 'asserted'}</dd>
            <dt>Date</dt><dd>{e.date ?? `article (${day(a.published)})`}</dd>
            {e.location && <><dt>Where</dt><dd><EntityRef id={e.location} f={f} /></dd></>}
            {e.reportedBy && <><dt>Reported by</dt><dd><EntityRef id={e.reportedBy} f={f} /></dd></>}
            {e.context?.length ? <><dt>Context</dt><dd>{e.context.join(', ')}</dd></> : null}
          </dl>
          <p><a href={permalink(e.sentence)} data-keep-scroll="">Mark its sentence</a> · <a href={withQuery('/events', { type: e.type })}>More {e.type} events</a></p>
          {link}
        </section>
      );
    }
    default:
      return null;
  }
}

function Mentions({ e, permalink }: { e: Entity; permalink: Permalink }) {
  return (
    <span class="mentions">
      {e.mentions.map((m, i) => <>{i ? ' ' : ''}<a href={permalink({ ...m, kind: 'entity' })} data-keep-scroll="" title={`${m.text} at ${m.start}`}>{i + 1}</a></>)}
    </span>
  );
}

/** Quotes with their speakers and the names by type, each a link to its place in the text. */
function Summary({ a, f, permalink }: { a: Analysis; f: ArticleFacts; permalink: Permalink }) {
  const byType = new Map<string, Entity[]>();
  for (const e of f.entities.values()) byType.set(e.type, [...(byType.get(e.type) ?? []), e]);
  const quotes = a.quotes ?? [];
  return (
    <div class="summary">
      <h2>{plural(quotes.length, 'quote')}</h2>
      <ul class="quote-list">
        {quotes.map((q, i) => (
          <li key={i}>
            <a href={permalink(q)} data-keep-scroll="">
              <strong>{q.speaker ? refName(q.speaker, f.entities) : q.speakerText || 'unattributed'}</strong>: {q.text.length > 90 ? `${q.text.slice(0, 90)}…` : q.text}
            </a>
          </li>
        ))}
      </ul>
      {[...byType].map(([type, list]) => (
        <section key={type}>
          <h2>{KIND_NAMES[type] ?? type}</h2>
          <ul class="chips">
            {list.sort((x, y) => y.mentions.length - x.mentions.length).map((e) => (
              <li key={e.id}><a class={`chip hl-${e.type}`} href={e.mentions[0] ? permalink({ ...e.mentions[0], kind: 'entity' }) : dossierHref(e.name)} data-keep-scroll="">{e.name} <span class="count">{e.mentions.length}</span></a></li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
