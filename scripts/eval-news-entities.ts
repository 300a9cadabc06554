// The whole entity layer (tagger and rules) against our own annotations of news texts (training/ner/README.md):
//   npx tsx scripts/build-ner-news.ts && npx tsx scripts/eval-news-entities.ts [--list A|B]
// Each annotated text is analysed as `dossier analyze` does; an entity is right when the text's annotations hold its
// name with its type (PERSON = PER; a nationality may be NORP or MISC), and an annotated name is found when an entity
// of that type has it as its name or one of its mentions. Per set (news, releases), half of the texts (half A is a
// training set of the tagger, half B is held out) and type. Names written with two types in one text count on neither
// side.
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { analyze } from '../src/pipeline/analyze.js';
import { readConll } from '../src/nlp/ner/conll.js';
import { documentHalves, NEWS_FILE } from '../src/nlp/ner/train/datasets.js';
import type { TextAnnotation } from '../src/nlp/ner/train/annotations.js';
import { PUBLIC_TYPE_NAME } from '../src/nlp/ner/settings.js';
import { loadNewsSets } from '../src/nlp/ner/train/news-corpus.js';

const SHARED = fileURLToPath(new URL('../../shared/', import.meta.url));
const REPO = fileURLToPath(new URL('../', import.meta.url));

const opts = new Command()
  .option('--list <half>', 'list every wrong entity of one half (A: the half the tagger learns from)')
  .parse()
  .opts();

/** Our output types in the annotations' names (PERSON → PER); a nationality may be NORP or MISC, as annotated. */
const OUR_TYPE: Record<string, string> = { ...Object.fromEntries(Object.entries(PUBLIC_TYPE_NAME).map(([ner, ours]) => [ours, ner])), NORP: 'MISC' };

const texts = new Map<string, string>();
const annotations = new Map<string, TextAnnotation>();
for (const loaded of loadNewsSets(SHARED, REPO)) {
  for (const [id, text] of loaded.texts) texts.set(id, text);
  for (const [id, ann] of loaded.annotations) annotations.set(id, ann);
}
const file = readConll(REPO + NEWS_FILE);
const halves = documentHalves(file.docs, file.docGroups);

type Count = { right: number; out: number; found: number; gold: number };
const zero = (): Count => ({ right: 0, out: 0, found: 0, gold: 0 });
/** Counts per row (set and half: "news A", "releases B") and type ("all" too). */
const counts = new Map<string, Map<string, Count>>();
const add = (row: string, type: string, k: keyof Count) => {
  const byType = counts.get(row) ?? new Map<string, Count>();
  counts.set(row, byType);
  for (const t of [type, 'all']) {
    const c = byType.get(t) ?? zero();
    c[k]++;
    byType.set(t, c);
  }
};
const wrong: string[] = [];
file.docIds.forEach((id, d) => {
  const ann = id ? annotations.get(id) : undefined;
  const text = id ? texts.get(id) : undefined;
  if (!ann || !text) return;
  const half = halves[d];
  const row = `${file.docGroups[d]?.startsWith('pr:') ? 'releases' : 'news'} ${half}`;
  const a = analyze({ ok: true, source: id!, kind: 'text', content: text + '\n', encoding: null, meta: {}, warnings: [] });
  const found = new Set<string>();
  for (const e of a.entities ?? []) {
    if (ann.ambiguous.has(e.name)) continue;
    const type = OUR_TYPE[e.type] ?? e.type;
    const right = ann.names.get(e.name) === type;
    add(row, type, 'out');
    if (right) add(row, type, 'right');
    else if (half === opts.list) wrong.push(`${id}\t${e.type}\t${e.name}\t(annotated: ${ann.names.get(e.name) ?? 'no name'})`);
    for (const m of [e.name, ...e.mentions.map(x => a.text.slice(x.start, x.end))]) found.add(`${type}\t${m}`);
  }
  for (const [name, type] of ann.names) {
    add(row, type, 'gold');
    if (found.has(`${type}\t${name}`)) add(row, type, 'found');
  }
});
const f3 = (x: number) => x.toFixed(3);
console.log('set and half  type   entities right precision | names found recall');
for (const row of [...counts.keys()].sort()) {
  for (const [t, c] of [...counts.get(row)!].sort()) {
    console.log(`${row.padEnd(13)} ${t.padEnd(6)} ${String(c.out).padStart(8)} ${String(c.right).padStart(5)} ${f3(c.right / c.out).padStart(9)} | ${String(c.gold).padStart(5)} ${String(c.found).padStart(5)} ${f3(c.found / c.gold).padStart(6)}`);
  }
}
if (opts.list) console.log(wrong.join('\n'));
