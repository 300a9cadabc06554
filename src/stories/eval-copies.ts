// Measures the copies layer (run: npx tsx src/stories/eval-copies.ts). Two sets, each reported for half A, half B
// and all (splitHalves):
// 1. SemEval-2022 Task 8 English pairs (deduplicated by pair_id; halves by the first article's id): a pair is "same
//    story" when its gold Overall score is ≤ 1.5. Predictions: (a) the copy detector (near copy or exact), and
//    (b) story similarity, the TF-IDF cosine of cluster.ts (IDF from the pair texts) ≥ STORIES.joinSimilarity.
// 2. A near-duplicate set built here with a fixed seed from the AllSides and ECB+ dev corpora (halves by story
//    parent, as in eval.ts): every article of at least MIN_WORDS words gets one variant — wrapped in page clutter,
//    lightly edited (a few words changed, the last paragraph cut), or both — and the variants are added to a
//    CopyIndex after all originals. A variant linked to its own original is a true positive; any other link (a
//    variant to another article of its story, or one original to another) is a false positive.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { rng, shuffle } from '../nlp/rng.js';
import { splitHalves } from '../doc/halves.js';
import { articleTerms } from './cluster.js';
import { CopyIndex } from './copies.js';
import { readRecords } from './eval.js';
import { COPIES, STORIES } from './settings.js';

const CORPORA = new URL('../../../shared/data/corpora/', import.meta.url).pathname;
const MIN_WORDS = 40;
const SEED = 8;

/** Page clutter for the generated reposts: lines written here in the style of menus, consent banners, newsletter
 *  prompts and share bars (test-data generator only, not a rule of the layer). */
const CLUTTER_TOP = [
  'Home', 'News', 'World', 'Politics', 'Business', 'Sport', 'Opinion', 'Subscribe', 'Log in', 'Menu', 'Search',
  'We use cookies to give you the best experience on our website and to show you relevant advertising.',
  'By continuing to browse the site you are agreeing to our use of cookies and our privacy policy.',
  'Breaking: live updates from around the world as they happen, all day every day',
];
const CLUTTER_BOTTOM = [
  'Share this article', 'Facebook', 'Twitter', 'Email', 'Source link', 'Leave a Reply', 'Advertisement',
  'Sign up for our daily newsletter to get the top stories delivered straight to your inbox every morning.',
  'Your email address will not be published. Required fields are marked with an asterisk.',
  'Copyright 2024 all rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
];

type Half = 'A' | 'B';
const prf = (tp: number, fp: number, fn: number) => {
  const p = tp + fp ? tp / (tp + fp) : 1, r = tp + fn ? tp / (tp + fn) : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};
const fmt = (x: { p: number; r: number; f1: number }) => `P ${x.p.toFixed(3)} R ${x.r.toFixed(3)} F1 ${x.f1.toFixed(3)}`;

interface Pair { id: string; pair_id: string; id1: string; lang1: string; lang2: string; text1: string; text2: string; labels: { Overall: number } }

