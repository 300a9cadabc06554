// dossier serve: the HTTP API and the web UI over a store (src/server). Prints its URL; on loopback reads are open,
// beyond it DOSSIER_TOKEN is required (and POST /api/ingest always needs it). Ctrl-C or SIGTERM stop it cleanly.
import { readFileSync } from 'node:fs';
import { Command, InvalidArgumentError } from 'commander';
import { packageFile } from '../../resolve-data.js';
import { NeedsToken, startServer } from '../../server/serve.js';
import { SEARCH_TIME_LIMIT_MS } from '../../server/settings.js';
import { DEFAULT_DB } from '../options.js';
import { openAsyncStore } from '../store-async.js';
import { safeLine, safeMessage } from '../terminal.js';
import { SAMPLES } from './demo.js';

function parsePort(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError(`not a port: "${v}"`);
  return n;
}

interface Flags {
  port: number;
  host: string;
  db: string;
  demoIfEmpty?: boolean;
}

export function serveCommand(): Command {
  return new Command('serve')
    .description('serve the HTTP API and the web UI over a store')
    .option('--port <n>', 'port to listen on (0: any free one)', parsePort, 8080)
    .option('--host <address>', 'address to listen on (beyond loopback needs DOSSIER_TOKEN)', '127.0.0.1')
    .option('--db <path>', 'SQLite database file', DEFAULT_DB)
    .option('--demo-if-empty', 'ingest the bundled demo articles first when the store is empty')
    .action(async (flags: Flags) => {
      const token = process.env.DOSSIER_TOKEN?.trim() || null;
      const version = (JSON.parse(readFileSync(packageFile('package.json'), 'utf8')) as { version: string }).version;
      const store = await openAsyncStore(flags.db, { searchTimeLimitMs: SEARCH_TIME_LIMIT_MS, residentSearch: true });
      let server;
      try {
        server = await startServer({
          store, host: flags.host, port: flags.port, token, version,
          seed: flags.demoIfEmpty ? SAMPLES : undefined,
          onSeeded: (r) => process.stderr.write(`demo: ${r.ok} articles stored, ${r.failed} failed\n`),
        });
      } catch (e) {
        await store.close();
        if (e instanceof NeedsToken || (e as NodeJS.ErrnoException).code === 'EADDRINUSE' || (e as NodeJS.ErrnoException).code === 'EACCES') {
          process.stderr.write(`dossier: ${safeMessage((e as Error).message)}\n`);
          process.exitCode = 2;
          return;
        }
        throw e;
      }
      process.stdout.write(`Dossier is at ${server.url}\n`);
      process.stderr.write(safeLine(`serving ${flags.db}${token ? '' : ' (no DOSSIER_TOKEN: POST /api/ingest is off)'}; Ctrl-C stops`) + '\n');
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await server.close();
      await store.close();
      process.stderr.write('stopped\n');
    });
}
