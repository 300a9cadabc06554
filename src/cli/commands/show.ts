// dossier show ID: one stored article (summary, then its text; --json for the whole document).
import { Command } from 'commander';
import { DEFAULT_DB } from '../options.js';
import { openStore } from '../store.js';
import { summarize } from '../summary.js';

export function showCommand(): Command {
  return new Command('show')
    .description('show a stored article by id (or a unique id prefix)')
    .argument('<id>', 'article id')
    .option('--db <path>', 'SQLite database file', DEFAULT_DB)
    .option('--json', 'print the analysis document')
    .action((id: string, flags: { db: string; json?: boolean }) => {
      const store = openStore(flags.db);
      try {
        const found = store.get(id);
        if (!found) {
          process.stderr.write(`dossier: no article with id "${id}" in ${flags.db}\n`);
          process.exitCode = 1;
          return;
        }
        if (flags.json) {
          process.stdout.write(JSON.stringify(found.analysis, null, 2) + '\n');
          return;
        }
        const a = found.analysis;
        process.stdout.write(
          `${summarize(a)}\n  version:   ${found.version} (first seen ${found.firstSeen}, updated ${found.updated})\n\n${a.text}\n`,
        );
      } finally {
        store.close();
      }
    });
}
