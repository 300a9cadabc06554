// dossier ingest <inputs…>: analyse and store, as one resumable job per batch.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { Command } from 'commander';
import { runBatch } from '../batch.js';
import { addInputOptions, DEFAULT_DB, inputOptions, type InputFlags } from '../options.js';
import { openStore } from '../store.js';

interface Flags extends InputFlags {
  db: string;
}

/** The same inputs (as resolved paths or URLs) make the same job, so a re-run resumes an interrupted one. */
function jobKey(inputs: readonly string[]): string {
  const parts = inputs.map((i) => (i === '-' ? `stdin:${Date.now()}:${Math.random()}` : /^https?:/i.test(i) ? i : resolve(i)));
  return createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 24);
}

export function ingestCommand(): Command {
  const cmd = new Command('ingest')
    .description('analyse articles and store them (idempotent; an interrupted batch resumes when run again)')
    .argument('<inputs...>', 'paths, directories, URLs, or - for stdin')
    .option('--db <path>', 'SQLite database file', DEFAULT_DB);
  addInputOptions(cmd);
  return cmd.action(async (inputs: string[], flags: Flags) => {
    const store = openStore(flags.db);
    const counts = { new: 0, version: 0, same: 0 };
    try {
      const job = store.openJob(jobKey(inputs), inputs);
      const skip = job.resumed ? store.doneSources(job.id) : undefined;
      if (skip?.size) process.stderr.write(`resuming job ${job.id}: ${skip.size} items already stored\n`);
      const report = await runBatch(inputs, {
        ...inputOptions(flags),
        label: 'ingest',
        skip,
        onFailure: (source, error) => store.markSource(job.id, { source, status: 'failed', error }),
      }, (analysis, source) => {
        const put = store.transaction(() => {
          const result = store.put(analysis);
          store.markSource(job.id, { source, status: 'ok', articleId: result.id });
          return result;
        });
        counts[put.status]++;
      });
      store.finishJob(job.id);
      process.stderr.write(
        `${report.summary()} (${counts.new} new, ${counts.version} new versions, ${counts.same} unchanged; ${store.count()} articles in ${flags.db})\n`,
      );
      process.exitCode = report.exitCode();
    } finally {
      store.close();
    }
  });
}
