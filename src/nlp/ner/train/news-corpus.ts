// The texts our news annotations are made on (training/ner/README.md), by id, with the group of each: texts of one
// story (or one day of one site's releases) share a group and so a half. Groups of a set after the first carry the
// set's prefix ("pr:2021-10-24"), so that each set is split in halves on its own (datasets.ts documentHalves).
import { existsSync, readFileSync } from 'node:fs';
import { readAnnotations, type TextAnnotation } from './annotations.js';
import { gunzipSync } from 'node:zlib';

export interface NewsCorpus {
  texts: Map<string, string>;
  group: (id: string) => string;
}

export interface NewsSet {
  /** Annotation file, relative to the repository. */
  annotations: string;
  /** Corpus file, relative to the shared data folder. */
  corpus: string;
  read: (path: string) => NewsCorpus;
}

const jsonLines = (path: string) =>
  gunzipSync(readFileSync(path)).toString('utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

/** SemEval-2022 Task 8's pairs: each English text once; a text's group is the least id among the texts paired with it,
 *  directly or through others (a pair is two articles on one story). */
export function readStoryPairs(path: string): NewsCorpus {
  const texts = new Map<string, string>();
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    while (parent.has(x) && parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  for (const d of jsonLines(path)) {
    for (const k of ['1', '2']) if (d['lang' + k] === 'en' && d['text' + k]) texts.set(d['id' + k], String(d['text' + k]).trim());
    const [a, b] = [find(String(d.id1)), find(String(d.id2))];
    parent.set(a, a < b ? a : b);
    parent.set(b, a < b ? a : b);
  }
  return { texts, group: find };
}

/** Records of the shared corpora's shape ({id, text, published}): a text's group is its day ("pr:2021-10-24"). */
export function readDatedRecords(path: string, prefix: string): NewsCorpus {
  const texts = new Map<string, string>();
  const day = new Map<string, string>();
  for (const r of jsonLines(path)) {
    if (!r.text) continue;
    texts.set(r.id, String(r.text).trim());
    day.set(r.id, `${prefix}:${String(r.published ?? '').slice(0, 10)}`);
  }
  return { texts, group: (id) => day.get(id) ?? `${prefix}:${id}` };
}

/** Our annotated sets: news of 2020 from many outlets, and the Kremlin's and Ukraine's president's releases. */
export const NEWS_SETS: readonly NewsSet[] = [
  { annotations: 'training/ner/semeval2022-en.tsv', corpus: 'data/corpora/semeval2022_task8_pairs/pairs.jsonl.gz', read: readStoryPairs },
  { annotations: 'training/ner/press-releases-2021-2022.tsv', corpus: 'data/corpora/ukraine/press_releases_2021_2022.jsonl.gz', read: (p) => readDatedRecords(p, 'pr') },
];

export interface LoadedNewsSet extends NewsCorpus {
  set: NewsSet;
  /** The finished texts' annotations, by id. */
  annotations: Map<string, TextAnnotation>;
}

/** Each annotated set with its corpus read (`shared`: the shared data folder; `repo`: the repository), skipping a set
 *  whose annotation file is absent. What scripts/build-ner-news.ts and eval-news-entities.ts both start from. */
export function loadNewsSets(shared: string, repo: string): LoadedNewsSet[] {
  return NEWS_SETS.filter((set) => existsSync(repo + set.annotations)).map((set) => ({
    set,
    ...set.read(shared + set.corpus),
    annotations: readAnnotations(readFileSync(repo + set.annotations, 'utf8')),
  }));
}
