// dossier search "query": ranked full-text search with highlighted snippets. The query is our own language
// (store/query.ts), parsed here; the store runs it with a time limit and the filters given.
import { randomBytes } from 'node:crypto';
import { Command, InvalidArgumentError } from 'commander';
import type { SearchFilters, SearchHit } from '../../store/api.js';
import { parseQuery, type Query } from '../../store/query.js';
import { DEFAULT_DB, parseLimit, parseSeconds } from '../options.js';
import { reportQueryError, withAsyncStore } from '../store-async.js';
import { safeLine } from '../terminal.js';

/** Seconds a search may take before it is stopped. */
const DEFAULT_TIME_LIMIT_S = 10;

const BOLD: [string, string] = ['\x1b[1m', '\x1b[0m'];
const PLAIN: [string, string] = ['[', ']'];

/** Snippet markers no stored text can forge (a fresh random token per run), so the snippet is escaped for the
 *  terminal first and only our own markers become escape sequences. */
function nonceMarkers(): [string, string] {
  const token = randomBytes(8).toString('hex');
  return [`\uE000${token}<`, `\uE000${token}>`];
}

/** The snippet made safe to print, with the markers turned into `style`. */
function renderSnippet(snippet: string, markers: [string, string], style: [string, string]): string {
  const [open, close] = markers;
  return snippet
    .replace(/\s+/g, ' ')
    .split(open)
    .map((part, i) => {
      const [hit, ...rest] = part.split(close);
      if (i === 0) return safeLine(part);
      return style[0] + safeLine(hit) + style[1] + safeLine(rest.join(close));
    })
    .join('');
}

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function parseDate(v: string): string {
  if (!ISO_DATE.test(v)) throw new InvalidArgumentError(`not an ISO date: "${v}" (YYYY, YYYY-MM or YYYY-MM-DD)`);
  return v;
}

function parseOffset(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`not a number of hits to skip: "${v}"`);
  return n;
}

interface SearchFlags {
  db: string;
  limit: number;
  offset: number;
  outlet?: string;
  since?: string;
  until?: string;
  json?: boolean;
  timeLimit: number;
}

export function searchCommand(): Command {
  return new Command('search')
    .description('full-text search over titles and bodies: words, "phrases", AND/OR/NOT or -word, prefix*, title:/text:')
    .argument('<query>', 'search query')
    .option('--db <path>', 'SQLite database file', DEFAULT_DB)
    .option('-n, --limit <n>', 'number of results', parseLimit, 10)
    .option('--offset <n>', 'skip this many results (the next page)', parseOffset, 0)
    .option('--outlet <outlet>', 'only articles of this outlet (as stored)')
    .option('--since <date>', 'only articles published on or after this ISO date', parseDate)
    .option('--until <date>', 'only articles published on or before this ISO date', parseDate)
    .option('--json', 'print the hits as JSON')
    .option('--time-limit <seconds>', 'stop a search that takes longer', parseSeconds, DEFAULT_TIME_LIMIT_S)
    .action(async (text: string, flags: SearchFlags) => {
      let query: Query;
      try {
        query = parseQuery(text);
      } catch (e) {
        if (reportQueryError(e)) return;
        throw e;
      }
      const markers = flags.json ? PLAIN : nonceMarkers();
      const filters: SearchFilters = { outlet: flags.outlet, since: flags.since, until: flags.until };
      await withAsyncStore(flags.db, async (store) => {
        const hits = await store.search(query, { limit: flags.limit, offset: flags.offset, highlight: markers, filters });
        print(hits, text, markers, flags);
      }, { searchTimeLimitMs: flags.timeLimit * 1000 });
    });
}

function print(hits: SearchHit[], query: string, markers: [string, string], flags: SearchFlags): void {
  if (flags.json) {
    process.stdout.write(JSON.stringify(hits, null, 2) + '\n');
    return;
  }
  const style = process.stdout.isTTY ? BOLD : PLAIN;
  if (!hits.length) process.stderr.write(`no match for ${safeLine(JSON.stringify(query))}\n`);
  hits.forEach((h, i) => {
    const meta = [h.outlet, h.published?.slice(0, 10)].filter(Boolean).join(', ');
    process.stdout.write(safeLine(`${flags.offset + i + 1}. ${h.title || '(untitled)'}${meta ? `  (${meta})` : ''}  [${h.id}]`) + '\n');
    process.stdout.write(`   ${renderSnippet(h.snippet, markers, style)}\n`);
  });
}
