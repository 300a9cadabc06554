// dossier story ID: a story's timeline — its articles across outlets (copies under their original, with the outlet
// they credit), first and last seen, and its events and quotes in the order of what happened, each with the
// article id and character span of its sentence.
import { Command } from 'commander';
import type { Timeline, TimelineItem } from '../../stories/timeline.js';
import { DEFAULT_DB } from '../options.js';
import { safeLine } from '../terminal.js';
import { day, withUpdatedStore } from './stories.js';

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

function formatItem(i: TimelineItem): string {
  const when = `${i.date ?? '????-??-??'} (${i.dateSource === 'none' ? 'undated' : i.dateSource === 'article' ? 'article date' : `${i.dateSource} date`})`;
  const where = `[${i.articleId} ${i.sentence.start}-${i.sentence.end}]`;
  if (i.kind === 'event') {
    const sides = `${i.source.join(', ') || '?'} → ${i.target.join(', ') || '—'}`;
    return safeLine(`  ${when}  ${i.type}${i.mode ? `/${i.mode}` : ''}  ${sides}  “${i.cue ?? ''}”: ${oneLine(i.sentenceText)}  ${where}`);
  }
  const said = i.quoteKind === 'indirect' ? `(indirect) ${oneLine(i.text)}` : `“${oneLine(i.text)}”`;
  return safeLine(`  ${when}  QUOTE  ${i.speaker ?? '(unattributed)'}: ${said}  ${where}`);
}

export function formatTimeline(t: Timeline): string[] {
  const s = t.story;
  const out = [
    safeLine(`Story ${s.id}: ${oneLine(s.title) || '(untitled)'}`),
    safeLine(`  ${s.articles} article${s.articles === 1 ? '' : 's'}, ${s.outlets} outlet${s.outlets === 1 ? '' : 's'}, ${s.copies} cop${s.copies === 1 ? 'y' : 'ies'}; first seen ${day(s.firstSeen)}, last seen ${day(s.lastSeen)}`),
  ];
  if (t.outlets.length) out.push(safeLine(`  outlets: ${t.outlets.join(', ')}`));
  for (const m of t.merges) out.push(safeLine(`  merged ${m.merged} through ${m.articleId} (similarity ${m.similarity.toFixed(2)})`));
  out.push('', 'Articles:');
  for (const a of t.articles) {
    const credit = a.credited.length ? `  credits: ${a.credited.join(', ')}` : '';
    out.push(safeLine(`  ${day(a.published)}  ${a.outlet ?? '(no outlet)'}  ${oneLine(a.title) || '(untitled)'}  [${a.id}]${credit}`));
    for (const c of a.copies) {
      const how = c.copy.kind === 'near' ? `near copy, ${Math.round(c.copy.score * 100)} %` : `${c.copy.kind} copy`;
      out.push(safeLine(`      ${how}: ${day(c.published)}  ${c.outlet ?? '(no outlet)'}  ${oneLine(c.title) || '(untitled)'}  [${c.id}]${c.credited ? `  credits: ${c.credited}` : ''}`));
    }
  }
  out.push('', `Timeline (${t.items.length} events and quotes, by the date of what happened):`);
  for (const i of t.items) out.push(formatItem(i));
  return out;
}

export function storyCommand(): Command {
  return new Command('story')
    .description("a story's timeline: its articles across outlets and copies, its events and quotes by date")
    .argument('<id>', 'story id (from dossier stories)')
    .option('--db <path>', 'SQLite database file', DEFAULT_DB)
    .option('--json', 'print the timeline as JSON')
    .action(async (id: string, flags: { db: string; json?: boolean }) => {
      await withUpdatedStore(flags.db, flags.json, async (store) => {
        const t = await store.storyTimeline(id.trim());
        if (!t) {
          process.stderr.write(safeLine(`dossier: no story ${id} in ${flags.db}`) + '\n');
          process.exitCode = 1;
          return;
        }
        process.stdout.write(flags.json ? JSON.stringify(t, null, 2) + '\n' : formatTimeline(t).join('\n') + '\n');
      });
    });
}
