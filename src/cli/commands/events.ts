// dossier events: stored events by source actor, type, target and date, with the cue and the sentence that tells
// them, from the store's event rows (indexed by type, date and actor code).
import { Command } from 'commander';
import { withAsyncStore } from '../store-async.js';
import { DEFAULT_DB, parseLimit } from '../options.js';
import { safeLine } from '../terminal.js';
import type { EventRow } from '../../store/event-filter.js';

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function formatEvent(r: EventRow): string {
  const who = (s: EventRow['source']) => (s.codes.length ? s.codes.join('+') : '?') + (s.names.length ? ` (${s.names.join(', ')})` : '');
  const status = r.status === 'asserted' ? '' : ` [${r.status}]`;
  const head = `${r.date ?? '????-??-??'}  ${r.type}${r.mode ? `/${r.mode}` : ''}${status}  ${who(r.source)} → ${r.target.codes.length ? who(r.target) : '—'}`;
  const told = `   “${r.cue ?? ''}”: ${r.sentence.replace(/\s+/g, ' ').trim()}`;
  return safeLine(head) + '\n' + safeLine(`${told}  [${r.articleId}${r.mentions > 1 ? `, told ${r.mentions}×` : ''}]`);
}

export function eventsCommand(): Command {
  return new Command('events')
    .description('list stored events (PLOVER) by actor, type, target and date, with the sentence that tells each')
    .option('--actor <code|name>', 'source actor: a country / actor code (UKR, IGO) or words of an entity name')
    .option('--target <code|name>', 'target actor, as --actor')
    .option('--type <TYPE>', 'PLOVER event type (AGREE, CONSULT, ASSAULT, …)')
    .option('--since <date>', 'events on or after this ISO date')
    .option('--until <date>', 'events on or before this ISO date')
    .option('--all', 'also negated, hypothetical, future and denied events')
    .option('-n, --limit <n>', 'number of events', parseLimit, 50)
    .option('--db <path>', 'SQLite database file', DEFAULT_DB)
    .option('--json', 'print the events as JSON')
    .action(async (flags: { actor?: string; target?: string; type?: string; since?: string; until?: string; all?: boolean; limit: number; db: string; json?: boolean }) => {
      for (const d of [flags.since, flags.until]) {
        if (d && !ISO_DATE.test(d)) {
          process.stderr.write(safeLine(`dossier: not an ISO date: ${d}`) + '\n');
          process.exitCode = 2;
          return;
        }
      }
      await withAsyncStore(flags.db, async (store) => {
        const shown = await store.searchEvents(flags);
        if (flags.json) {
          process.stdout.write(JSON.stringify(shown, null, 2) + '\n');
          return;
        }
        if (!shown.length) process.stderr.write(safeLine(`no events match in ${flags.db}`) + '\n');
        for (const r of shown) process.stdout.write(formatEvent(r) + '\n');
      });
    });
}
