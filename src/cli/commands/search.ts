// dossier search "query": ranked full-text search with highlighted snippets.
import { Command } from 'commander';
import { DEFAULT_DB, parseLimit } from '../options.js';
import { withStore } from '../store.js';

const BOLD: [string, string] = ['\x1b[1m', '\x1b[0m'];
const PLAIN: [string, string] = ['[', ']'];

export function searchCommand(): Command {
  return new Command('search')
    .description('full-text search over titles and bodies (FTS5 syntax: words, "phrases", AND/OR/NOT, prefix*)')
    .argument('<query>', 'search query')
    .option('--db <path>', 'SQLite database file', DEFAULT_DB)
    .option('-n, --limit <n>', 'number of results', parseLimit, 10)
    .option('--json', 'print the hits as JSON')
    .action((query: string, flags: { db: string; limit: number; json?: boolean }) => {
      withStore(flags.db, (store) => {
        const highlight = flags.json || !process.stdout.isTTY ? PLAIN : BOLD;
        const hits = store.search(query, { limit: flags.limit, highlight });
        if (flags.json) {
          process.stdout.write(JSON.stringify(hits, null, 2) + '\n');
          return;
        }
        if (!hits.length) process.stderr.write(`no match for ${JSON.stringify(query)}\n`);
        hits.forEach((h, i) => {
          const meta = [h.outlet, h.published?.slice(0, 10)].filter(Boolean).join(', ');
          process.stdout.write(`${i + 1}. ${h.title || '(untitled)'}${meta ? `  (${meta})` : ''}  [${h.id}]\n`);
          process.stdout.write(`   ${h.snippet.replace(/\s+/g, ' ')}\n`);
        });
      });
    });
}
