// The texts our news annotations are made on (training/ner/README.md): SemEval-2022 Task 8's English texts in
// ../shared, by id, with the story group of each (texts the corpus pairs as one story share a group).
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** Path of the corpus under the shared data folder. */
export const NEWS_CORPUS = 'data/corpora/semeval2022_task8_pairs/pairs.jsonl.gz';

export interface NewsCorpus {
  texts: Map<string, string>;
  /** The least id among the texts paired with this one, directly or through others. */
  group: (id: string) => string;
}

/** Reads the corpus file (gzipped JSON Lines of pairs): each English text once, and the pairs' groups. */
export function readNewsCorpus(path: string): NewsCorpus {
  const texts = new Map<string, string>();
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    while (parent.has(x) && parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  for (const line of gunzipSync(readFileSync(path)).toString('utf8').split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line);
    for (const k of ['1', '2']) if (d['lang' + k] === 'en' && d['text' + k]) texts.set(d['id' + k], String(d['text' + k]).trim());
    const [a, b] = [find(String(d.id1)), find(String(d.id2))];
    parent.set(a, a < b ? a : b);
    parent.set(b, a < b ? a : b);
  }
  return { texts, group: find };
}
