import assert from 'node:assert/strict';
import { test } from 'node:test';
import { StoryIndex } from './cluster.js';

const FLOOD = (n: number) => ({
  id: `flood${n}`,
  title: `Flood waters rise in Riverton as the Ember river bursts its banks (${n})`,
  text: `Rescue teams in Riverton evacuated hundreds of homes after the Ember river burst its banks overnight. Mayor Lina Korr said the flood barriers failed near the old mill and shelters opened in schools.`,
  published: `2024-03-0${n}T10:00:00Z`,
  outlet: `Outlet ${n}`,
});
const ELECTION = {
  id: 'vote',
  title: 'Parliament of Nordmark passes the budget after a long night of voting',
  text: 'Finance minister Otto Vell won the vote with a majority of six after opposition parties walked out over pension cuts in the Nordmark parliament.',
  published: '2024-03-02T10:00:00Z',
  outlet: 'Outlet 9',
};

test('articles on one story join it; another story stays apart', () => {
  const idx = new StoryIndex();
  idx.add(FLOOD(1));
  idx.add(ELECTION);
  idx.add(FLOOD(2));
  idx.add(FLOOD(3));
  assert.equal(idx.storyOf('flood2'), idx.storyOf('flood1'));
  assert.equal(idx.storyOf('flood3'), idx.storyOf('flood1'));
  assert.notEqual(idx.storyOf('vote'), idx.storyOf('flood1'));
  const s = idx.story(idx.storyOf('flood1')!);
  assert.equal(s?.articles.length, 3);
  assert.equal(s?.outlets, 3);
  assert.equal(s?.copies, 2); // flood2 and flood3 repeat flood1's text
  assert.equal(s?.first, '2024-03-01T10:00:00.000Z');
});

test('the time window keeps an article on the same subject weeks later out of the story', () => {
  const idx = new StoryIndex();
  idx.add(FLOOD(1));
  idx.add({
    ...FLOOD(2),
    id: 'late',
    text: 'Riverton is counting the cost of the Ember river flood, and Mayor Lina Korr wants new flood barriers at the mill.',
    published: '2024-05-20T10:00:00Z',
  });
  assert.notEqual(idx.storyOf('late'), idx.storyOf('flood1'));
});

test('a copy joins the story of its original even with a different headline', () => {
  const idx = new StoryIndex();
  const text = Array.from({ length: 4 }, (_, i) => `Paragraph ${i} of the report says the bridge over the Ember river in Riverton will stay closed for repairs until the engineers finish their survey.`).join('\n\n');
  idx.add({ id: 'orig', title: 'Bridge closed', text, published: '2024-03-01T00:00:00Z' });
  const r = idx.add({ id: 'copy', title: 'Why you will have to take the long way round', text: `Menu\nLogin\n${text}\nSource link`, published: '2024-03-01T05:00:00Z' });
  assert.equal(r.copy?.of, 'orig');
  assert.equal(idx.storyOf('copy'), idx.storyOf('orig'));
  assert.equal(idx.story(idx.storyOf('orig')!)?.copies, 1);
});

test('same input in the same order gives the same stories', () => {
  const run = () => {
    const idx = new StoryIndex();
    return [FLOOD(1), ELECTION, FLOOD(2)].map((a) => idx.add(a).story);
  };
  assert.deepEqual(run(), run());
});

test('a bridge article close to two stories merges them', () => {
  const idx = new StoryIndex();
  const day = '2024-03-01T10:00:00Z';
  idx.add({ id: 'p1', title: 'Port strike halts container ships at Saltmere', text: 'Dock workers at Saltmere walked out over pay, and container ships queued offshore.', published: day });
  idx.add({ id: 'f1', title: 'Fuel shortage hits petrol stations across Eastvale', text: 'Petrol stations in Eastvale ran dry as tanker deliveries stopped and drivers queued for hours.', published: day });
  assert.notEqual(idx.storyOf('p1'), idx.storyOf('f1'));
  const r = idx.add({
    id: 'bridge',
    title: 'Port strike at Saltmere halts container ships and causes fuel shortage at Eastvale petrol stations',
    text: 'Dock workers at Saltmere walked out over pay and container ships queued offshore; petrol stations in Eastvale ran dry as tanker deliveries stopped and drivers queued for hours.',
    published: day,
  });
  assert.equal(r.merged.length, 1);
  assert.equal(idx.storyOf('p1'), idx.storyOf('f1'));
  assert.equal(idx.story(idx.storyOf('bridge')!)?.articles.length, 3);
});

test('an undated report of another event of the same kind stays out: its figures differ in the same slots', () => {
  const idx = new StoryIndex();
  idx.add({
    id: 'q1',
    title: 'Earthquake of magnitude 6.1 shakes the island of Varo',
    text: 'An earthquake of magnitude 6.1 struck the island of Varo, leaving 12 villagers dead and the harbour at Selm damaged.',
    published: '2024-03-01T08:00:00Z',
  });
  idx.add({
    id: 'q2',
    title: 'Varo quake: rescuers reach the harbour at Selm',
    text: 'Rescue teams from the mainland reached Selm by ferry after the magnitude 6.1 quake, which killed 12 villagers on Varo.',
    published: '2024-03-01T11:00:00Z',
  });
  // Undated, and close in wording: the same figures join the story; other figures in the same slots start another.
  const same = idx.add({
    id: 'same',
    title: 'Aid reaches the hills of Varo',
    text: 'Aid agencies flew tents to Varo, where a quake of magnitude 6.1 killed 12 villagers and damaged the harbour.',
  });
  const other = idx.add({
    id: 'other',
    title: 'Water for Varo',
    text: 'Water was flown to Varo after a quake of magnitude 5.2 killed 3 villagers there.',
  });
  assert.equal(same.story, idx.storyOf('q1'));
  assert.notEqual(other.story, idx.storyOf('q1'));
});

test('within the time window, figures that differ do not split a story (tolls and counts are updated)', () => {
  const idx = new StoryIndex();
  idx.add({
    id: 'f1',
    title: 'Ferry capsizes off Selm harbour, 4 dead',
    text: 'A ferry carrying villagers from Varo capsized off Selm harbour; 4 passengers are dead and divers are searching.',
    published: '2024-03-01T08:00:00Z',
  });
  const r = idx.add({
    id: 'f2',
    title: 'Toll rises to 9 dead',
    text: 'Divers working through the night found more bodies after the Varo ferry went down: 9 passengers are dead, the coastguard said.',
    published: '2024-03-01T14:00:00Z',
  });
  assert.equal(r.copy, undefined);
  assert.equal(r.story, idx.storyOf('f1'));
});
