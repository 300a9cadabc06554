// dossier stories: the store's stories (clusters of articles about one event, across outlets, with their copies),
// biggest first. Like `story` and `entity`, it first brings the assignment up to date (src/stories/update.ts):
// articles stored since the last run join their stories; cheap when nothing is new.
import { existsSync } from 'node:fs';
import { Command } from 'commander';
import type { Store, StorySummary } from '../../store/api.js';
import { DEFAULT_DB, parseLimit } from '../options.js';
import { openAsyncStore } from '../store-async.js';
import { safeLine } from '../terminal.js';
import { clip, formatTable } from './entities.js';

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const MAX_TITLE_WIDTH = 70;

/** Opens the store, assigns what is new (when the store can be written), runs `use`, closes. A store that cannot
 *  be written (read-only media or permissions) is read as it is. */
export async function withUpdatedStore(path: string, json: boolean | undefined, use: (store: Store) => Promise<void>): Promise<void> {
  let store: Store;
  if (path !== ':memory:' && !existsSync(path)) store = await openAsyncStore(path, { readOnly: true }); // throws the usual error
  else {
    try {
      store = await openAsyncStore(path);
    } catch {
      store = await openAsyncStore(path, { readOnly: true });
    }
  }
  try {
    const r = await store.updateStories();
    if (r.assigned && !json)
      process.stderr.write(`stories: ${r.assigned} new article${r.assigned === 1 ? '' : 's'} assigned (${r.copies} copies, ${r.merges} merges) in ${Math.round(r.ms)} ms\n`);
    await use(store);
  } finally {
    await store.close();
  }
}

export const day = (iso: string | null) => iso?.slice(0, 10) ?? '-';

function formatStories(rows: StorySummary[]): string[] {
  const cells = rows.map((s) =>
    [s.id, day(s.firstSeen), day(s.lastSeen), String(s.articles), String(s.outlets), String(s.copies), clip(s.title.replace(/\s+/g, ' ').trim() || '(untitled)', MAX_TITLE_WIDTH)].map(safeLine),
  );
  return formatTable(['STORY', 'FIRST', 'LAST', 'ARTICLES', 'OUTLETS', 'COPIES', 'TITLE'], cells, new Set([3, 4, 5]));
}

export function storiesCommand(): Command {
  return new Command('stories')
    .description('list stories (articles about one event across outlets, copies linked), biggest first')
    .option('--since <date>', 'stories seen on or after this ISO date')
    .option('--entity <name>', 'only stories with an article that mentions this entity (any of its names)')
    .option('-n, --limit <n>', 'number of stories', parseLimit, 20)
    .option('--db <path>', 'SQLite database file', DEFAULT_DB)
    .option('--json', 'print the stories as JSON')
    .action(async (flags: { since?: string; entity?: string; limit: number; db: string; json?: boolean }) => {
      if (flags.since && !ISO_DATE.test(flags.since)) {
        process.stderr.write(safeLine(`dossier: not an ISO date: ${flags.since}`) + '\n');
        process.exitCode = 2;
        return;
      }
      await withUpdatedStore(flags.db, flags.json, async (store) => {
        let entityIds: number[] | undefined;
        if (flags.entity !== undefined) {
          entityIds = (await store.findEntities(flags.entity)).flatMap((g) => g.ids);
          if (!entityIds.length) {
            if (flags.json) process.stdout.write('[]\n');
            else process.stderr.write(safeLine(`no entity named ${JSON.stringify(flags.entity)} in ${flags.db}`) + '\n');
            return;
          }
        }
        const rows = await store.listStories({ since: flags.since, entityIds, limit: flags.limit });
        if (flags.json) {
          process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
          return;
        }
        if (!rows.length) {
          process.stderr.write(safeLine(`no stories match in ${flags.db}`) + '\n');
          return;
        }
        process.stdout.write(formatStories(rows).join('\n') + '\n');
      });
    });
}
