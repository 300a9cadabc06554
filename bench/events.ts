// The events layer alone on Reuters texts (words/s, one core): the layers it reads (tokens, entities, quotes,
// times) run once before the clock starts; then the event coder runs over every doc, best of 3 after a warm-up.
// The time of that first pass of the other layers (with amounts) is reported too, to read the events layer's share.
import { Doc } from '../src/doc/doc.js';
import { joinBlocks } from '../src/doc/build-text.js';
import { tokensComponent } from '../src/nlp/tokens/index.js';
import { entitiesComponent } from '../src/nlp/entities/index.js';
import { quotesComponent } from '../src/nlp/quotes/index.js';
import { timesComponent } from '../src/nlp/times/index.js';
import { amountsComponent } from '../src/nlp/amounts/index.js';
import { eventsComponent } from '../src/nlp/events/index.js';
import { readCorpus } from './corpora.js';

export function benchEvents(limit = 3000): { docs: number; words: number; events: number; wordsPerSec: number; layersPerSec: number } | null {
  const corpus = readCorpus('reuters', limit);
  if (!corpus) return null;
  const t0 = process.cpuUsage();
  const docs = corpus.map((r) => {
    const { text, blocks } = joinBlocks(r.text.split(/\n\s*\n/).map((p) => ({ kind: 'paragraph' as const, text: p.replace(/\s+/g, ' ') })));
    const d = new Doc(text, { source: 'bench', url: null, outlet: null, title: '', byline: [], published: r.published ?? null, language: 'en' }, blocks);
    for (const c of [tokensComponent, entitiesComponent, quotesComponent, amountsComponent, timesComponent]) c.run(d);
    return d;
  });
  // The layers before it, once (cold): the events layer's cost is to be read against this.
  const before = process.cpuUsage(t0);
  const words = docs.reduce((n, d) => n + d.text.split(/\s+/).filter(Boolean).length, 0);
  let best = Infinity;
  for (let r = 0; r <= 3; r++) {
    const t0 = process.cpuUsage();
    for (const d of docs) eventsComponent.run(d);
    const t = process.cpuUsage(t0);
    if (r > 0) best = Math.min(best, (t.user + t.system) / 1e6);
  }
  const events = docs.reduce((n, d) => n + (d.events?.length ?? 0), 0);
  return { docs: docs.length, words, events, wordsPerSec: words / best, layersPerSec: words / ((before.user + before.system) / 1e6) };
}
