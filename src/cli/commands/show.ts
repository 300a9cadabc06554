// dossier show ID: one stored article (summary, its entities and layer counts, then its text; --json for the
// whole document).
import { Command } from 'commander';
import type { Analysis } from '../../doc/schema.js';
import type { ArticleEntity, StoredArticle } from '../../store/api.js';
import { DEFAULT_DB } from '../options.js';
import { withAsyncStore } from '../store-async.js';
import { summarize } from '../summary.js';
import { safeLine, safeText } from '../terminal.js';
import { clip, formatTable } from './entities.js';

/** Longest entity name shown; --json gives the whole document. */
const MAX_NAME_WIDTH = 48;

/** The entities table (absent layer → nothing) and a one-line count of the other layers that ran. */
function layerLines(a: Analysis, entities: ArticleEntity[]): string[] {
  const lines: string[] = [];
  if (a.entities) {
    lines.push(`  entities:  ${entities.length || 'none'}`);
    // The canonical name only when it says more than a change of case ("Zelenskyy (= Volodymyr Zelenskyy)").
    const rows = entities.map((e) => [
      clip(e.name, MAX_NAME_WIDTH) +
        (e.canonicalName.toLowerCase() !== e.name.toLowerCase() ? ` (= ${clip(e.canonicalName, MAX_NAME_WIDTH)})` : ''),
      e.type, e.role ?? '-', e.country ?? '-', e.sector ?? '-', String(e.mentions),
    ].map(safeLine));
    if (rows.length)
      for (const l of formatTable(['NAME', 'TYPE', 'ROLE', 'COUNTRY', 'SECTOR', 'MENTIONS'], rows, new Set([5]))) lines.push(`    ${l}`);
  }
  const counts = (['quotes', 'attributions', 'amounts', 'times'] as const).filter((k) => a[k]).map((k) => `${a[k]!.length} ${k}`);
  if (counts.length) lines.push(`  layers:    ${counts.join(', ')}`);
  return lines;
}

/** Where the latest version came from, and the article it claimed to be when it is a claimed copy. */
function originLines(found: StoredArticle): string[] {
  const lines: string[] = [];
  const p = found.provenance;
  if (p) {
    const detail = p.kind === 'fetch' ? p.finalUrl : p.kind === 'record' && p.recordId ? `${p.source} (record ${p.recordId})` : p.source;
    lines.push(`  from:      ${p.kind}: ${safeLine(detail ?? p.source)}`);
  }
  if (found.copyOf) lines.push(`  note:      claimed copy of ${found.copyOf} (it named that article's URL or text but may not speak for it)`);
  return lines;
}

export function showCommand(): Command {
  return new Command('show')
    .description('show a stored article by id (or a unique id prefix)')
    .argument('<id>', 'article id')
    .option('--db <path>', 'SQLite database file', DEFAULT_DB)
    .option('--json', 'print the analysis document')
    .action(async (id: string, flags: { db: string; json?: boolean }) => {
      await withAsyncStore(flags.db, async (store) => {
        const found = await store.get(id);
        if (!found) {
          process.stderr.write(`dossier: no article with id "${safeLine(id)}" in ${safeLine(flags.db)}\n`);
          process.exitCode = 1;
          return;
        }
        if (flags.json) {
          process.stdout.write(JSON.stringify(found.analysis, null, 2) + '\n');
          return;
        }
        const a = found.analysis;
        const header = [
          summarize(a),
          `  version:   ${found.version} (first seen ${found.firstSeen}, updated ${found.updated})`,
          ...originLines(found),
          ...layerLines(a, await store.articleEntities(found.id)),
        ];
        process.stdout.write(`${header.join('\n')}\n\n${safeText(a.text)}\n`);
      });
    });
}
