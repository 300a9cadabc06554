// dossier search "query": ranked full-text search with highlighted snippets.
import { randomBytes } from 'node:crypto';
import { Command } from 'commander';
import { searchWithin } from '../../store/sqlite/deadline.js';
import { SearchSyntaxError, type SearchHit } from '../../store/types.js';
import { DEFAULT_DB, parseLimit, parseSeconds } from '../options.js';
import { safeLine, safeMessage } from '../terminal.js';

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

export function searchCommand(): Command {
  return new Command('search')
    .description('full-text search over titles and bodies (FTS5 syntax: words, "phrases", AND/OR/NOT, prefix*)')
    .argument('<query>', 'search query')
    .option('--db <path>', 'SQLite database file', DEFAULT_DB)
    .option('-n, --limit <n>', 'number of results', parseLimit, 10)
    .option('--json', 'print the hits as JSON')
    .option('--time-limit <seconds>', 'stop a search that takes longer', parseSeconds, DEFAULT_TIME_LIMIT_S)
    .action(async (query: string, flags: { db: string; limit: number; json?: boolean; timeLimit: number }) => {
      const markers = flags.json ? PLAIN : nonceMarkers();
      let hits: SearchHit[];
      try {
        hits = await searchWithin(flags.db, query, { limit: flags.limit, highlight: markers }, flags.timeLimit * 1000);
      } catch (e) {
        if (!(e instanceof SearchSyntaxError)) throw e;
        process.stderr.write(`dossier: ${safeMessage(e.message)}\n`);
        process.exitCode = 2;
        return;
      }
      if (flags.json) {
        process.stdout.write(JSON.stringify(hits, null, 2) + '\n');
        return;
      }
      const style = process.stdout.isTTY ? BOLD : PLAIN;
      if (!hits.length) process.stderr.write(`no match for ${safeLine(JSON.stringify(query))}\n`);
      hits.forEach((h, i) => {
        const meta = [h.outlet, h.published?.slice(0, 10)].filter(Boolean).join(', ');
        process.stdout.write(safeLine(`${i + 1}. ${h.title || '(untitled)'}${meta ? `  (${meta})` : ''}  [${h.id}]`) + '\n');
        process.stdout.write(`   ${renderSnippet(h.snippet, markers, style)}\n`);
      });
    });
}
