// dossier quotes: stored quotes by speaker (a surname is enough) and/or by words of the quote; like `search`, the
// query runs with a time limit (--time-limit) besides the query's length and word caps.
import { Command } from 'commander';
import { parseQuery } from '../../store/query.js';
import { DEFAULT_TIME_LIMIT_S } from '../../store/sqlite/deadline.js';
import type { QuoteHit } from '../../store/types.js';
import { DEFAULT_DB, parseLimit, parseSeconds } from '../options.js';
import { reportQueryError, withAsyncStore } from '../store-async.js';
import { safeLine } from '../terminal.js';

/** speaker — “quote” — title, date  [id]; reported speech without quotation marks, so it is not read as verbatim. */
function formatQuote(q: QuoteHit): string {
  const text = q.text.replace(/\s+/g, ' ').trim();
  const said = q.kind === 'indirect' ? `(indirect) ${text}` : `“${text}”`;
  const where = [q.title || '(untitled)', q.published?.slice(0, 10)].filter(Boolean).join(', ');
  return safeLine(`${q.speaker ?? '(unattributed)'} — ${said} — ${where}  [${q.articleId}]`);
}

export function quotesCommand(): Command {
  return new Command('quotes')
    .description('search quotes by speaker and/or text; with neither, the newest quotes')
    .option('--speaker <name>', 'speaker name; every word must match (case and accents ignored), a surname is enough')
    .option('--text <words>', 'words of the quote (search syntax: words, "phrases", OR, NOT, prefix*)')
    .option('-n, --limit <n>', 'number of quotes', parseLimit, 20)
    .option('--db <path>', 'SQLite database file', DEFAULT_DB)
    .option('--json', 'print the quotes as JSON')
    .option('--time-limit <seconds>', 'stop a search that takes longer', parseSeconds, DEFAULT_TIME_LIMIT_S)
    .action(async (flags: { speaker?: string; text?: string; limit: number; db: string; json?: boolean; timeLimit: number }) => {
      // A bad query is refused before the store is opened.
      let text;
      try {
        text = flags.text === undefined ? undefined : parseQuery(flags.text, { label: `quotes: invalid text query ${JSON.stringify(flags.text)}` });
      } catch (e) {
        if (reportQueryError(e)) return;
        throw e;
      }
      await withAsyncStore(flags.db, async (store) => {
        const hits = await store.searchQuotes({ speaker: flags.speaker, text, limit: flags.limit, timeLimitMs: flags.timeLimit * 1000 });
        if (flags.json) {
          process.stdout.write(JSON.stringify(hits, null, 2) + '\n');
          return;
        }
        if (!hits.length) {
          const what = [flags.speaker && `speaker ${JSON.stringify(flags.speaker)}`, flags.text && `text ${JSON.stringify(flags.text)}`];
          process.stderr.write(safeLine(`no quotes${what.some(Boolean) ? ' for ' + what.filter(Boolean).join(' and ') : ''} in ${flags.db}`) + '\n');
        }
        for (const q of hits) process.stdout.write(formatQuote(q) + '\n');
      });
    });
}
