// Events by actor, target, type and date: a page of JSON, or the filter's first rows as a CSV or PLOVER download.
import type { EventRow } from '../../store/event-filter.js';
import { decodeCursor, page } from '../cursor.js';
import { eventsQuery, eventsResponse } from '../schemas.js';
import { MAX_EXPORT_ROWS } from '../settings.js';
import { route } from './define.js';

const CSV_COLUMNS = ['article_id', 'date', 'type', 'mode', 'status', 'source_codes', 'source_names', 'target_codes', 'target_names', 'cue', 'sentence', 'url', 'mentions'];

/** A CSV cell (RFC 4180 quoting); a value a spreadsheet would take for a formula starts with an apostrophe. */
export function csvCell(v: string | number | null): string {
  let s = String(v ?? '');
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const csvRow = (r: EventRow) =>
  [r.articleId, r.date, r.type, r.mode, r.status, r.source.codes.join(' '), r.source.names.join('; '), r.target.codes.join(' '),
    r.target.names.join('; '), r.cue, r.sentence, r.url, r.mentions].map(csvCell).join(',');

/** A PLOVER JSON record (field names of src/nlp/events/export.ts ploverRecords) from a stored event row. */
const ploverLine = (r: EventRow) => JSON.stringify({
  date: r.date, actor: r.source, recipient: r.target, event: r.type, mode: r.mode, status: r.status,
  text_info: { sentence: r.sentence, cue: r.cue, url: r.url, article_id: r.articleId, mentions: r.mentions },
});

export const eventRoutes = [
  route({
    method: 'get', path: '/api/events', summary: 'Events (PLOVER) by actor, target, type and date; format=csv|plover downloads the first 10,000 rows',
    query: eventsQuery, response: eventsResponse, alsoProduces: ['text/csv', 'application/x-ndjson'], errors: [400, 401],
    async handle(c, { query: q }, { store }) {
      const filter = { actor: q.actor, target: q.target, type: q.type, since: q.since, until: q.until, all: q.all };
      if (q.format !== 'json') {
        const rows = await store.searchEvents({ ...filter, limit: MAX_EXPORT_ROWS });
        const csv = q.format === 'csv';
        const body = csv ? [CSV_COLUMNS.join(','), ...rows.map(csvRow)].join('\r\n') + '\r\n' : rows.map(ploverLine).join('\n') + (rows.length ? '\n' : '');
        c.header('Content-Type', csv ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8');
        c.header('Content-Disposition', `attachment; filename="events.${csv ? 'csv' : 'plover.jsonl'}"`);
        return c.body(body);
      }
      const offset = decodeCursor(q.cursor);
      const rows = await store.searchEvents({ ...filter, limit: q.limit + 1, offset });
      // The sentence with its span, so a row links to its place in the article.
      const items = rows.map(({ sentence, sentenceSpan, ...r }) => ({ ...r, sentence: { ...sentenceSpan, text: sentence } }));
      return c.json(page(items, offset, q.limit));
    },
  }),
];
