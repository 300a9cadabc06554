// Hand-written scraped texts (our own words) modelled on the clutter seen in crawled news pages: cookie banners,
// skip links, share bars, photo credits, newsletter inserts, related-article lists, comment forms, footers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractText, traceText } from './index.js';

const BODY = [
  'Engineers restored power to three districts of the city overnight after a drone strike damaged a substation, the regional governor said on Sunday.',
  'About 40,000 households had been without heating for most of Saturday as temperatures fell to minus 15 degrees Celsius.',
  '“Our crews worked through the night and will keep working until every home is back on the grid,” the governor wrote on social media.',
  'The energy ministry said repairs to a second substation would take at least a week.',
];

function assertNone(text: string, phrases: readonly string[]): void {
  for (const p of phrases) assert.ok(!text.toLowerCase().includes(p.toLowerCase()), `"${p}" should be gone`);
}

test('one-paragraph-per-line crawl: head and tail furniture goes, the body stays whole', () => {
  const text = [
    'Skip to main contentSkip to navigation',
    'This website uses cookies to improve your experience. Read our cookie policy for details.',
    'Accept all cookies Reject all',
    'Mail   Facebook   Twitter / X   LinkedIn',
    'Repair crews working on a damaged substation at dawn. Photograph: Ivan Petrenko/AP',
    BODY[0],
    BODY[1],
    'The Morning Dispatch newsletter is your essential guide to the day’s news. Sign up here.',
    BODY[2],
    BODY[3],
    'Share this article',
    '* [](https://example.org/share?u=1)',
    'Heating outages spread as cold snap deepens',
    'Grid operator asks factories to cut evening use',
    'Why substations are hard to protect from drones',
    '© 2026 Harbour Times. All rights reserved.',
    'Your browser does not support the audio element.',
  ].join('\n');
  const a = extractText(text, { title: 'Power restored to three districts after strike' });
  assert.equal(a.text, BODY.join('\n\n'));
  assert.equal(a.outlet, 'Harbour Times');
  assertNone(a.text, ['cookie', 'Skip to', 'Photograph', 'newsletter', 'Share this', 'Heating outages spread', '©', 'audio element']);
});

test('blank-line layout: title suffix, byline, dateline, heading, list and a comment form', () => {
  const text = [
    'Ferry link to the islands resumes | The Northern Ledger',
    'By Jane Marlowe and Tom Okafor',
    'Published 12 January 2026',
    'The ferry service to the outer islands resumed on Monday after storms kept the boats in port for six days.',
    'Islanders had relied on a single supply flight a day, the council said.',
    'What changes now',
    'The operator will add an extra evening crossing until the backlog of freight is cleared. Under the new timetable there will be:',
    '* Two crossings a day on weekdays\n* One crossing on Sundays\n* Freight bookings open again on Wednesday',
    'Read more: Storm damage closes harbour road',
    'Leave a Reply',
    'Your email address will not be published. Required fields are marked *',
    'Comment',
    'Name',
  ].join('\n\n');
  const a = extractText(text);
  assert.equal(a.title, 'Ferry link to the islands resumes');
  assert.equal(a.outlet, 'Northern Ledger'); // "The" is dropped before names of two or more words
  assert.deepEqual(a.byline, ['Jane Marlowe', 'Tom Okafor']);
  assert.equal(a.published, '2026-01-12');
  assert.ok(a.text.startsWith('The ferry service to the outer islands resumed'));
  assert.ok(a.text.endsWith('Freight bookings open again on Wednesday'), a.text.slice(-60));
  const kinds = a.blocks.map((b) => b.kind);
  assert.deepEqual(kinds, ['paragraph', 'paragraph', 'heading', 'paragraph', 'list']);
  const list = a.blocks[4];
  assert.equal(a.text.slice(list.start, list.end), 'Two crossings a day on weekdays\nOne crossing on Sundays\nFreight bookings open again on Wednesday');
  assertNone(a.text, ['By Jane', 'Published 12', 'Read more', 'Leave a Reply', 'email address', 'Required fields']);
});

test('an inline related-links box after a short lead does not cut the lead off', () => {
  const text = [
    'A soldier walks past a damaged school in the east of the country [File: Olena Kovalenko/AFP]',
    BODY[0],
    BODY[1],
    '* list 1 of 3Grid operator asks factories to cut evening use',
    '* list 2 of 3Why substations are hard to protect from drones',
    '* list 3 of 3Cold snap: what we know so far',
    BODY[2],
    'notification-importantGet instant alerts and updates based on your interests. Be the first to know when big stories happen.',
    BODY[3],
    'Your browser does not support the audio element.',
  ].join('\n');
  const a = extractText(text, { title: 'Power restored' });
  assert.equal(a.text, BODY.join('\n\n'));
});

test('body sentences that mention newsletters, cookies or sign-ups are not clutter', () => {
  const body = [
    'The ministry said in its weekly newsletter that more than 2,000 volunteers had signed up to help clear the rubble.',
    'A court fined the retailer for placing tracking cookies without consent, according to the ruling published on Monday.',
    'Officials urged residents to sign up for the evacuation list before the weekend.',
    'Ukraine wants to become a member of the European Union by the end of the decade, the foreign minister said.',
    '“No thanks to the weather, the convoy arrived two days late,” the driver said.',
  ];
  const text = ['Skip to main content', ...body, '© 2026 Harbour Times'].join('\n');
  const a = extractText(text, { title: 'Volunteers sign up' });
  assert.equal(a.text, body.join('\n\n'));
});

