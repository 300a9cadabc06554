// The conformance suite of the storage contract (api.ts): every store runs it (sqlite/conformance.test.ts), so a new
// store (PostgreSQL) is done when it passes the same suite. Made-up articles only; each test opens a fresh, empty
// store from `makeStore` and closes it.
//
// What it holds a store to is the contract, not one engine's habits: words match case-insensitively (stemming and
// accent folding are allowed, not required), the title outweighs the body, a hit's snippet marks the words found.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Analysis, Entity, Quote } from '../doc/schema.js';
import { articleId } from '../doc/id.js';
import type { Provenance, Store } from './api.js';
import { and, not, or, parseQuery, phrase, word, type Query } from './query.js';
import { runOwner } from './run-owner.js';
import { SearchSyntaxError } from './types.js';

/** A fresh, empty store; the suite closes it. */
export type MakeStore = () => Promise<Store>;

/** A made-up article; its id follows its URL as the pipeline's does. */
export function article(n: number | string, fields: Partial<Analysis> = {}): Analysis {
  const url = fields.url === undefined ? `https://conformance.example/${n}` : fields.url;
  const text = fields.text ?? `Article ${n} says little.`;
  return {
    id: articleId(url, text),
    source: `input/${n}.html`,
    url,
    outlet: 'conformance.example',
    title: `Article ${n}`,
    byline: [],
    published: '2025-05-01',
    language: 'en',
    text,
    blocks: [{ kind: 'paragraph', start: 0, end: text.length }],
    sentences: [{ start: 0, end: text.length }],
    warnings: [],
    ...fields,
  };
}

const fileFrom = (path: string, digest: string): Provenance => ({ kind: 'file', source: path, path, digest });

/** An entity with `n` mentions (the store does not check offsets). */
const entity = (id: string, type: Entity['type'], name: string, n: number, extra: Partial<Entity> = {}): Entity => ({
  id, type, name, mentions: Array.from({ length: n }, (_, i) => ({ start: i, end: i + 1, text: name })), ...extra,
});
const quote = (text: string, speaker: string | null, speakerText: string | null, kind: Quote['kind'] = 'direct'): Quote => ({
  start: 0, end: text.length, text, kind, speaker, speakerText,
});

/** The search corpus: five articles on made-up events, two outlets, dates in May and June 2025. */
const CORPUS: Analysis[] = [
  article('harbour', {
    title: 'Harbour strike ends', outlet: 'tidings.example', published: '2025-05-02',
    text: 'Dock workers in Portvale ended their strike after the union accepted a wage offer on Friday.',
    entities: [entity('e1', 'ORG', 'Portvale Dockers Union', 2), entity('e2', 'LOC', 'Portvale', 3)],
    quotes: [quote('The offer is fair and we accept it.', 'e1', 'the union')],
  }),
  article('orchard', {
    title: 'Orchard growers fear frost', outlet: 'tidings.example', published: '2025-05-20',
    text: 'Growers near Portvale said a late frost could ruin the apple harvest, and asked for a wage subsidy.',
    entities: [entity('e1', 'LOC', 'Portvale', 1), entity('e2', 'PERSON', 'Mira Quell', 2, { role: 'grower' })],
    quotes: [quote('One cold night can take a whole year of work.', 'e2', 'Quell')],
  }),
  article('bridge', {
    title: 'New bridge opens to traffic', outlet: 'ledger.example', published: '2025-06-01T09:30:00Z',
    text: 'The bridge over the Lune river opened on Sunday; the mayor said the strike had delayed it by a month.',
    entities: [entity('e1', 'PERSON', 'Mira Quell', 1), entity('e2', 'LOC', 'Lune', 1)],
    quotes: [quote('the strike had delayed the bridge by a month', null, 'the mayor', 'indirect')],
  }),
  article('library', {
    title: 'Library extends opening hours', outlet: 'ledger.example', published: '2025-06-15',
    text: 'The city library will open on Sundays from July, the council said after a petition.',
  }),
  article('undated', {
    title: 'Strike talk at the harbour café', outlet: 'ledger.example', published: null,
    text: 'Regulars at the harbour café argued about the strike all afternoon.',
  }),
];

