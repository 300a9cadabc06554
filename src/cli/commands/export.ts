// dossier export --format jsonl: every stored article's analysis document, one per line.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { Command, Option } from 'commander';
import { DEFAULT_DB } from '../options.js';
import { openStore } from '../store.js';

export function exportCommand(): Command {
  return new Command('export')
    .description('export stored articles')
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl']).default('jsonl'))
    .option('--db <path>', 'SQLite database file', DEFAULT_DB)
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .action(async (flags: { db: string; out?: string }) => {
      const store = openStore(flags.db, { readOnly: true });
      const out = flags.out ? createWriteStream(flags.out) : process.stdout;
      let n = 0;
      try {
        for (const article of store.iterate()) {
          if (!out.write(JSON.stringify(article.analysis) + '\n')) await once(out, 'drain');
          n++;
        }
      } finally {
        store.close();
      }
      if (flags.out) {
        out.end();
        await once(out, 'finish');
      }
      process.stderr.write(`exported ${n} articles\n`);
    });
}
