// dossier export --format jsonl: every stored article's analysis document, one per line.
// --format plover: one PLOVER JSON record per asserted event, one per line; --format gdelt: a GDELT Events
// 2.0-style TSV of the events (columns described in src/nlp/events/export.ts).
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { Command, Option } from 'commander';
import { DEFAULT_DB } from '../options.js';
import { openAsyncStore } from '../store-async.js';
import type { Analysis } from '../../doc/schema.js';
import { GDELT_COLUMNS, gdeltRows, ploverRecords } from '../../nlp/events/export.js';

export function exportCommand(): Command {
  return new Command('export')
    .description('export stored articles')
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'plover', 'gdelt']).default('jsonl'))
    .option('--db <path>', 'SQLite database file', DEFAULT_DB)
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .action(async (flags: { format: string; db: string; out?: string }) => {
      const store = await openAsyncStore(flags.db, { readOnly: true });
      const out = flags.out ? createWriteStream(flags.out) : process.stdout;
      let n = 0;
      const lines = (a: Analysis): string[] =>
        flags.format === 'plover' ? ploverRecords(a).map((r) => JSON.stringify(r))
          : flags.format === 'gdelt' ? gdeltRows(a).map((r) => r.join('\t'))
            : [JSON.stringify(a)];
      try {
        if (flags.format === 'gdelt') out.write(GDELT_COLUMNS.join('\t') + '\n');
        for await (const article of store.iterate()) {
          for (const line of lines(article.analysis)) if (!out.write(line + '\n')) await once(out, 'drain');
          n++;
        }
      } finally {
        await store.close();
      }
      if (flags.out) {
        out.end();
        await once(out, 'finish');
      }
      process.stderr.write(`exported ${n} articles\n`);
    });
}
