// The per-article language layers on Reuters texts (words/s, one core): tokens alone, entities alone, then each of
// quotes, amounts and times alone and the three together, over Docs tokenised (and entity-tagged) before the clock
// starts: the "three layers together" figure excludes entities.
import { Doc } from '../src/doc/doc.js';
import { joinBlocks } from '../src/doc/build-text.js';
import type { Component } from '../src/doc/component.js';
import { tokensComponent } from '../src/nlp/tokens/index.js';
import { amountsComponent } from '../src/nlp/amounts/index.js';
import { timesComponent } from '../src/nlp/times/index.js';
import { quotesComponent } from '../src/nlp/quotes/index.js';
import { entitiesComponent } from '../src/nlp/entities/index.js';
import { readCorpus, type CorpusText } from './corpora.js';

export interface LayerRow {
  name: string;
  words: number;
  seconds: number;
  wordsPerSec: number;
}

function toDoc(r: CorpusText): Doc {
  const { text, blocks } = joinBlocks(r.text.split(/\n\s*\n/).map((p) => ({ kind: 'paragraph' as const, text: p.replace(/\s+/g, ' ') })));
  return new Doc(text, { source: 'bench', url: null, outlet: null, title: '', byline: [], published: r.published ?? null, language: 'en' }, blocks);
}

/** CPU seconds of running the components over every doc (best of `rounds`, after one warm-up). */
function time(docs: Doc[], components: Component[], rounds = 3): number {
  let best = Infinity;
  for (let r = 0; r <= rounds; r++) {
    const t0 = process.cpuUsage();
    for (const d of docs) for (const c of components) c.run(d);
    const t = process.cpuUsage(t0);
    if (r > 0) best = Math.min(best, (t.user + t.system) / 1e6);
  }
  return best;
}

export async function benchLayers(limit = 3000, extra: { name: string; component: Component }[] = []): Promise<LayerRow[] | null> {
  const corpus = readCorpus('reuters', limit);
  if (!corpus) return null;
  const docs = corpus.map(toDoc);
  const words = docs.reduce((n, d) => n + d.text.split(/\s+/).filter(Boolean).length, 0);
  const row = (name: string, seconds: number): LayerRow => ({ name, words, seconds, wordsPerSec: words / seconds });
  const rows = [row('tokens + sentences (wink)', time(docs, [tokensComponent], 1))];
    // Quotes link speakers to entities: the entity layer runs once, untimed, before the timed layers.
  for (const d of docs) entitiesComponent.run(d);
  rows.push(row('entities (NER + linking)', time(docs, [entitiesComponent])));
  const layers = [
    { name: 'quotes', component: quotesComponent },
    { name: 'amounts', component: amountsComponent },
    { name: 'times', component: timesComponent },
    ...extra,
  ];
  for (const l of layers) rows.push(row(l.name, time(docs, [l.component])));
  rows.push(row(layers.map((l) => l.name).join(' + '), time(docs, layers.map((l) => l.component))));
  return rows;
}