test('markdown artefacts from crawlers are cleaned inside kept paragraphs', () => {
  const text = [
    '**KYIV (Harbour Times) —** Officials said the talks would resume on _Wednesday_ in [Geneva](https://example.org/geneva).',
    'The delegation, led by **Rustam Oleksiy**, arrived late on Tuesday.',
    '> “We are ready to talk,” he said.',
    'Officials gave no further details of the agenda for the second day of the meeting.',
  ].join('\n');
  const a = extractText(text, { title: 'Talks resume' });
  assert.ok(a.text.startsWith('KYIV (Harbour Times) — Officials said the talks would resume on Wednesday in Geneva.'));
  assert.ok(a.text.includes('led by Rustam Oleksiy, arrived'));
  assert.ok(!/[*_[\]]/.test(a.text));
  assert.deepEqual(a.blocks.map((b) => b.kind), ['paragraph', 'paragraph', 'blockquote', 'paragraph']);
});

test('a head line repeating the title with the site name is dropped and names the outlet', () => {
  const text = [
    'Power restored to three districts after strike - Harbour Times Skip to main content',
    'Accept all cookies',
    ...BODY,
  ].join('\n');
  const a = extractText(text, { title: 'Power restored to three districts after strike', url: 'https://www.harbourtimes.example/news/1' });
  assert.equal(a.text, BODY.join('\n\n'));
  assert.equal(a.outlet, 'Harbour Times');
});

test('outlet clues: "Follow X on …", "X Newsletter", and the URL as a last resort', () => {
  const follow = extractText([...BODY, 'Follow Harbour Times on Telegram for live updates'].join('\n'), { title: 'T' });
  assert.equal(follow.outlet, 'Harbour Times');
  const letter = extractText([...BODY, 'The Valley Courier Newsletter', 'You can unsubscribe at any time.'].join('\n\n'), { title: 'T' });
  assert.equal(letter.outlet, 'Valley Courier');
  const bare = extractText([...BODY, 'Accept all cookies'].join('\n'), { title: 'T', url: 'https://www.valleycourier.example/a/1' });
  assert.equal(bare.outlet, 'valleycourier.example');
  const hinted = extractText([...BODY, 'The Valley Courier Newsletter'].join('\n'), { title: 'T', outlet: 'Given Outlet' });
  assert.equal(hinted.outlet, 'Given Outlet');
});

test('tail clutter: credits, bios, tag lists and related headlines after the body', () => {
  const text = [
    ...BODY,
    'Reporting by Anna Kovacs; Editing by Mark Dunne',
    'Our Standards: The Thomson Reuters Trust Principles., opens new tab',
    'Grid operator asks factories to cut evening use',
    'Why substations are hard to protect from drones',
    'Worldcategory · February 10, 2026 · 3:07 PM UTC · 1 min ago',
    'A court in the capital jailed two men for smuggling drone parts, prosecutors said on Tuesday.',
    'Energy Infrastructure Drones Winter Ukraine Russia',
  ].join('\n');
  const t = traceText(text, { title: 'Power restored' });
  assert.equal(t.article.text, BODY.join('\n\n'));
  assert.ok(t.units.filter((u) => u.position === 'tail').length >= 6);
});

test('hard-wrapped newswire text is joined into paragraphs and kept whole', () => {
  const text = [
    'The central bank left its main interest rate unchanged on',
    'Thursday, citing slower inflation and weak demand for credit.',
    '    The bank said it expected inflation to fall below five',
    'pct by the end of the year, and would review the rate again',
    'in March.',
    '    Analysts had expected the decision.',
    ' Reuter',
  ].join('\n');
  const t = traceText(text, { title: 'CENTRAL BANK HOLDS RATE' });
  assert.equal(t.layout, 'wrapped');
  assert.equal(
    t.article.text,
    'The central bank left its main interest rate unchanged on Thursday, citing slower inflation and weak demand for credit.\n\n' +
      'The bank said it expected inflation to fall below five pct by the end of the year, and would review the rate again in March.\n\n' +
      'Analysts had expected the decision.\n\nReuter',
  );
});

test('duplicated captions and repeated lines are dropped, the first occurrence of prose is kept', () => {
  const caption = 'Residents queue for water in the city centre. Photograph: Maria Lenko/Reuters';
  const text = ['Skip to main content', caption, caption, BODY[0], BODY[1], BODY[1], BODY[2]].join('\n');
  const a = extractText(text, { title: 'Power restored' });
  assert.equal(a.text, [BODY[0], BODY[1], BODY[2]].join('\n\n'));
});

test('byline with time and date, and author-only lines', () => {
  const text = ['Home › World › Europe', 'by Petra Nowak 10:41 AM February 5, 2026', ...BODY].join('\n');
  const a = extractText(text, { title: 'Power restored' });
  assert.deepEqual(a.byline, ['Petra Nowak']);
  assert.equal(a.published, '2026-02-05');
  assert.equal(a.text, BODY.join('\n\n'));
  const names = extractText(['Accept all cookies', 'Anna Kovacs, Mark Dunne and Lena Fischer', ...BODY].join('\n'), { title: 'T' });
  assert.deepEqual(names.byline, ['Anna Kovacs', 'Mark Dunne', 'Lena Fischer']);
  assert.equal(names.text, BODY.join('\n\n'));
});

test('a menu in a language the lexicon does not know is still clutter', () => {
  const menu = ['Nachrichten', 'Politik', 'Wirtschaft', 'Kultur', 'Sport', 'Reisen'];
  const text = ['Strom in drei Bezirken wieder da', '', ...menu.flatMap((m) => [m, '']), ...BODY.flatMap((p) => [p, ''])].join('\n');
  assert.equal(extractText(text).text, BODY.join('\n\n'));
});
