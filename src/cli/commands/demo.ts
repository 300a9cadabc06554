// dossier demo: ingests the bundled sample (the seed article and twelve Wikinews articles, as scraped text, HTML
// pages and JSON Lines records) and prints what it found.
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { createAnalyzer } from '../../run/analyzer.js';
import { DEFAULT_TIMEOUT_PER_INPUT_S } from '../../run/settings.js';
import { packageFile } from '../../resolve-data.js';
import { runBatch } from '../batch.js';
import { DEFAULT_DB, inputOptions } from '../options.js';
import { parseQuery } from '../../store/query.js';
import { openAsyncStore } from '../store-async.js';
import { summarize } from '../summary.js';
import { safeLine } from '../terminal.js';

const fixture = (path: string) => fileURLToPath(packageFile(`fixtures/${path}`));

/** Each sample with the publication date to assume when it names none (the seed reports on Friday 2025-07-25). */
export const SAMPLES: { path: string; published?: string }[] = [
  { path: fixture('seed/000_91520a0463e5f117.txt'), published: '2025-07-25' },
  // Wikinews articles (fixtures/README.md): their own date lines and records date them.
  { path: fixture('demo') },
];

export function demoCommand(): Command {
  return new Command('demo')
    .description('ingest the bundled sample articles into a local SQLite file and print what was found')
    .option('--db <path>', 'SQLite database file', DEFAULT_DB)
    .action(async (flags: { db: string }) => {
      const store = await openAsyncStore(flags.db);
      // One analysis worker for every sample (each batch would otherwise start and warm its own).
      const analyzer = createAnalyzer({ timeoutMs: DEFAULT_TIMEOUT_PER_INPUT_S * 1000 });
      let ok = 0;
      let failed = 0;
      try {
        for (const sample of SAMPLES) {
          const opts = inputOptions({ published: sample.published });
          const report = await runBatch([sample.path], { ...opts, label: 'demo', analyzer }, async (analysis) => {
            await store.put(analysis);
            process.stdout.write(summarize(analysis) + '\n\n');
          });
          ok += report.ok;
          failed += report.failed;
        }
        const query = 'Boeing OR Zelenskyy';
        process.stdout.write(`search ${JSON.stringify(query)}:\n`);
        for (const hit of await store.search(parseQuery(query), { limit: 3 }))
          process.stdout.write(`  ${safeLine(hit.title ?? '')}  [${hit.id}]\n    ${safeLine(hit.snippet.replace(/\s+/g, ' '))}\n`);
        process.stdout.write(
          `\n${ok} ok, ${failed} failed; ${await store.count()} articles in ${safeLine(flags.db)}.\n` +
            `Try: dossier search "Putin" --db ${flags.db}   dossier show <id> --db ${flags.db}\n`,
        );
      } finally {
        await analyzer.close();
        await store.close();
      }
      process.exitCode = ok ? 0 : 1;
    });
}
