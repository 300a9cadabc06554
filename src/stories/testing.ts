// Helpers for the stories tests: made-up analysis documents whose layers (entities, quotes, events, times) point at
// spans found by substring, and a small store of them.
import type { Analysis, Entity, PloverEvent, Quote, TimeExpr } from '../doc/schema.js';
import { articleId } from '../doc/id.js';

export interface DocSpec {
  url: string;
  outlet: string;
  title: string;
  published: string;
  text: string;
  entities?: { id: string; type: Entity['type']; name: string; role?: string; country?: string; at?: string[] }[];
  quotes?: { text: string; speaker: string | null; kind?: Quote['kind'] }[];
  events?: { type: string; source: string[]; target: string[]; sentence: string; cue: string; date?: string }[];
  times?: { text: string; value: string }[];
}

function spanOf(text: string, part: string): { start: number; end: number } {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`testing: "${part}" not in the text`);
  return { start, end: start + part.length };
}

/** Sentences: runs ending in . ! or ? (then space or line end), never across a line break. */
function sentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/[^\n.!?]+[.!?]*/g)) {
    const lead = m[0].length - m[0].trimStart().length;
    const s = m[0].trim();
    if (s) out.push({ start: m.index + lead, end: m.index + lead + s.length });
  }
  return out;
}

export function makeDoc(d: DocSpec): Analysis {
  const entities: Entity[] = (d.entities ?? []).map((e) => ({
    id: e.id, type: e.type, name: e.name, ...(e.role ? { role: e.role } : {}), ...(e.country ? { country: e.country } : {}),
    mentions: (e.at ?? [e.name]).map((m) => ({ ...spanOf(d.text, m), text: m })),
  }));
  const quotes: Quote[] = (d.quotes ?? []).map((q) => ({ ...spanOf(d.text, q.text), text: q.text, kind: q.kind ?? 'direct', speaker: q.speaker }));
  const events: PloverEvent[] = (d.events ?? []).map((e) => {
    const sentence = spanOf(d.text, e.sentence);
    const cueAt = d.text.indexOf(e.cue, sentence.start);
    return {
      type: e.type, source: e.source, target: e.target, sentence, date: e.date ?? null, status: 'asserted',
      cue: { start: cueAt, end: cueAt + e.cue.length, text: e.cue },
    };
  });
  const times: TimeExpr[] = (d.times ?? []).map((t) => ({ ...spanOf(d.text, t.text), text: t.text, type: 'DATE', value: t.value }));
  return {
    id: articleId(d.url, d.text), source: d.url, url: d.url, outlet: d.outlet, title: d.title, byline: [], published: d.published,
    language: 'en', text: d.text, blocks: [{ kind: 'paragraph', start: 0, end: d.text.length }], sentences: sentences(d.text),
    entities, quotes, events, times, warnings: [],
  };
}

const FERRY = [
  'The harbour council of Westport voted on Tuesday to close the old ferry terminal after three winters of storm damage.',
  'Mayor Mara Lindqvist said on February 28, 2024 that repairs would cost more than a new pier on the northern shore.',
  'Residents who rely on the morning crossing asked for a temporary shuttle bus until the new pier opens next year.',
  'The council will sign a contract with a builder before the summer, and fishermen warned that boats will struggle there.',
].join('\n\n');

/** The ferry story (an original, a repost of it in page clutter crediting it, another outlet's own report), an
 *  unrelated bakery story naming Anna Korr, and a later article on a council vote naming Piet Korr. */
export function sampleDocs(): Record<'original' | 'repost' | 'other' | 'bakery' | 'korr', Analysis> {
  const lindqvist = { id: 'e1', type: 'PERSON' as const, name: 'Mara Lindqvist', role: 'mayor', at: ['Mara Lindqvist'] };
  const council = { id: 'e2', type: 'ORG' as const, name: 'harbour council', at: ['harbour council'] };
  const original = makeDoc({
    url: 'https://coast-herald.example/ferry', outlet: 'Coast Herald', title: 'Westport harbour council closes the old ferry terminal',
    published: '2024-03-01', text: FERRY, entities: [lindqvist, council],
    quotes: [{ text: 'repairs would cost more than a new pier on the northern shore', speaker: 'e1', kind: 'indirect' }],
    events: [{ type: 'RESTRICT', source: ['e2'], target: [], sentence: FERRY.split('\n\n')[0], cue: 'close' }],
    times: [{ text: 'February 28, 2024', value: '2024-02-28' }],
  });
  const repostText = `Menu\nLogin\nSubscribe now\n${FERRY}\nThis article was first published in Coast Herald.\nShare this\n`;
  const repost = makeDoc({
    url: 'https://aggregator.example/ferry-terminal', outlet: 'Aggregator Daily', title: 'Ferry terminal to close',
    published: '2024-03-02', text: repostText, entities: [lindqvist, council],
    quotes: [{ text: 'repairs would cost more than a new pier on the northern shore', speaker: 'e1', kind: 'indirect' }],
  });
  const otherText = [
    'Westport will lose its old ferry terminal: the harbour council voted to close it after storm damage, Mayor Lindquist told reporters.',
    'Engineers inspected the ferry terminal on February 27 and found the pier unsafe.',
    '"We cannot keep patching a terminal the sea takes back every winter," Lindquist said at the harbour.',
  ].join('\n\n');
  const other = makeDoc({
    url: 'https://westport-times.example/terminal', outlet: 'Westport Times', title: 'Westport ferry terminal to close after harbour council vote',
    published: '2024-03-01', text: otherText,
    entities: [{ id: 'e1', type: 'PERSON', name: 'Lindquist', role: 'mayor', at: ['Lindquist', 'Lindquist'] }, { id: 'e2', type: 'PERSON', name: 'Engineers', at: ['Engineers'] }],
    quotes: [{ text: 'We cannot keep patching a terminal the sea takes back every winter', speaker: 'e1' }],
    events: [{ type: 'INVESTIGATE', source: ['e2'], target: [], sentence: 'Engineers inspected the ferry terminal on February 27 and found the pier unsafe.', cue: 'inspected', date: '2024-02-27' }],
  });
  const bakeryText = [
    'A mountain village in the eastern valley opened its first bakery in forty years, run by Anna Korr and her sister.',
    'Anna Korr said the old stone oven had been restored with help from a local mason and a grant from the province.',
  ].join('\n\n');
  const bakery = makeDoc({
    url: 'https://valley-news.example/bakery', outlet: 'Valley News', title: 'Village bakery opens after forty years', published: '2024-03-01',
    text: bakeryText, entities: [{ id: 'e1', type: 'PERSON', name: 'Anna Korr', role: 'baker', at: ['Anna Korr', 'Anna Korr'] }],
    quotes: [{ text: 'the old stone oven had been restored with help from a local mason', speaker: 'e1', kind: 'indirect' }],
  });
  const korrText = 'Councillor Piet Korr lost a vote on the new cycle lanes in Eastvale, where traffic has doubled since the bridge opened.';
  const korr = makeDoc({
    url: 'https://eastvale-post.example/cycle', outlet: 'Eastvale Post', title: 'Cycle lanes vote fails in Eastvale', published: '2024-03-05',
    text: korrText, entities: [{ id: 'e1', type: 'PERSON', name: 'Piet Korr', role: 'councillor' }],
  });
  return { original, repost, other, bakery, korr };
}
