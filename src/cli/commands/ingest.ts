// dossier ingest <inputs…>: analyse and store, as one resumable job per batch (src/service/ingest.ts; printed by
// ../ingest-run.ts).
import { Command } from 'commander';
import { ingestInputs } from '../ingest-run.js';
import { addInputOptions, DEFAULT_DB, inputOptions, type InputFlags } from '../options.js';
import { openAsyncStore } from '../store-async.js';

interface Flags extends InputFlags {
  db: string;
}

export function ingestCommand(): Command {
  const cmd = new Command('ingest')
    .description('analyse articles and store them (idempotent; an interrupted batch resumes when run again)')
    .argument('<inputs...>', 'paths, directories, URLs, or - for stdin')
    .option('--db <path>', 'SQLite database file', DEFAULT_DB);
  addInputOptions(cmd);
  return cmd.action(async (inputs: string[], flags: Flags) => {
    const store = await openAsyncStore(flags.db);
    try {
      const { exitCode } = await ingestInputs(store, inputs, inputOptions(flags), flags.db);
      process.exitCode = process.exitCode || exitCode; // 130 after Ctrl-C
    } finally {
      try {
        await store.close();
      } catch {
        // a store that failed (full disk) may fail to close too; the summary is already out
      }
    }
  });
}