function semeval(): void {
  const buf = gunzipSync(readFileSync(`${CORPORA}semeval2022_task8_pairs/pairs.jsonl.gz`)).toString('utf8');
  const seen = new Set<string>();
  const pairs: Pair[] = [];
  for (const l of buf.split('\n')) {
    if (!l.trim()) continue;
    const p = JSON.parse(l) as Pair;
    if (p.lang1 !== 'en' || p.lang2 !== 'en' || seen.has(p.pair_id)) continue;
    seen.add(p.pair_id);
    pairs.push(p);
  }
  // IDF over the set's texts, as an index that had seen them would have it.
  const df = new Map<string, number>();
  const terms = (t: string) => articleTerms({ id: '', text: t });
  const vecs = pairs.map((p) => [terms(p.text1), terms(p.text2)] as const);
  for (const [a, b] of vecs) for (const v of [a, b]) for (const t of v.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = 2 * pairs.length;
  const weigh = (v: Map<string, number>) => {
    const out = new Map<string, number>();
    for (const [t, c] of v) out.set(t, c * (Math.log((n + 1) / ((df.get(t) ?? 0) + 1)) + 1));
    return out;
  };
  const cos = (a: Map<string, number>, b: Map<string, number>) => {
    let dot = 0, na = 0, nb = 0;
    for (const [t, w] of a) { na += w * w; const x = b.get(t); if (x) dot += w * x; }
    for (const w of b.values()) nb += w * w;
    return na && nb ? dot / Math.sqrt(na * nb) : 0;
  };
  const halves = splitHalves(pairs.map((p) => p.id1));
  const idx = new CopyIndex();
  const rows = pairs.map((p, i) => {
    const c = idx.compare(p.text1, p.text2);
    const copy = c.containment >= COPIES.minContainment && Math.min(...c.shingles) >= COPIES.minShingles;
    return { half: halves[i], gold: p.labels.Overall <= 1.5, copy, story: cos(weigh(vecs[i][0]), weigh(vecs[i][1])) >= STORIES.joinSimilarity };
  });
  console.log(`SemEval-2022 Task 8 en-en pairs: ${pairs.length} (${rows.filter((r) => r.gold).length} with Overall ≤ 1.5)`);
  for (const h of ['A', 'B', 'all'] as const) {
    const rs = rows.filter((r) => h === 'all' || r.half === h);
    for (const key of ['copy', 'story'] as const) {
      const tp = rs.filter((r) => r.gold && r[key]).length, fp = rs.filter((r) => !r.gold && r[key]).length, fn = rs.filter((r) => r.gold && !r[key]).length;
      console.log(`  ${h.padEnd(3)} ${key.padEnd(5)} pairs ${rs.length}  ${fmt(prf(tp, fp, fn))}`);
    }
  }
}

interface Rec { id: string; text?: string; labels?: Record<string, unknown> }

function variant(text: string, rand: () => number): string {
  const kind = Math.floor(rand() * 3); // 0 clutter, 1 edit, 2 both
  let out = text;
  if (kind >= 1) {
    const paras = out.split(/\n\s*\n/);
    if (paras.length > 2) paras.pop();
    const ws = paras.join('\n\n').split(/(\s+)/);
    const wordIdx = ws.map((w, i) => (/\p{L}{4,}/u.test(w) ? i : -1)).filter((i) => i >= 0);
    for (let k = 0; k < 3 && wordIdx.length; k++) {
      const i = wordIdx[Math.floor(rand() * wordIdx.length)];
      ws[i] = ws[i].split('').reverse().join('');
    }
    out = ws.join('');
  }
  if (kind !== 1) {
    const top = shuffle([...CLUTTER_TOP], rand).slice(0, 3 + Math.floor(rand() * 6));
    const bottom = shuffle([...CLUTTER_BOTTOM], rand).slice(0, 3 + Math.floor(rand() * 5));
    out = [...top, out, ...bottom].join('\n');
  }
  return out;
}

/** Runs the near-duplicate set; returns per half the counts (also printed unless quiet). */
export function nearDuplicates(quiet = false): Record<string, { tp: number; fp: number; fn: number; originalLinks: number }> {
  const sets: [string, string][] = [['allsides_roundups/stories_2021.jsonl', 'story_id'], ['ecbplus/articles.jsonl', 'subtopic']];
  const rand = rng(SEED);
  const items: { id: string; text: string; story: string; parent: string }[] = [];
  for (const [file, label] of sets) {
    for (const r of readRecords(`${CORPORA}${file}`) as Rec[]) {
      if (!r.text || r.text.split(/\s+/).length < MIN_WORDS) continue;
      items.push({ id: r.id, text: r.text, story: String(r.labels?.[label]), parent: `${file}:${String(r.labels?.topic ?? r.labels?.[label])}` });
    }
  }
  const halves = splitHalves(items.map((x) => x.parent));
  const variants = items.map((x) => variant(x.text, rand));
  if (!quiet) console.log(`near-duplicate set: ${items.length} originals + ${items.length} variants (seed ${SEED})`);
  const out: Record<string, { tp: number; fp: number; fn: number; originalLinks: number }> = {};
  for (const h of ['A', 'B', 'all'] as const) {
    const keep = items.map((_, i) => h === 'all' || halves[i] === h);
    const idx = new CopyIndex();
    let tp = 0, fp = 0, fn = 0, originalLinks = 0;
    const fps: string[] = [], links: string[] = [];
    items.forEach((x, i) => {
      if (!keep[i]) return;
      const r = idx.add({ id: x.id, text: x.text });
      if (r.copy) { originalLinks++; links.push(`${x.id}→${r.copy.of}`); }
    });
    items.forEach((x, i) => {
      if (!keep[i]) return;
      const r = idx.add({ id: `${x.id}~v`, text: variants[i] });
      if (r.copy && r.copy.original === idx.originalOf(x.id)) tp++;
      else {
        fn++;
        if (r.copy) { fp++; fps.push(`${x.id}~v→${r.copy.of}`); }
        if (process.env.VERBOSE) {
          const c = idx.compare(x.text, variants[i]);
          console.log(`    missed ${x.id}: J ${c.jaccard.toFixed(2)} C ${c.containment.toFixed(2)} shingles ${c.shingles.join('/')}`);
        }
      }
    });
    out[h] = { tp, fp, fn, originalLinks };
    if (!quiet) {
      console.log(`  ${h.padEnd(3)} variants: ${fmt(prf(tp, fp, fn))}  (tp ${tp} fp ${fp} fn ${fn})${fps.length ? '  fp: ' + fps.slice(0, 6).join(' ') : ''}`);
      console.log(`      links between two corpus originals (not scored; wire copies in the sources): ${originalLinks}${process.env.VERBOSE ? '  ' + links.join(' ') : ''}`);
    }
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  semeval();
  nearDuplicates();
}
