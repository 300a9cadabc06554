// The `dossier` command line: a thin layer over the pipeline and the store.
import { Command } from 'commander';
import { analyzeCommand } from './commands/analyze.js';
import { demoCommand } from './commands/demo.js';
import { evalCommand } from './commands/eval.js';
import { exportCommand } from './commands/export.js';
import { ingestCommand } from './commands/ingest.js';
import { searchCommand } from './commands/search.js';
import { showCommand } from './commands/show.js';
import { entitiesCommand } from './commands/entities.js';
import { quotesCommand } from './commands/quotes.js';
import { eventsCommand } from './commands/events.js';
import { safeMessage } from './terminal.js';

export function program(): Command {
  return new Command('dossier')
    .description('Dossier: turn news articles into structured, verifiable data')
    .version('0.1.0')
    .showHelpAfterError()
    .addCommand(analyzeCommand())
    .addCommand(ingestCommand())
    .addCommand(searchCommand())
    .addCommand(showCommand())
    .addCommand(entitiesCommand())
    .addCommand(quotesCommand())
    .addCommand(eventsCommand())
    .addCommand(exportCommand())
    .addCommand(evalCommand())
    .addCommand(demoCommand());
}

// A closed pipe (`dossier export | head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

/** Once the command's work is done, nothing may keep the process alive (a socket a hostile server holds open,
 *  a stray timer): after this grace for pending output, it exits. The timer is unref'd, so a clean run exits
 *  at once without waiting for it. */
const EXIT_GRACE_MS = 200;

program()
  .parseAsync(process.argv)
  .catch((e: unknown) => {
    process.stderr.write(`dossier: ${safeMessage(e instanceof Error ? e.message : String(e))}\n`);
    process.exitCode = 2;
  })
  .finally(() => setTimeout(() => process.exit(), EXIT_GRACE_MS).unref());
