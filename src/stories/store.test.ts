import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openSqliteStore } from '../store/sqlite/index.js';
import type { Store } from '../store/types.js';
import { entityDossier } from './dossier.js';
import { makeDoc, sampleDocs } from './testing.js';
import { storyTimeline } from './timeline.js';
import { updateStories } from './update.js';

function withStore(fn: (store: Store, path: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-stories-'));
  const store = openSqliteStore(join(dir, 'test.db'));
  try {
    fn(store, join(dir, 'test.db'));
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const docs = sampleDocs();

test('a repost in page clutter is linked to its original, credits it, and joins its story with the other outlet', () => {
  withStore((store) => {
    for (const d of Object.values(docs)) store.put(d);
    const r = updateStories(store);
    assert.equal(r.assigned, 5);
    assert.equal(r.copies, 1);
    const story = store.stories.storyOf(docs.original.id)!;
    assert.equal(store.stories.storyOf(docs.repost.id), story);
    assert.equal(store.stories.storyOf(docs.other.id), story);
    assert.notEqual(store.stories.storyOf(docs.bakery.id), story);
    assert.notEqual(store.stories.storyOf(docs.korr.id), story);
    const s = store.stories.story(story)!;
    assert.deepEqual([s.articles, s.outlets, s.copies, s.firstSeen?.slice(0, 10), s.lastSeen?.slice(0, 10)], [3, 3, 1, '2024-03-01', '2024-03-02']);
    const repost = store.stories.members(story).find((m) => m.id === docs.repost.id)!;
    assert.equal(repost.copy?.kind, 'near');
    assert.equal(repost.copy?.original, docs.original.id);
    assert.equal(repost.credited, 'Coast Herald');
    assert.equal(store.stories.list().length, 3);
  });
});

test('re-running changes nothing; articles arriving later join the same stories as in one pass', () => {
  const partition = (store: Store) => Object.values(docs).map((d) => Object.values(docs).filter((x) => store.stories.storyOf(x.id) === store.stories.storyOf(d.id)).map((x) => x.id).join());
  let once: string[] = [];
  withStore((store) => {
    for (const d of Object.values(docs)) store.put(d);
    updateStories(store);
    const before = JSON.stringify(store.stories.list());
    assert.equal(updateStories(store).assigned, 0);
    assert.equal(JSON.stringify(store.stories.list()), before);
    once = partition(store);
  });
  withStore((store) => {
    store.put(docs.original);
    store.put(docs.bakery);
    assert.equal(updateStories(store).assigned, 2);
    store.put(docs.other);
    store.put(docs.repost);
    store.put(docs.korr);
    assert.equal(updateStories(store).assigned, 3);
    assert.deepEqual(partition(store), once);
  });
});

test('a bridge article merges two stories, and the merge is recorded', () => {
  withStore((store) => {
    const day = '2024-03-01';
    const a = makeDoc({ url: 'https://a.example/1', outlet: 'A', published: day, title: 'Port strike halts container ships at Saltmere', text: 'Dock workers at Saltmere walked out over pay, and container ships queued offshore.' });
    const b = makeDoc({ url: 'https://b.example/1', outlet: 'B', published: day, title: 'Fuel shortage hits petrol stations across Eastvale', text: 'Petrol stations in Eastvale ran dry as tanker deliveries stopped and drivers queued for hours.' });
    store.put(a);
    store.put(b);
    updateStories(store);
    assert.notEqual(store.stories.storyOf(a.id), store.stories.storyOf(b.id));
    const gone = store.stories.storyOf(b.id)!;
    const bridge = makeDoc({
      url: 'https://c.example/1', outlet: 'C', published: day,
      title: 'Port strike at Saltmere halts container ships and causes fuel shortage at Eastvale petrol stations',
      text: 'Dock workers at Saltmere walked out over pay and container ships queued offshore; petrol stations in Eastvale ran dry as tanker deliveries stopped and drivers queued for hours.',
    });
    store.put(bridge);
    assert.equal(updateStories(store).merges, 1);
    const story = store.stories.storyOf(a.id)!;
    assert.equal(store.stories.storyOf(b.id), story);
    assert.equal(store.stories.story(gone)?.id, story); // the merged id leads to the story it went into
    assert.deepEqual(store.stories.merges(story).map((m) => m.articleId), [bridge.id]);
    assert.equal(store.stories.story(story)?.articles, 3);
  });
});

test('a timeline groups the copy under its original and orders events and quotes by the date of what happened', () => {
  withStore((store) => {
    for (const d of Object.values(docs)) store.put(d);
    updateStories(store);
    const t = storyTimeline(store, store.stories.storyOf(docs.repost.id)!)!;
    assert.deepEqual(t.articles.map((a) => a.id).sort(), [docs.original.id, docs.other.id].sort());
    const original = t.articles.find((a) => a.id === docs.original.id)!;
    assert.deepEqual(original.copies.map((c) => c.id), [docs.repost.id]);
    assert.deepEqual(original.credited, ['Coast Herald']);
    assert.deepEqual(t.outlets.sort(), ['Aggregator Daily', 'Coast Herald', 'Westport Times']);
    // The engineers' inspection (Feb 27, the event's own date), the mayor's words (Feb 28, a date in their
    // sentence), then what the articles of Mar 1 report without a date of its own. The repost adds nothing.
    assert.deepEqual(
      t.items.map((i) => [i.date, i.dateSource, i.kind, i.articleId === docs.other.id ? 'other' : 'original']),
      [
        ['2024-02-27', 'event', 'event', 'other'],
        ['2024-02-28', 'sentence', 'quote', 'original'],
        ['2024-03-01', 'article', 'event', 'original'],
        ['2024-03-01', 'article', 'quote', 'other'],
      ],
    );
    for (const i of t.items) {
      const text = store.get(i.articleId)!.analysis.text;
      assert.equal(text.slice(i.sentence.start, i.sentence.end), i.sentenceText);
    }
    assert.match(t.items[1].sentenceText, /^Mayor Mara Lindqvist said/);
  });
});

test('an entity dossier links spelling variants and keeps two people of one surname apart', () => {
  withStore((store) => {
    for (const d of Object.values(docs)) store.put(d);
    updateStories(store);
    const r = entityDossier(store, 'Lindqvist');
    assert.equal(r.kind, 'found');
    if (r.kind !== 'found') return;
    const d = r.dossier;
    assert.deepEqual(d.entity.names.sort(), ['Lindquist', 'Mara Lindqvist']);
    assert.equal(d.entity.name, 'Mara Lindqvist');
    assert.equal(d.quotes.length, 3); // the original's, the repost's, the other outlet's
    const other = d.quotes.find((q) => q.articleId === docs.other.id)!;
    assert.equal(docs.other.text.slice(other.span.start, other.span.end), other.text);
    assert.deepEqual(d.perDay, [{ day: '2024-03-01', articles: 2, mentions: 3 }, { day: '2024-03-02', articles: 1, mentions: 1 }]);
    assert.ok(d.coEntities.some((c) => c.name === 'harbour council' && c.articles === 2));
    assert.deepEqual(d.stories.map((s) => s.id), [store.stories.storyOf(docs.original.id)]);

    const korr = entityDossier(store, 'Korr');
    assert.equal(korr.kind, 'ambiguous');
    if (korr.kind === 'ambiguous') assert.deepEqual(korr.candidates.map((c) => c.name).sort(), ['Anna Korr', 'Piet Korr']);
    const anna = entityDossier(store, 'Anna Korr');
    assert.equal(anna.kind, 'found');
    if (anna.kind === 'found') {
      assert.deepEqual(anna.dossier.entity.names, ['Anna Korr']);
      assert.equal(anna.dossier.quotes.length, 1);
    }
    assert.equal(entityDossier(store, 'Nobody Atall').kind, 'none');
  });
});

test('events as source come with their sentence span', () => {
  withStore((store) => {
    for (const d of Object.values(docs)) store.put(d);
    updateStories(store);
    const r = entityDossier(store, 'harbour council');
    assert.equal(r.kind, 'found');
    if (r.kind !== 'found') return;
    assert.equal(r.dossier.eventsAsSource.length, 1);
    const e = r.dossier.eventsAsSource[0];
    assert.equal(e.type, 'RESTRICT');
    assert.match(docs.original.text.slice(e.sentence.start, e.sentence.end), /^The harbour council of Westport voted/);
    assert.equal(r.dossier.eventsAsTarget.length, 0);
  });
});

test('"Ukraine\'s president" finds the person articles give that role in that country, under all his names', () => {
  withStore((store) => {
    const a = makeDoc({
      url: 'https://a.example/v', outlet: 'A', published: '2024-04-01', title: 'Talks in the capital',
      text: 'President Olek Varenko met the envoys on Monday.',
      entities: [{ id: 'e1', type: 'PERSON', name: 'Olek Varenko', role: 'President', country: 'UKR' }],
    });
    const b = makeDoc({
      url: 'https://b.example/v', outlet: 'B', published: '2024-04-02', title: 'Envoys leave',
      text: 'Varenko thanked the envoys, and Estonian president Jan Tamm sent a letter.',
      entities: [
        { id: 'e1', type: 'PERSON', name: 'Varenko', country: 'UKR' },
        { id: 'e2', type: 'PERSON', name: 'Jan Tamm', role: 'president', country: 'EST' },
      ],
    });
    store.put(a);
    store.put(b);
    for (const q of ["Ukraine's president", 'president of Ukraine', 'Ukrainian president']) {
      const r = entityDossier(store, q);
      assert.equal(r.kind, 'found', q);
      if (r.kind === 'found') assert.deepEqual(r.dossier.entity.names.sort(), ['Olek Varenko', 'Varenko']);
    }
    const tamm = entityDossier(store, 'president of Estonia');
    assert.equal(tamm.kind === 'found' && tamm.dossier.entity.name, 'Jan Tamm');
    assert.equal(entityDossier(store, "Latvia's president").kind, 'none');
  });
});

test('the store-backed indexes give the same links and stories as the in-memory ones over the same articles', async () => {
  const { StoryIndex } = await import('./cluster.js');
  withStore((store) => {
    const all = Object.values(docs);
    for (const d of all) store.put(d);
    updateStories(store);
    const order = [...all].sort((a, b) => a.published!.localeCompare(b.published!) || all.indexOf(a) - all.indexOf(b));
    const idx = new StoryIndex();
    const copies = new Map(order.map((d) => [d.id, idx.add({ id: d.id, title: d.title, text: d.text, published: d.published!, outlet: d.outlet! }).copy?.original]));
    const together = (f: (id: string) => string | null | undefined) => order.map((a) => order.map((b) => f(a.id) === f(b.id)));
    assert.deepEqual(together((id) => store.stories.storyOf(id)), together((id) => idx.storyOf(id)));
    const stored = new Map(store.stories.list().flatMap((s) => store.stories.members(s.id)).map((m) => [m.id, m.copy?.original]));
    assert.deepEqual(stored, copies);
  });
});

test('with minPending nothing is assigned until that many articles wait', () => {
  withStore((store) => {
    store.put(docs.original);
    store.put(docs.bakery);
    assert.equal(updateStories(store, { minPending: 3 }).assigned, 0);
    assert.equal(store.stories.pending(), 2);
    store.put(docs.korr);
    assert.equal(updateStories(store, { minPending: 3 }).assigned, 3);
    assert.equal(store.stories.pending(), 0);
  });
});
