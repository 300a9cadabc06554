// dossier entity NAME: one entity's dossier across the store — its names, quotes, events as source and as target,
// the entities it appears with, mentions per day and its stories (src/stories/dossier.ts). A name several people
// share ("Biden") lists them instead; pick one by a fuller name or by its #id.
import { Command } from 'commander';
import type { DossierEvent, EntityDossier } from '../../stories/dossier.js';
import type { EntityGroup } from '../../stories/entity-link.js';
import { DEFAULT_DB } from '../options.js';
import { safeLine } from '../terminal.js';
import { withUpdatedStore } from './stories.js';

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

function describe(g: EntityGroup): string {
  const others = g.names.filter((n) => n !== g.name);
  return `${g.name} (${g.type}${g.country ? `, ${g.country}` : ''})${g.roles.length ? `, ${g.roles.slice(0, 3).join(', ')}` : ''}` +
    `  ${g.articles} article${g.articles === 1 ? '' : 's'}, ${g.mentions} mention${g.mentions === 1 ? '' : 's'}` +
    (others.length ? `  also: ${others.join('; ')}` : '');
}

function formatEvent(e: DossierEvent): string {
  return safeLine(`  ${e.date ?? '????-??-??'}  ${e.type}${e.mode ? `/${e.mode}` : ''}  ${e.source.join(', ') || '?'} → ${e.target.join(', ') || '—'}  “${e.cue ?? ''}”: ${oneLine(e.sentenceText)}  [${e.articleId} ${e.sentence.start}-${e.sentence.end}]`);
}

export function formatDossier(d: EntityDossier): string[] {
  const out = [safeLine(describe(d.entity)), safeLine(`  seen ${d.firstSeen ?? '-'} → ${d.lastSeen ?? '-'}`)];
  out.push('', `Quotes (${d.quotes.length}):`);
  for (const q of d.quotes) {
    const said = q.kind === 'indirect' ? `(indirect) ${oneLine(q.text)}` : `“${oneLine(q.text)}”`;
    out.push(safeLine(`  ${q.date ?? '????-??-??'}  ${said}  [${q.articleId} ${q.span.start}-${q.span.end}]`));
  }
  out.push('', `Events as source (${d.eventsAsSource.length}):`, ...d.eventsAsSource.map(formatEvent));
  out.push('', `Events as target (${d.eventsAsTarget.length}):`, ...d.eventsAsTarget.map(formatEvent));
  out.push('', 'Appears with (articles):');
  for (const c of d.coEntities) out.push(safeLine(`  ${String(c.articles).padStart(4)}  ${c.name} (${c.type}${c.country ? `, ${c.country}` : ''})`));
  out.push('', 'Mentions per day:');
  for (const p of d.perDay) out.push(safeLine(`  ${p.day}  ${p.mentions} mention${p.mentions === 1 ? '' : 's'} in ${p.articles} article${p.articles === 1 ? '' : 's'}`));
  out.push('', 'Stories:');
  for (const s of d.stories) out.push(safeLine(`  ${s.id}  ${oneLine(s.title) || '(untitled)'}  (${s.articles} article${s.articles === 1 ? '' : 's'})`));
  return out;
}

export function entityCommand(): Command {
  return new Command('entity')
    .description("one entity's dossier: its names, quotes, events as source and target, co-occurring entities, mentions per day")
    .argument('<name>', 'a name ("Zelenskyy", "Volodymyr Zelensky"), or #id from a list of candidates')
    .option('--db <path>', 'SQLite database file', DEFAULT_DB)
    .option('--json', 'print the dossier (or the candidates) as JSON')
    .action(async (name: string, flags: { db: string; json?: boolean }) => {
      await withUpdatedStore(flags.db, flags.json, async (store) => {
        const r = await store.entityDossier(name);
        if (r.kind === 'none') {
          if (flags.json) process.stdout.write('null\n');
          process.stderr.write(safeLine(`no entity named ${JSON.stringify(name)} in ${flags.db}`) + '\n');
          process.exitCode = 1;
          return;
        }
        if (r.kind === 'ambiguous') {
          if (flags.json) {
            process.stdout.write(JSON.stringify({ ambiguous: true, candidates: r.candidates }, null, 2) + '\n');
            return;
          }
          process.stderr.write(safeLine(`"${name}" names ${r.candidates.length} entities; give a fuller name or an #id:`) + '\n');
          for (const g of r.candidates) process.stdout.write(safeLine(`  #${g.ids[0]}  ${describe(g)}`) + '\n');
          return;
        }
        process.stdout.write(flags.json ? JSON.stringify(r.dossier, null, 2) + '\n' : formatDossier(r.dossier).join('\n') + '\n');
      });
    });
}
