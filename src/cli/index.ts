// The `dossier` command line: a thin layer over the pipeline and the store.
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { packageFile } from '../resolve-data.js';
import { safeMessage } from './terminal.js';

/** Every command, by name: the one line `dossier --help` lists, and how its module is loaded. A command's module
 *  (and what it imports: the pipeline, its models, SQLite) loads only when that command runs, so `--version` and
 *  `--help` start in a few tens of milliseconds. The command's own `--help` gives its full description. */
const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  analyze: {
    summary: 'analyse articles (files, directories, -, JSON Lines, .gz, URLs) and print the results',
    load: async () => (await import('./commands/analyze.js')).analyzeCommand(),
  },
  extract: {
    summary: 'extract the clean article (metadata and body, no language layers) of each input as JSON',
    load: async () => (await import('./commands/extract.js')).extractCommand(),
  },
  ingest: {
    summary: 'analyse articles and store them (idempotent; an interrupted batch resumes when run again)',
    load: async () => (await import('./commands/ingest.js')).ingestCommand(),
  },
  search: {
    summary: 'full-text search over titles and bodies (words, "phrases", AND/OR/NOT, prefix*)',
    load: async () => (await import('./commands/search.js')).searchCommand(),
  },
  show: {
    summary: 'show a stored article by id (or a unique id prefix)',
    load: async () => (await import('./commands/show.js')).showCommand(),
  },
  entities: {
    summary: 'list the canonical entities across stored articles, most mentioned first',
    load: async () => (await import('./commands/entities.js')).entitiesCommand(),
  },
  quotes: {
    summary: 'search quotes by speaker and/or text; with neither, the newest quotes',
    load: async () => (await import('./commands/quotes.js')).quotesCommand(),
  },
  events: {
    summary: 'list stored events (PLOVER) by actor, type, target and date, with the sentence that tells each',
    load: async () => (await import('./commands/events.js')).eventsCommand(),
  },
  export: {
    summary: 'export stored articles (JSON Lines, PLOVER records, GDELT-style TSV)',
    load: async () => (await import('./commands/export.js')).exportCommand(),
  },
  stories: {
    summary: 'list stories (articles about one event across outlets, copies linked), biggest first',
    load: async () => (await import('./commands/stories.js')).storiesCommand(),
  },
  story: {
    summary: "a story's timeline: its articles across outlets and copies, its events and quotes by date",
    load: async () => (await import('./commands/story.js')).storyCommand(),
  },
  entity: {
    summary: "one entity's dossier: its names, quotes, events as source and target, co-occurring entities",
    load: async () => (await import('./commands/entity.js')).entityCommand(),
  },
  eval: {
    summary: 'evaluate a layer against a gold set with the reference scorer',
    load: async () => (await import('./commands/eval.js')).evalCommand(),
  },
  serve: {
    summary: 'serve the HTTP API and the web UI over a store (loopback; DOSSIER_TOKEN beyond it)',
    load: async () => (await import('./commands/serve.js')).serveCommand(),
  },
  demo: {
    summary: 'ingest the bundled sample articles into a local SQLite file and print what was found',
    load: async () => (await import('./commands/demo.js')).demoCommand(),
  },
};

/** The package's one version string. */
const VERSION = (JSON.parse(readFileSync(packageFile('package.json'), 'utf8')) as { version: string }).version;

/** The name of the command `argv` runs (`dossier help <name>` included), if it is one of ours. */
function commandIn(argv: readonly string[]): string | undefined {
  const args = argv.slice(2);
  const name = args[0] === 'help' ? args[1] : args.find((a) => !a.startsWith('-'));
  return name !== undefined && Object.hasOwn(COMMANDS, name) ? name : undefined;
}

/** The program for `argv`: the command it runs, loaded; every other one a stub that only names itself in `--help`. */
export async function program(argv: readonly string[] = process.argv): Promise<Command> {
  const wanted = commandIn(argv);
  const root = new Command('dossier')
    .description('Dossier: turn news articles into structured, verifiable data')
    .version(VERSION)
    .showHelpAfterError();
  for (const [name, { summary, load }] of Object.entries(COMMANDS))
    root.addCommand(name === wanted ? (await load()).summary(summary) : new Command(name).description(summary));
  return root;
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
  .then((p) => p.parseAsync(process.argv))
  .catch((e: unknown) => {
    process.stderr.write(`dossier: ${safeMessage(e instanceof Error ? e.message : String(e))}\n`);
    process.exitCode = 2;
  })
  .finally(() => setTimeout(() => process.exit(), EXIT_GRACE_MS).unref());