export function storeConformance(name: string, makeStore: MakeStore): void {
  /** Runs `body` on a fresh store, closing it whatever happens. */
  const withStore = (body: (s: Store) => Promise<void>) => async () => {
    const s = await makeStore();
    try {
      await body(s);
    } finally {
      await s.close();
    }
  };
  const withCorpus = (body: (s: Store) => Promise<void>) =>
    withStore(async (s) => {
      for (const a of CORPUS) await s.put(a);
      await body(s);
    });
  const ids = (n: string) => CORPUS.find((a) => a.source === `input/${n}.html`)!.id;
  const found = async (s: Store, q: Query | string, opts = {}) =>
    (await s.search(typeof q === 'string' ? parseQuery(q) : q, opts)).map((h) => h.id).sort();
  const expect = (...names: string[]) => names.map(ids).sort();
  const refused = (p: Promise<unknown>) => assert.rejects(p, (e: unknown) => e instanceof SearchSyntaxError && !e.message.includes('\n'));

  describe(`store conformance: ${name}`, () => {
    describe('articles', () => {
      test('put then get: the document whole, by id and by a unique id prefix; an unknown id is null', withStore(async (s) => {
        const a = article(1, { entities: [entity('e1', 'PERSON', 'Ada Vell', 1)] });
        const p = fileFrom('/in/1.html', 'd1');
        assert.deepEqual(await s.put(a, p), { id: a.id, status: 'new', version: 1 });
        const got = await s.get(a.id);
        assert.ok(got);
        assert.deepEqual(got.analysis, a);
        assert.deepEqual([got.id, got.version, got.source, got.copyOf], [a.id, 1, a.source, null]);
        assert.deepEqual(got.provenance, p);
        assert.ok(got.firstSeen && got.updated);
        assert.equal((await s.get(a.id.slice(0, 8)))?.id, a.id);
        assert.equal(await s.get('0000000000000000'), null);
        assert.equal(await s.get('ab'), null, 'a prefix shorter than 6 characters finds nothing');
      }));

      test('a prefix two ids share is refused, not guessed', withStore(async (s) => {
        // Two made-up URLs whose ids share their first six characters (about 4,000 tries by the birthday bound).
        const seen = new Map<string, Analysis>();
        let pair: [Analysis, Analysis] | undefined;
        for (let i = 0; !pair; i++) {
          const a = article(`p${i}`);
          const other = seen.get(a.id.slice(0, 6));
          if (other) pair = [other, a];
          else seen.set(a.id.slice(0, 6), a);
        }
        for (const a of pair) await s.put(a);
        await assert.rejects(s.get(pair[0].id.slice(0, 6)), /ambiguous/);
        assert.equal((await s.get(pair[0].id))?.id, pair[0].id, 'the full id still finds it');
      }));

      test('re-putting the same content is idempotent, from any source', withStore(async (s) => {
        const a = article(2);
        await s.put(a, fileFrom('/in/2.html', 'd2'));
        assert.deepEqual(await s.put(a, fileFrom('/in/2.html', 'd2')), { id: a.id, status: 'same', version: 1 });
        assert.deepEqual(await s.put(a, fileFrom('/elsewhere/2.html', 'd2')), { id: a.id, status: 'same', version: 1 });
        assert.equal(await s.count(), 1);
      }));

      test('changed content from the same source is a new version; an older content again restores its version', withStore(async (s) => {
        const v1 = article(3, { text: 'First telling of the story.' });
        const v2 = { ...v1, text: 'Second, corrected telling of the story.' };
        await s.put(v1, fileFrom('/in/3.html', 'd1'));
        assert.deepEqual(await s.put(v2, fileFrom('/in/3.html', 'd2')), { id: v1.id, status: 'version', version: 2 });
        const got = await s.get(v1.id);
        assert.deepEqual([got?.version, got?.analysis.text], [2, v2.text]);
        assert.deepEqual(await s.put(v1, fileFrom('/in/3.html', 'd1-again')), { id: v1.id, status: 'version', version: 1 });
        assert.equal((await s.get(v1.id))?.analysis.text, v1.text);
        assert.equal(await s.count(), 1, 'versions are one article');
      }));

      test('another source claiming a stored article with other content is stored as a claimed copy', withStore(async (s) => {
        const a = article(4, { text: 'The original text.' });
        await s.put(a, fileFrom('/in/4.html', 'd1'));
        const claim = { ...a, source: 'dump.jsonl:9', text: 'A text that says it is article 4.' };
        const r = await s.put(claim, { kind: 'record', source: 'dump.jsonl:9', recordId: null, digest: 'd9' });
        assert.equal(r.status, 'new');
        assert.equal(r.copyOf, a.id);
        assert.notEqual(r.id, a.id);
        assert.equal((await s.get(a.id))?.analysis.text, a.text, 'the original is untouched');
        const copy = await s.get(r.id);
        assert.deepEqual([copy?.copyOf, copy?.analysis.text], [a.id, claim.text]);
        assert.equal(await s.count(), 2);
      }));

      test('iterate yields every latest version once, in first-seen order, across pages; count agrees', withStore(async (s) => {
        const n = 300; // more than one page of a paged reader
        const docs = Array.from({ length: n }, (_, i) => article(`it${i}`));
        for (const a of docs) await s.put(a);
        await s.put({ ...docs[5], text: 'A new version of the sixth.' }, fileFrom(docs[5].source, 'changed'));
        const seen: string[] = [];
        for await (const a of s.iterate()) {
          seen.push(a.id);
          if (a.id === docs[5].id) assert.equal(a.version, 2);
        }
        assert.deepEqual(seen, docs.map((a) => a.id));
        assert.equal(await s.count(), n);
      }));

      test('an empty store counts 0 and iterates nothing', withStore(async (s) => {
        assert.equal(await s.count(), 0);
        for await (const _ of s.iterate()) assert.fail('nothing to iterate');
      }));
    });

    describe('search', () => {
      test('words: all of them must occur, in title or text, any case', withCorpus(async (s) => {
        assert.deepEqual(await found(s, 'strike'), expect('harbour', 'bridge', 'undated'));
        assert.deepEqual(await found(s, 'STRIKE portvale'), expect('harbour'));
        assert.deepEqual(await found(s, and(word('strike'), word('portvale'))), expect('harbour'));
        assert.deepEqual(await found(s, 'nothingmatchesthis'), []);
      }));

      test('phrases: the words in order, next to each other', withCorpus(async (s) => {
        assert.deepEqual(await found(s, '"late frost"'), expect('orchard'));
        assert.deepEqual(await found(s, '"frost late"'), []);
        assert.deepEqual(await found(s, phrase('wage offer')), expect('harbour'));
      }));

      test('OR, NOT and -word; NOT binds tighter than AND, AND than OR', withCorpus(async (s) => {
        assert.deepEqual(await found(s, 'bridge OR library'), expect('bridge', 'library'));
        assert.deepEqual(await found(s, 'strike NOT portvale'), expect('bridge', 'undated'));
        assert.deepEqual(await found(s, 'strike -portvale -bridge'), expect('undated'));
        assert.deepEqual(await found(s, 'library OR strike -portvale'), expect('library', 'bridge', 'undated'));
        assert.deepEqual(await found(s, '(library OR strike) wage'), expect('harbour'));
        assert.deepEqual(await found(s, or(word('frost'), and(word('strike'), not(word('harbour'))))), expect('orchard', 'bridge'));
      }));

      test('prefix words and title: / text: fields', withCorpus(async (s) => {
        assert.deepEqual(await found(s, 'harve*'), expect('orchard'));
        assert.deepEqual(await found(s, 'title:strike'), expect('harbour', 'undated'));
        assert.deepEqual(await found(s, 'text:strike -title:strike'), expect('bridge'));
        assert.deepEqual(await found(s, 'title:(bridge OR library)'), expect('bridge', 'library'));
      }));

      test('a title hit ranks above a body-only hit; scores are higher-is-better; hits carry their metadata', withCorpus(async (s) => {
        const hits = await s.search(parseQuery('bridge'));
        assert.equal(hits[0].id, ids('bridge'));
        const strike = await s.search(parseQuery('strike'));
        assert.equal(strike.at(-1)!.id, ids('bridge'), 'the one body-only hit comes after the title hits');
        assert.ok(strike.every((h, i) => i === 0 || strike[i - 1].score >= h.score));
        assert.deepEqual(
          { title: hits[0].title, outlet: hits[0].outlet, published: hits[0].published, url: hits[0].url },
          { title: 'New bridge opens to traffic', outlet: 'ledger.example', published: '2025-06-01T09:30:00Z', url: 'https://conformance.example/bridge' },
        );
      }));

      test('snippets mark the words found (default [ ], or the markers given)', withCorpus(async (s) => {
        const [hit] = await s.search(parseQuery('petition'));
        assert.match(hit.snippet, /\[petition\]/);
        const [custom] = await s.search(parseQuery('petition'), { highlight: ['<b>', '</b>'] });
        assert.match(custom.snippet, /<b>petition<\/b>/);
      }));

      test('filters: outlet, date range (a day given as the end includes it; undated articles are left out), entity', withCorpus(async (s) => {
        const strike = parseQuery('strike OR frost OR library');
        assert.deepEqual(await found(s, strike, { filters: { outlet: 'tidings.example' } }), expect('harbour', 'orchard'));
        assert.deepEqual(await found(s, strike, { filters: { since: '2025-05-15' } }), expect('orchard', 'bridge', 'library'));
        assert.deepEqual(await found(s, strike, { filters: { until: '2025-06-01' } }), expect('harbour', 'orchard', 'bridge'));
        assert.deepEqual(await found(s, strike, { filters: { since: '2025-06-01', until: '2025-06-01' } }), expect('bridge'));
        assert.deepEqual(await found(s, strike, { filters: { outlet: 'ledger.example', until: '2025-06-30' } }), expect('bridge', 'library'));
        const quell = (await s.topEntities({ type: 'PERSON' })).find((e) => e.name === 'Mira Quell');
        assert.ok(quell);
        assert.deepEqual(await found(s, strike, { filters: { entity: quell.id } }), expect('orchard', 'bridge'));
        assert.deepEqual(await found(s, strike, { filters: { entity: quell.id, outlet: 'tidings.example' } }), expect('orchard'));
        const portvale = (await s.topEntities({ type: 'LOC' })).find((e) => e.name === 'Portvale')!;
        assert.deepEqual(await found(s, strike, { filters: { entity: [quell.id, portvale.id] } }), expect('harbour', 'orchard', 'bridge'), 'any of several ids');
      }));

      test('pages: limit and offset split the ranked list without gaps or repeats', withCorpus(async (s) => {
        const q = parseQuery('the OR strike');
        const all = (await s.search(q, { limit: 50 })).map((h) => h.id);
        assert.equal(all.length, 5);
        const pages: string[] = [];
        for (let offset = 0; offset < all.length; offset += 2)
          pages.push(...(await s.search(q, { limit: 2, offset })).map((h) => h.id));
        assert.deepEqual(pages, all);
        assert.deepEqual(await s.search(q, { limit: 2, offset: 10 }), []);
        assert.equal((await s.search(q, { limit: 0 })).length, 1, 'a limit below 1 still gives the best hit');
      }));

      test('search follows new versions: the old text is no longer found', withCorpus(async (s) => {
        const lib = CORPUS[3];
        await s.put({ ...lib, text: 'The city library closes for repairs in July.' }, fileFrom(lib.source, 'v2'));
        assert.deepEqual(await found(s, 'petition'), []);
        assert.deepEqual(await found(s, 'repairs'), expect('library'));
      }));

      test('words are text, never the engine\'s syntax: quotes, operators, columns and stars inside a word', withCorpus(async (s) => {
        // Each of these, read as FTS5 or tsquery syntax, would find articles; as text, none has these words in a row.
        for (const w of ['strike" OR "library', 'title:library', 'strike) OR (library', 'NEAR(strike library)', 'strike* OR library*', "strike' | 'library"])
          assert.deepEqual(await found(s, word(w)), [], w);
        assert.deepEqual(await found(s, phrase('dock workers')), expect('harbour'));
      }));

      test('queries it cannot run are refused with one line: hand-built trees too', withCorpus(async (s) => {
        await refused(s.search(not(word('strike'))));
        await refused(s.search(or(word('strike'), not(word('bridge')))));
        await refused(s.search(word('')));
        await refused(s.search(word('&&')));
        await refused(s.search(and(...Array.from({ length: 40 }, (_, i) => word(`w${i}`)))));
        await refused(s.search({ kind: 'and', of: [] }));
      }));
    });

    describe('analysis layers', () => {
      test('topEntities: one entity per name across articles, with articles and summed mentions; type, limit, ranking', withCorpus(async (s) => {
        const top = await s.topEntities();
        const row = (n: string) => top.find((e) => e.name === n);
        assert.deepEqual([row('Portvale')?.type, row('Portvale')?.articles, row('Portvale')?.mentions], ['LOC', 2, 4]);
        assert.deepEqual([row('Mira Quell')?.articles, row('Mira Quell')?.mentions], [2, 3]);
        assert.equal(top[0].name, 'Portvale', 'most mentions first');
        assert.deepEqual((await s.topEntities({ type: 'PERSON' })).map((e) => e.name), ['Mira Quell']);
        assert.equal((await s.topEntities({ limit: 2 })).length, 2);
        const byArticles = await s.topEntities({ by: 'articles' });
        assert.ok(byArticles.every((e, i) => i === 0 || byArticles[i - 1].articles >= e.articles));
      }));

      test('articleEntities: the article\'s own entities, most mentioned first, linked to the canonical ones', withCorpus(async (s) => {
        const rows = await s.articleEntities(ids('orchard'));
        assert.deepEqual(rows.map((r) => [r.localId, r.name, r.type, r.mentions, r.articles]), [
          ['e2', 'Mira Quell', 'PERSON', 2, 2],
          ['e1', 'Portvale', 'LOC', 1, 2],
        ]);
        assert.equal(rows[0].role, 'grower');
        const canonical = (await s.topEntities()).find((e) => e.name === 'Mira Quell');
        assert.equal(rows[0].entityId, canonical?.id);
        assert.deepEqual(await s.articleEntities(ids('library')), []);
        assert.deepEqual(await s.articleEntities('no-such-article'), []);
      }));

      test('searchQuotes: by speaker (a surname is enough), by text (our query), both; none given: newest first', withCorpus(async (s) => {
        assert.deepEqual((await s.searchQuotes({ speaker: 'quell' })).map((q) => q.text), ['One cold night can take a whole year of work.']);
        const byText = await s.searchQuotes({ text: parseQuery('offer OR strike') });
        assert.deepEqual(byText.map((q) => q.articleId).sort(), expect('harbour', 'bridge'));
        assert.deepEqual((await s.searchQuotes({ text: parseQuery('"whole year"'), speaker: 'Mira' })).map((q) => q.articleId), [ids('orchard')]);
        assert.deepEqual(await s.searchQuotes({ text: parseQuery('offer'), speaker: 'Quell' }), []);
        const hit = (await s.searchQuotes({ text: parseQuery('fair') }))[0];
        assert.deepEqual([hit.kind, hit.speaker, hit.title], ['direct', 'Portvale Dockers Union', 'Harbour strike ends']);
        const newest = await s.searchQuotes();
        assert.deepEqual(newest.map((q) => q.articleId), expect('bridge').concat(ids('orchard'), ids('harbour')));
        assert.equal((await s.searchQuotes({ limit: 1 })).length, 1);
        await refused(s.searchQuotes({ speaker: '  ' }));
        await refused(s.searchQuotes({ text: not(word('fair')) }));
      }));
    });

    describe('events', () => {
      const withEvents = (fn: (s: Store) => Promise<void>) => withStore(async (s) => {
        const a = 'Velmar troops shelled Ostria on Monday. Ostria accused Velmar. Talks may resume.';
        const b = 'Ostria and Velmar met in Geneva.';
        const first = article('events-a', {
          text: a, published: '2025-06-03',
          entities: [entity('e1', 'LOC', 'Velmar', 2, { country: 'VLM' }), entity('e2', 'LOC', 'Ostria', 2, { country: 'OST' })],
          events: [
            { type: 'ASSAULT', source: ['e1'], target: ['e2'], date: '2025-06-02', sentence: { start: 0, end: a.length }, cue: { start: 14, end: 21, text: 'shelled' } },
            { type: 'ACCUSE', source: ['e2'], target: ['e1'], sentence: { start: 40, end: 62 }, mentions: [{ cue: { start: 47, end: 54 }, sentence: { start: 40, end: 62 } }] },
            { type: 'CONSULT', source: ['e1'], target: ['e2'], status: 'future', sentence: { start: 63, end: 82 } },
          ],
        });
        await s.put(first, fileFrom('/in/events-a.html', 'a1'));
        await s.put(article('events-b', {
          text: b, published: '2025-05-10',
          entities: [entity('e1', 'LOC', 'Ostria', 1, { country: 'OST' }), entity('e2', 'PERSON', 'Dara Venn', 1)],
          events: [{ type: 'CONSULT', source: ['e1', 'e2'], target: ['IGO'], reciprocal: true, sentence: { start: 0, end: b.length } }],
        }));
        await fn(s);
      });

      test('searchEvents: by actor code or name, target, type and dates; asserted only unless all; newest first', withEvents(async (s) => {
        const all = await s.searchEvents({ limit: 10 });
        assert.deepEqual(all.map((e) => [e.type, e.date]), [['ACCUSE', '2025-06-03'], ['ASSAULT', '2025-06-02'], ['CONSULT', '2025-05-10']]);
        assert.equal(all[1].sentence, 'Velmar troops shelled Ostria on Monday. Ostria accused Velmar. Talks may resume.');
        assert.deepEqual(all[0].sentenceSpan, { start: 40, end: 62 });
        assert.equal(all[0].mentions, 2);
        assert.deepEqual((await s.searchEvents({ actor: 'VLM', limit: 10 })).map((e) => e.type), ['ASSAULT']);
        assert.deepEqual((await s.searchEvents({ actor: 'venn', limit: 10 })).map((e) => e.type), ['CONSULT'], 'a word of a name');
        assert.deepEqual((await s.searchEvents({ target: 'IGO', limit: 10 })).map((e) => e.type), ['CONSULT']);
        assert.deepEqual((await s.searchEvents({ type: 'assault', limit: 10 })).map((e) => e.source.codes), [['VLM']]);
        assert.deepEqual((await s.searchEvents({ since: '2025-06-01', until: '2025-06-02', limit: 10 })).map((e) => e.type), ['ASSAULT']);
        assert.deepEqual((await s.searchEvents({ all: true, limit: 10 })).map((e) => e.status).sort(), ['asserted', 'asserted', 'asserted', 'future']);
        assert.equal((await s.searchEvents({ limit: 1 })).length, 1);
      }));

      test('article search by event type (asserted events only), facets counting them, and event pages', withEvents(async (s) => {
        const any = parseQuery('Ostria');
        assert.deepEqual((await s.search(any, { filters: { eventType: 'ASSAULT' } })).map((h) => h.title), ['Article events-a']);
        assert.deepEqual((await s.search(any, { filters: { eventType: 'consult' } })).map((h) => h.title), ['Article events-b'], 'the future CONSULT of events-a is not asserted');
        assert.deepEqual((await s.latest({ filters: { eventType: 'ACCUSE' } })).map((h) => h.title), ['Article events-a']);
        const f = await s.facets(any);
        assert.deepEqual(f.eventTypes, [{ value: 'ACCUSE', count: 1 }, { value: 'ASSAULT', count: 1 }, { value: 'CONSULT', count: 1 }]);
        assert.deepEqual(f.outlets, [{ value: 'conformance.example', count: 2 }]);
        assert.deepEqual(f.entities.map((e) => [e.name, e.count]), [['Ostria', 2], ['Velmar', 1], ['Dara Venn', 1]]);
        const all = await s.searchEvents({ limit: 10 });
        const paged = [...await s.searchEvents({ limit: 2 }), ...await s.searchEvents({ limit: 2, offset: 2 })];
        assert.deepEqual(paged, all);
        assert.deepEqual(await s.searchEvents({ limit: 2, offset: 3 }), []);
      }));

      test('searchEvents follows an article\'s new version', withEvents(async (s) => {
        const text = 'Velmar troops shelled Ostria on Monday. Ostria accused Velmar. Talks may resume. Updated.';
        const again = article('events-a', { text, published: '2025-06-03', entities: [], events: [] });
        assert.equal((await s.put(again, fileFrom('/in/events-a.html', 'a2'))).status, 'version');
        assert.deepEqual((await s.searchEvents({ limit: 10 })).map((e) => e.type), ['CONSULT']);
      }));
    });

    describe('listings (the HTTP API)', () => {
      test('latest: newest first (undated last), filters, pages; the lead of the text as snippet', withCorpus(async (s) => {
        const all = await s.latest({ limit: 50 });
        assert.deepEqual(all.map((h) => h.id), ['library', 'bridge', 'orchard', 'harbour', 'undated'].map(ids));
        assert.equal(all[0].snippet, CORPUS[3].text);
        assert.deepEqual((await s.latest({ filters: { outlet: 'tidings.example' } })).map((h) => h.id), ['orchard', 'harbour'].map(ids));
        const pages = [...await s.latest({ limit: 3 }), ...await s.latest({ limit: 3, offset: 3 })];
        assert.deepEqual(pages.map((h) => h.id), all.map((h) => h.id));
      }));

      test('facets: outlets, entities over the hits of a query (or of the latest), most frequent first', withCorpus(async (s) => {
        const f = await s.facets(parseQuery('strike'));
        assert.deepEqual(f.outlets, [{ value: 'ledger.example', count: 2 }, { value: 'tidings.example', count: 1 }]);
        assert.deepEqual(f.eventTypes, []);
        assert.deepEqual(f.entities.map((e) => e.name).sort(), ['Lune', 'Mira Quell', 'Portvale', 'Portvale Dockers Union']);
        assert.equal(f.entities.find((e) => e.name === 'Mira Quell')?.count, 1);
        const latest = await s.facets(null);
        assert.deepEqual(latest.outlets, [{ value: 'ledger.example', count: 3 }, { value: 'tidings.example', count: 2 }]);
        assert.deepEqual(latest.entities.slice(0, 2).map((e) => [e.name, e.count]), [['Portvale', 2], ['Mira Quell', 2]]);
        assert.deepEqual((await s.facets(parseQuery('strike'), { hits: 1 })).outlets.reduce((n, o) => n + o.count, 0), 1, 'counted over the first hits only');
        await refused(s.facets(not(word('strike'))));
      }));

      test('quotes carry their span; pages by offset', withCorpus(async (s) => {
        const [q] = await s.searchQuotes({ speaker: 'quell' });
        assert.deepEqual(q.span, { start: 0, end: q.text.length });
        const all = await s.searchQuotes({ limit: 10 });
        const paged = [...await s.searchQuotes({ limit: 2 }), ...await s.searchQuotes({ limit: 2, offset: 2 })];
        assert.deepEqual(paged, all);
      }));

      test('listEntities: most mentioned first, by type and whole name words (folded), page by page', withCorpus(async (s) => {
        const all = await s.listEntities({ limit: 50 });
        assert.deepEqual(all.map((e) => e.name), (await s.topEntities({ limit: 50 })).map((e) => e.name));
        assert.deepEqual((await s.listEntities({ name: 'PORTVALE' })).map((e) => e.name), ['Portvale', 'Portvale Dockers Union']);
        assert.deepEqual((await s.listEntities({ name: 'portvale union' })).map((e) => e.name), ['Portvale Dockers Union']);
        assert.deepEqual((await s.listEntities({ name: 'port' })).map((e) => e.name), [], 'whole words only');
        assert.deepEqual((await s.listEntities({ name: '100%_' })).map((e) => e.name), [], 'LIKE wildcards are text');
        assert.deepEqual((await s.listEntities({ type: 'PERSON' })).map((e) => e.name), ['Mira Quell']);
        const paged = [...await s.listEntities({ limit: 2 }), ...await s.listEntities({ limit: 2, offset: 2 }), ...await s.listEntities({ limit: 2, offset: 4 })];
        assert.deepEqual(paged, all);
      }));

      test('stories: every article in one story, pages, timelines, an article\'s story, unknown ids', withCorpus(async (s) => {
        const stories = await s.listStories({ limit: 50 });
        assert.equal(stories.reduce((n, st) => n + st.articles, 0), CORPUS.length);
        const paged = [...await s.listStories({ limit: 2 }), ...await s.listStories({ limit: 50, offset: 2 })];
        assert.deepEqual(paged, stories);
        const of = await s.storyOfArticle(ids('orchard'));
        assert.ok(of);
        const t = await s.storyTimeline(of.id);
        assert.ok(t?.articles.some((a) => a.id === ids('orchard')));
        assert.ok(t?.items.some((i) => i.kind === 'quote' && i.articleId === ids('orchard')), 'its quote is on the timeline');
        assert.equal(await s.storyTimeline('no-such-story'), null);
        assert.equal(await s.storyOfArticle('no-such-article'), null);
        const late = article('late', { text: 'A late article about the harbour strike.', title: 'Harbour strike, again' });
        await s.put(late);
        assert.ok(await s.storyOfArticle(late.id), 'an article stored later joins a story at the next read');
      }));

      test('entities by name: the linked group, its dossier (quotes with spans), none', withCorpus(async (s) => {
        const groups = await s.findEntities('Quell');
        assert.deepEqual(groups.map((g) => g.name), ['Mira Quell']);
        const r = await s.entityDossier('Mira Quell');
        assert.equal(r.kind, 'found');
        if (r.kind !== 'found') return;
        assert.deepEqual(r.dossier.quotes.map((q) => [q.articleId, q.text, q.span.start]), [[ids('orchard'), 'One cold night can take a whole year of work.', 0]]);
        assert.deepEqual([r.dossier.firstSeen, r.dossier.lastSeen], ['2025-05-20', '2025-06-01']);
        assert.deepEqual(await s.entityDossier('Nobody Known'), { kind: 'none' });
      }));
    });

    describe('jobs', () => {
      test('a job is resumed by key until finished; its done sources are skipped', withStore(async (s) => {
        const job = await s.openJob('batch-1', ['dir/']);
        assert.equal(job.resumed, false);
        assert.equal(job.status, 'running');
        const [a, b] = [article('j1'), article('j2')];
        const out = await s.recordItems(job.id, [
          { source: 'dir/a.html', analysis: a },
          { source: 'dir/bad.html', error: 'not an article' },
          { source: 'dir/b.html', analysis: b, provenance: fileFrom('/abs/dir/b.html', 'db') },
        ]);
        assert.deepEqual(out.map((o) => ('put' in o ? o.put.status : o.error)), ['new', 'not an article', 'new']);
        assert.equal((await s.get(b.id))?.provenance?.path, '/abs/dir/b.html');
        const again = await s.openJob('batch-1', ['dir/']);
        assert.deepEqual([again.id, again.resumed], [job.id, true]);
        assert.deepEqual([...(await s.doneSources(job.id))].sort(), ['dir/a.html', 'dir/b.html'], 'a failed item is not done');
        await s.markSource(job.id, { source: 'dir/bad.html', status: 'ok', articleId: a.id });
        assert.equal((await s.doneSources(job.id)).size, 3);
        await s.finishJob(job.id);
        const next = await s.openJob('batch-1', ['dir/']);
        assert.equal(next.resumed, false, 'a finished job is not resumed');
        assert.notEqual(next.id, job.id);
        assert.equal((await s.doneSources(next.id)).size, 0);
        await assert.rejects(s.finishJob(next.id + 1000));
      }));

      test('recordItems: a document the store refuses fails alone; the rest of the group is stored and marked', withStore(async (s) => {
        const job = await s.openJob('batch-2', ['feed.jsonl']);
        const good = article('g1');
        const bad = { ...article('g2'), title: null } as unknown as Analysis;
        const out = await s.recordItems(job.id, [
          { source: 'feed.jsonl:1', analysis: bad },
          { source: 'feed.jsonl:2', analysis: good },
        ]);
        assert.ok('error' in out[0] && out[0].error.length > 0 && !out[0].error.includes('\n'));
        assert.ok('put' in out[1] && out[1].put.status === 'new');
        assert.equal(await s.count(), 1);
        assert.equal(await s.get(bad.id), null);
        assert.deepEqual([...(await s.doneSources(job.id))], ['feed.jsonl:2']);
      }));

      test('two runs share a job: an item claimed by a live run or already stored is not taken again', withStore(async (s) => {
        const [one, two] = [runOwner(), runOwner()];
        const job = await s.openJob('shared', ['x', 'y']);
        assert.equal(await s.claimSource(job.id, 'x', one), true);
        assert.equal(await s.claimSource(job.id, 'x', one), true, 'a run may claim again what it holds');
        assert.equal(await s.claimSource(job.id, 'x', two), false, 'held by a live run');
        assert.equal(await s.claimSource(job.id, 'y', two), true);
        assert.equal(await s.pendingElsewhere(job.id, two), 1, 'x is pending in run one');
        assert.equal(await s.pendingElsewhere(job.id, one), 1, 'y is pending in run two');
        await s.recordItems(job.id, [{ source: 'x', analysis: article('x') }]);
        assert.equal(await s.pendingElsewhere(job.id, two), 0, 'x has its outcome');
        assert.equal(await s.claimSource(job.id, 'x', two), false, 'stored items are never claimed again');
        await s.markSource(job.id, { source: 'y', status: 'failed', error: 'timeout' });
        assert.equal(await s.pendingElsewhere(job.id, one), 0, 'a failed item has its outcome');
        assert.equal(await s.claimSource(job.id, 'y', two), true, 'the run that holds a failed item may retry it');
        // A run that died (its process is gone) holds nothing.
        const dead = `${runOwner().split(':')[0]}:999999999:dead`;
        await s.claimSource(job.id, 'z', dead);
        assert.equal(await s.claimSource(job.id, 'z', one), true);
        await s.finishJob(job.id);
      }));
    });
  });
}
