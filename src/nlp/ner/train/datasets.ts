// Training documents from the shared NER sets, mapped onto our types, with partial labels where a set
// does not annotate a type (WikiANN has no MISC; re3d has no MISC and odd spans): such tokens may be O or MISC/NORP.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { readConll, type ConllFile, type ConllSentence } from '../conll.js';
import { splitHalves, type Half } from '../../../doc/halves.js';
import { labelType, NUM_LABELS, O, spansToLabels, tagsToSpans, type EntitySpan } from '../labels.js';
import type { EntityType } from '../settings.js';

export interface TrainSentence {
  tokens: string[];
  /** Gold BILOU labels; for partially labelled sentences, a placeholder (the best allowed path is used). */
  gold: Int32Array;
  /** n × L allowed labels, or null when `gold` is the full truth. */
  allowed: Uint8Array | null;
}
export type TrainDoc = TrainSentence[];

/** Where scripts/build-ner-news.ts writes the annotated news texts, relative to the repository. */
export const NEWS_FILE = '.cache/ner/news-annotated.conll';
const REPO = fileURLToPath(new URL('../../../../', import.meta.url));

/** Training sets under shared/data/ner (never eng.testa, the evaluation set, nor the test splits). */
export const TRAIN_SETS = {
  conll: 'conll2003/eng.train',
  wikiann: 'wikiann-en/train.conll',
  re3d: 're3d/re3d-train.conll',
  /** Half A of wikigold (Wikipedia, CoNLL types with MISC: products, works, events); half B stays held out. */
  wikigoldA: 'wikigold/wikigold.conll.txt',
  /** Half A of our own annotations of news texts (training/ner/README.md), built by scripts/build-ner-news.ts into
   *  the repository's ignored .cache/ (it holds the publishers' text); half B stays held out. */
  newsA: NEWS_FILE,
} as const;
export type TrainSetName = keyof typeof TRAIN_SETS;

/** A training set and how many times its documents are passed per epoch (a small set repeated weighs more). */
export interface TrainSetUse {
  name: TrainSetName;
  times: number;
}

/** Parses a set list such as "conll,wikigoldA*3" (a name, optionally "*" and a repeat count ≥ 1). */
export function parseTrainSets(list: string): TrainSetUse[] {
  return list.split(',').map(x => x.trim()).filter(Boolean).map(item => {
    const m = /^(\w+)(?:\*(\d+))?$/.exec(item);
    if (!m || !(m[1] in TRAIN_SETS)) throw new Error(`unknown training set ${item} (known: ${Object.keys(TRAIN_SETS).join(', ')})`);
    const times = m[2] ? Number(m[2]) : 1;
    if (times < 1) throw new Error(`repeat count of ${m[1]} must be at least 1`);
    return { name: m[1] as TrainSetName, times };
  });
}

const RE3D_TYPES: Record<string, EntityType> = { Person: 'PER', Organisation: 'ORG', Location: 'LOC', Nationality: 'NORP' };
const OPEN_TYPES: EntityType[] = ['MISC', 'NORP'];

/** CoNLL MISC mentions that are demonyms ("German", "Germans") become NORP. */
export function norpFromMisc(tokens: string[], spans: EntitySpan[], demonyms: Set<string>): EntitySpan[] {
  return spans.map(s =>
    s.type === 'MISC' && demonyms.has(tokens.slice(s.start, s.end).join(' ').toLowerCase()) ? { ...s, type: 'NORP' } : s,
  );
}

function openMask(n: number, fixed: EntitySpan[], openOutside: boolean): Uint8Array {
  const allowed = new Uint8Array(n * NUM_LABELS);
  const labels = spansToLabels(fixed, n);
  const inFixed = new Uint8Array(n);
  for (const s of fixed) for (let i = s.start; i < s.end; i++) inFixed[i] = 1;
  for (let i = 0; i < n; i++) {
    if (inFixed[i] || !openOutside) { allowed[i * NUM_LABELS + labels[i]] = 1; continue; }
    allowed[i * NUM_LABELS + O] = 1;
    for (let l = 1; l < NUM_LABELS; l++) if (OPEN_TYPES.includes(labelType(l)!)) allowed[i * NUM_LABELS + l] = 1;
  }
  return allowed;
}

