// /events — the events explorer: filters (type, actor, target, date range, all statuses) in the query string, a
// table paged by cursor, a small timeline of the rows shown, and the current view exported as CSV or PLOVER JSONL
// through the API's format= (fetched with the token, saved as a file).
import { useEffect, useMemo, useState } from 'preact/hooks';
import { apiFetch, apiJson, apiUrl } from '../api';
import { MoreButton } from '../components/MoreButton';
import { Status } from '../components/Status';
import { TimeChart, daily } from '../components/TimeChart';
import { useApi } from '../use-api';
import { useMore } from '../use-more';
import { day } from '../format';
import { navigate, withQuery } from '../router';
import { PLOVER_TYPES, type EventRow, type EventSide, type Page } from '../types';

const FILTERS = ['type', 'actor', 'target', 'since', 'until', 'all'] as const;

export function EventsPage({ query }: { query: URLSearchParams }) {
  const params: Record<string, string> = {};
  for (const k of FILTERS) { const v = query.get(k); if (v) params[k] = v; }
  const url = apiUrl('events', { ...params, limit: 50 });
  const result = useApi<Page<EventRow>>(url);
  const more = useMore((cursor) => apiJson<Page<EventRow>>(apiUrl('events', { ...params, limit: 50, cursor })), url);
  useEffect(() => { document.title = 'Events — Dossier'; }, []);
  return (
    <div class="events-page">
      <h1>Events</h1>
      <EventFilters params={params} />
      <ExportButtons params={params} />
      <Status result={result}>
        {(page) => {
          const rows = [...page.items, ...more.items];
          const cursor = more.cursorAfter(page.nextCursor);
          return (
            <>
              <EventTimeline rows={rows} />
              <p class="muted" role="status">{rows.length} event{rows.length === 1 ? '' : 's'} shown{cursor ? ' (more below)' : ''}</p>
              <div class="table-wrap">
                <table class="events-table">
                  <thead>
                    <tr><th scope="col">Date</th><th scope="col">Type</th><th scope="col">Source</th><th scope="col">Target</th><th scope="col">Cue</th><th scope="col">Sentence</th></tr>
                  </thead>
                  <tbody>
                    {rows.map((r, i) => <Row key={i} r={r} />)}
                  </tbody>
                </table>
              </div>
              <MoreButton more={more} first={page.nextCursor} label="More events" />
            </>
          );
        }}
      </Status>
    </div>
  );
}

/** The filters of the view, in the query string (so every view is a link). */
function EventFilters({ params }: { params: Record<string, string> }) {
  return (
    <form
      class="filters"
      aria-label="Event filters"
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        const next: Record<string, string | null> = {};
        for (const k of FILTERS) next[k] = String(data.get(k) ?? '').trim() || null;
        navigate(withQuery('/events', next));
      }}
    >
      <label>Type
        <select name="type" key={`t${params.type}`} value={params.type ?? ''}>
          <option value="">any</option>
          {PLOVER_TYPES.map((t) => <option key={t} value={t}>{t}</option>)}
        </select>
      </label>
      <label>Actor <input name="actor" type="search" placeholder="name or code (UKR)" value={params.actor ?? ''} key={`a${params.actor}`} /></label>
      <label>Target <input name="target" type="search" placeholder="name or code" value={params.target ?? ''} key={`g${params.target}`} /></label>
      <label>From <input name="since" type="date" value={params.since ?? ''} key={`s${params.since}`} /></label>
      <label>To <input name="until" type="date" value={params.until ?? ''} key={`u${params.until}`} /></label>
      <label class="check"><input name="all" type="checkbox" value="1" checked={!!params.all} key={`l${params.all}`} /> negated, future…</label>
      <button type="submit">Filter</button>
      {Object.keys(params).length > 0 && <a href="/events" class="reset">Reset</a>}
    </form>
  );
}

/** The current view as a file (CSV or PLOVER JSON Lines), fetched with the token. */
function ExportButtons({ params }: { params: Record<string, string> }) {
  const [exportError, setExportError] = useState<string | null>(null);
  const [exporting, setExporting] = useState<string | null>(null);

  const download = async (format: 'csv' | 'plover') => {
    setExporting(format);
    setExportError(null);
    try {
      const res = await apiFetch(apiUrl('events', { ...params, format }));
      const blob = await res.blob();
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = `dossier-events.${format === 'csv' ? 'csv' : 'jsonl'}`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    } catch (e) {
      setExportError(`Export failed: ${(e as Error).message}`);
    } finally {
      setExporting(null);
    }
  };

  return (
    <>
      <p class="export">
        Export this view:{' '}
        <button type="button" onClick={() => download('csv')} disabled={!!exporting}>{exporting === 'csv' ? 'Exporting…' : 'CSV'}</button>{' '}
        <button type="button" onClick={() => download('plover')} disabled={!!exporting}>{exporting === 'plover' ? 'Exporting…' : 'PLOVER (JSONL)'}</button>
      </p>
      {exportError && <p class="error" role="alert">{exportError}</p>}
    </>
  );
}

const textOf = (v: string | { text: string } | null) => (v === null ? '' : typeof v === 'string' ? v : v.text);

function Side({ s, param }: { s: EventSide; param: 'actor' | 'target' }) {
  if (!s.names.length && !s.codes.length) return <>—</>;
  const codes = s.codes.filter((c) => !s.names.includes(c));
  return (
    <>
      {s.names.map((n, i) => <span key={i}>{i ? ', ' : ''}<a href={withQuery('/events', { [param]: n })}>{n}</a></span>)}
      {codes.length > 0 && <span class="muted"> {codes.join(' ')}</span>}
    </>
  );
}

function Row({ r }: { r: EventRow }) {
  const s = typeof r.sentence === 'string' ? null : r.sentence;
  const href = withQuery(`/article/${encodeURIComponent(r.articleId)}`, s ? { span: `${s.start}-${s.end}` } : {});
  return (
    <tr class={r.status !== 'asserted' ? 'not-asserted' : ''}>
      <td class="nowrap" data-label="Date">{day(r.date)}</td>
      <td data-label="Type"><a class="chip" href={withQuery('/events', { type: r.type })}>{r.type}</a>{r.status !== 'asserted' && <span class="muted"> {r.status}</span>}</td>
      <td data-label="Source"><Side s={r.source} param="actor" /></td>
      <td data-label="Target"><Side s={r.target} param="target" /></td>
      <td data-label="Cue">{textOf(r.cue)}</td>
      <td class="sentence" data-label="Sentence"><a href={href}>{textOf(r.sentence)}</a>{r.title && <span class="muted"> — {r.title}</span>}</td>
    </tr>
  );
}

function EventTimeline({ rows }: { rows: EventRow[] }) {
  const chart = useMemo(() => {
    const counts = new Map<string, number[]>();
    for (const r of rows) if (r.date) { const k = r.date.slice(0, 10); counts.set(k, [(counts.get(k)?.[0] ?? 0) + 1]); }
    const { days, values } = daily(counts, 1);
    return { days, series: [{ label: 'events', values: values[0], color: '--accent', bars: true }] };
  }, [rows]);
  return <TimeChart days={chart.days} series={chart.series} height={140} title="Events shown, per day" />;
}
