// dossier entities: the canonical entities of the store, most mentioned first (see store/sqlite/entity-key.ts
// for how names of one entity are merged across articles).
import { Command, InvalidArgumentError, Option } from 'commander';
import type { EntityType } from '../../store/api.js';
import { DEFAULT_DB, parseLimit } from '../options.js';
import { withAsyncStore } from '../store-async.js';
import { safeLine } from '../terminal.js';

const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'LOC', 'NORP', 'MISC'];
/** Longest name shown in a table cell; --json gives names whole. */
const MAX_NAME_WIDTH = 40;

function parseType(v: string): EntityType {
  const t = v.toUpperCase() as EntityType;
  if (!ENTITY_TYPES.includes(t)) throw new InvalidArgumentError(`not an entity type: "${v}" (one of ${ENTITY_TYPES.join(', ')})`);
  return t;
}

export const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

/** Rows as aligned columns (two spaces apart); columns in `right` are right-aligned (numbers). */
export function formatTable(header: string[], rows: string[][], right: ReadonlySet<number> = new Set()): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (right.has(i) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)];
}

export function entitiesCommand(): Command {
  return new Command('entities')
    .description('list the canonical entities across stored articles, most mentioned first')
    .addOption(new Option('--type <type>', `only this type (${ENTITY_TYPES.join(', ')})`).argParser(parseType))
    .option('-n, --limit <n>', 'number of entities', parseLimit, 20)
    .addOption(new Option('--by <ranking>', 'rank by total mentions or by number of articles').choices(['mentions', 'articles']).default('mentions'))
    .option('--db <path>', 'SQLite database file', DEFAULT_DB)
    .option('--json', 'print the entities as JSON')
    .action(async (flags: { type?: EntityType; limit: number; by: 'mentions' | 'articles'; db: string; json?: boolean }) => {
      await withAsyncStore(flags.db, async (store) => {
        const top = await store.topEntities({ type: flags.type, limit: flags.limit, by: flags.by });
        if (flags.json) {
          process.stdout.write(JSON.stringify(top, null, 2) + '\n');
          return;
        }
        if (!top.length) {
          process.stderr.write(`no ${flags.type ?? ''}${flags.type ? ' ' : ''}entities in ${flags.db}\n`);
          return;
        }
        const rows = top.map((e) => [clip(e.name, MAX_NAME_WIDTH), e.type, e.country ?? '-', String(e.articles), String(e.mentions)].map(safeLine));
        const lines = formatTable(['NAME', 'TYPE', 'COUNTRY', 'ARTICLES', 'MENTIONS'], rows, new Set([3, 4]));
        process.stdout.write(lines.join('\n') + '\n');
      });
    });
}
