// /article/:id — the text with every fact highlighted; ?span=START-END (a fact's permalink) selects that fact, or
// marks that stretch of text (a sentence linked from a timeline), and scrolls to it.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { apiUrl } from '../api';
import { Status } from '../components/Status';
import { useApi } from '../use-api';
import { day } from '../format';
import { safeHttpUrl } from '../safe-url';
import { withQuery } from '../router';
import type { ArticleResponse } from '../types';
import { ArticleText } from '../article/ArticleText';
import { Details, speakerName } from '../article/Details';
import { Summary } from '../article/Summary';
import { articleFacts, relatedGroups, type ArticleFacts } from '../article/facts';
import { layout, parseSpan, type Fact, type FactKind, type SpanNode } from '../article/spans';

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
          href={(n) => permalink({ ...n.fact, kind: facts.shared.has(`${n.fact.start}-${n.fact.end}`) ? n.fact.kind : undefined })}
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