/** Sets that are one fixed half of a file: only that half's documents are trained on (see `documentHalves`). */
const HALF_OF: Partial<Record<TrainSetName, Half>> = { wikigoldA: 'A', newsA: 'A' };

/**
 * Fixed two-way split of a CoNLL file by document, for sets that are partly trained on and partly held out. A
 * document's key is its group when the file gives every document one (texts of one story stay in one half), else the
 * text of its first sentence, so the split does not depend on file order (src/doc/halves.ts). Groups "set:key" of
 * several sets are split set by set.
 */
export function documentHalves(docs: readonly ConllSentence[][], groups: readonly (string | null)[] = []): Half[] {
  const grouped = groups.length === docs.length && groups.every(g => g !== null);
  if (!grouped) return splitHalves(docs.map(d => (d[0]?.tokens ?? []).join(' ')));
  // Each set (the prefix before ":" of its groups) is split on its own, so that adding a set moves no text of another.
  const halves: Half[] = new Array(docs.length);
  const bySet = new Map<string, number[]>();
  groups.forEach((g, i) => {
    const set = g!.includes(':') ? g!.slice(0, g!.indexOf(':')) : '';
    const members = bySet.get(set) ?? [];
    members.push(i);
    bySet.set(set, members);
  });
  for (const members of bySet.values()) splitHalves(members.map(i => groups[i]!)).forEach((h, k) => (halves[members[k]] = h));
  return halves;
}

/** The file's text restricted to the documents of one half (each after a -DOCSTART- line), to score that half. */
export function conllHalfText(file: ConllFile, half: Half): string {
  const halves = documentHalves(file.docs, file.docGroups);
  const out: string[] = [];
  file.docs.forEach((doc, d) => {
    if (halves[d] !== half) return;
    out.push(file.docGroups[d] === null ? '-DOCSTART- O' : `-DOCSTART- group=${file.docGroups[d]} O`, '');
    for (const s of doc) out.push(...s.lines.map(ln => file.lines[ln]), '');
  });
  return out.join('\n');
}

export function loadTrainSet(nerDir: string, name: TrainSetName, demonyms: Set<string>): TrainDoc[] {
  const path = name === 'newsA' ? join(REPO, NEWS_FILE) : join(nerDir, TRAIN_SETS[name]);
  if (!existsSync(path)) throw new Error(`training set not found: ${path}${name === 'newsA' ? ' (npx tsx scripts/build-ner-news.ts writes it)' : ''}`);
  const file = readConll(path);
  const half = HALF_OF[name];
  const halves = half ? documentHalves(file.docs, file.docGroups) : null;
  const docs = halves ? file.docs.filter((_, d) => halves[d] === half) : file.docs;
  return docs.map(doc =>
    doc.map(s => {
      const n = s.tokens.length;
      let spans = tagsToSpans(s.tags);
      if (name === 'conll' || name === 'wikigoldA' || name === 'newsA') {
        spans = norpFromMisc(s.tokens, spans, demonyms);
        return { tokens: s.tokens, gold: spansToLabels(spans, n), allowed: null };
      }
      if (name === 'wikiann') {
        spans = spans.filter(x => ['PER', 'ORG', 'LOC'].includes(x.type));
      } else {
        spans = spans.filter(x => x.type in RE3D_TYPES).map(x => ({ ...x, type: RE3D_TYPES[x.type] }));
      }
      return { tokens: s.tokens, gold: spansToLabels(spans, n), allowed: openMask(n, spans, true) };
    }),
  );
}

