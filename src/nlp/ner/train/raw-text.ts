// Unlabelled text for word clusters and case profiles: the shared news corpora plus the NER training files'
// own tokens. Never the evaluation files (eng.testa, wikigold, WikiANN dev/test).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** JSONL corpora under shared/data/corpora whose `title`/`text` fields are read. */
export const RAW_CORPORA = [
  'reuters21578/articles.jsonl.gz',
  'ukraine/press_releases_2021_2022.jsonl.gz',
  'ukraine/webcrawl_2026.jsonl',
  'allsides_roundups/stories_2021.jsonl',
  'allsides_roundups/neus_roundups.jsonl.gz',
  'ecbplus/articles.jsonl',
  'meantime_en/articles.jsonl',
  'headline_stream_2021_2022/headlines.jsonl.gz',
  'semeval2022_task8_pairs/pairs.jsonl.gz',
];

const TOKEN_RE =
  /(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}]*(?:['’](?![sStT]\b)\p{L}+)?(?:-[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|\p{N}+(?:[.,:/-]\p{N}+)*|['’][sStT]\b|\S/gu;

/** A CoNLL-like tokenisation: words, numbers, abbreviations like "U.S.", clitic 's, punctuation apart. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN_RE) ?? [];
}

/** Rough sentence split of a paragraph (enough for context counts and sentence-initial detection). */
export function splitSentences(tokens: string[]): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  for (const t of tokens) {
    cur.push(t);
    if (t === '.' || t === '!' || t === '?') { out.push(cur); cur = []; }
  }
  if (cur.length) out.push(cur);
  return out;
}

function readJsonl(path: string): any[] {
  const buf = readFileSync(path);
  const text = path.endsWith('.gz') ? gunzipSync(buf).toString('utf8') : buf.toString('utf8');
  return text.split('\n').filter(l => l.trim()).map(l => JSON.parse(l));
}

/** Yields tokenised sentences of every raw corpus found under `corporaDir`. */
export function* rawSentences(corporaDir: string): Generator<string[]> {
  for (const rel of RAW_CORPORA) {
    const path = join(corporaDir, rel);
    if (!existsSync(path)) continue;
    for (const rec of readJsonl(path)) {
      const texts: string[] = [];
      if (rel.startsWith('semeval')) {
        if (rec.lang1 === 'en') texts.push(rec.text1 ?? '');
        if (rec.lang2 === 'en') texts.push(rec.text2 ?? '');
      } else {
        if (rec.title) texts.push(rec.title);
        if (rec.text) texts.push(...String(rec.text).split(/\n\s*\n|\n(?=\S)/));
      }
      for (const t of texts) for (const s of splitSentences(tokenize(t))) yield s;
    }
  }
}
