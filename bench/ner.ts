// The NER tagger alone (issue 3's ≥ 100k tokens/s on one core): Reuters texts tokenised and split into sentences
// before the clock starts, then tagged one document at a time as the entities component does. CPU time; the
// first pass (cold per-word memo, JIT warming up) is reported apart from the best of the warm rounds.
import { Doc } from '../src/doc/doc.js';
import { joinBlocks } from '../src/doc/build-text.js';
import { tokensComponent } from '../src/nlp/tokens/index.js';
import { loadNerModel } from '../src/nlp/ner/index.js';
import { readCorpus } from './corpora.js';

export interface NerBench {
  docs: number;
  tokens: number;
  loadMs: number;
  firstPassTokensPerSec: number;
  tokensPerSec: number;
}

const cpuSeconds = (t0: NodeJS.CpuUsage) => {
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / 1e6;
};

export function benchNer(limit = 3000, rounds = 3): NerBench | null {
  const corpus = readCorpus('reuters', limit);
  if (!corpus) return null;
  const docs = corpus.map((r) => {
    const { text, blocks } = joinBlocks(r.text.split(/\n\s*\n/).map((p) => ({ kind: 'paragraph' as const, text: p.replace(/\s+/g, ' ') })));
    const doc = new Doc(text, { source: 'bench', url: null, outlet: null, title: '', byline: [], published: null, language: 'en' }, blocks);
    tokensComponent.run(doc);
    const sentences: string[][] = doc.sentences.map(() => []);
    for (const t of doc.tokens) sentences[t.sentence]?.push(text.slice(t.start, t.end));
    return sentences;
  });
  const tokens = docs.reduce((n, d) => n + d.reduce((m, s) => m + s.length, 0), 0);
  const t0 = performance.now();
  const model = loadNerModel();
  const loadMs = performance.now() - t0;
  const pass = () => {
    const c = process.cpuUsage();
    for (const d of docs) model.tag(d);
    return cpuSeconds(c);
  };
  const first = pass();
  let best = Infinity;
  for (let r = 0; r < rounds; r++) best = Math.min(best, pass());
  return { docs: docs.length, tokens, loadMs, firstPassTokensPerSec: tokens / first, tokensPerSec: tokens / best };
}
