// Builds the news NER training file from our own annotations and the corpus texts they name:
//   npx tsx scripts/build-ner-news.ts [--out .cache/ner/news-annotated.conll]
// The annotations (training/ner/README.md) list, per text of a corpus in ../shared, each name with its type.
// Each text is tokenised and split into sentences as the pipeline does (the tagger then learns from the tokens it will
// see), and every annotated name is marked at each occurrence whose two ends are token ends, longest names first; every
// other token is O. A sentence holding a name annotated with two types is left out. The output holds the publishers'
// text, so it stays out of the repository (.cache/ is ignored); `train-ner.ts` reads it as the set newsA. Each
// text's -DOCSTART- line carries its group, which decides its half (train/datasets.ts documentHalves).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { buildDoc } from '../src/pipeline/build-doc.js';
import { tokensComponent } from '../src/nlp/tokens/index.js';
import { markNames, type TextAnnotation } from '../src/nlp/ner/train/annotations.js';
import { NEWS_FILE } from '../src/nlp/ner/train/datasets.js';
import { loadNewsSets } from '../src/nlp/ner/train/news-corpus.js';

const SHARED = fileURLToPath(new URL('../../shared/', import.meta.url));
const REPO = fileURLToPath(new URL('../', import.meta.url));

const opts = new Command()
  .option('--out <file>', 'CoNLL file to write', REPO + NEWS_FILE)
  .parse()
  .opts();

/** One text's CoNLL lines: -DOCSTART- with the text's group and id, then its sentences with their tags. */
function conllOf(id: string, group: string, text: string, ann: TextAnnotation): { lines: string[]; names: number; dropped: number } {
  const doc = buildDoc({ ok: true, source: id, kind: 'text', content: text + '\n', encoding: null, meta: {}, warnings: [] });
  tokensComponent.run(doc);
  const words = doc.tokens.map(t => doc.text.slice(t.start, t.end));
  const marked = markNames(doc.text, doc.tokens, ann);
  const lines = [`-DOCSTART- group=${group} id=${id} O`, ''];
  let dropped = 0;
  doc.sentences.forEach((_, s) => {
    const ids = doc.tokens.flatMap((t, i) => (t.sentence === s && /\S/.test(words[i]) ? [i] : []));
    if (!ids.length) return;
    if (ids.some(i => marked.ambiguous[i])) { dropped++; return; }
    for (const i of ids) lines.push(`${words[i].replace(/\s+/g, '_')} _ _ ${marked.tags[i]}`);
    lines.push('');
  });
  return { lines, names: marked.count, dropped };
}

const out: string[] = [];
for (const { set, texts, group, annotations } of loadNewsSets(SHARED, REPO)) {
  let names = 0, dropped = 0, missing = 0;
  for (const [id, ann] of annotations) {
    const text = texts.get(id);
    if (!text) { missing++; continue; }
    const r = conllOf(id, group(id), text, ann);
    out.push(...r.lines);
    names += r.names;
    dropped += r.dropped;
  }
  console.log(`${set.annotations}: ${annotations.size} texts (${missing} not in the corpus), ${names} name occurrences marked, ${dropped} sentences left out (a name with two types)`);
}
mkdirSync(dirname(opts.out), { recursive: true });
writeFileSync(opts.out, out.join('\n') + '\n');
console.log(`→ ${opts.out}`);
