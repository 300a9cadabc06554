import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extractText, traceText } from './index.js';
import type { ExtractedArticle } from '../../doc/types.js';

const SEED = readFileSync(new URL('../../../fixtures/seed/000_91520a0463e5f117.txt', import.meta.url), 'utf8');

/** Every block is a slice of the text, blocks are in order and separated by exactly one blank line. */
function assertBlocksMatchText(a: ExtractedArticle): void {
  let prevEnd = -2;
  for (const b of a.blocks) {
    assert.ok(b.start >= 0 && b.end <= a.text.length && b.start < b.end, `block ${b.start}-${b.end} in range`);
    assert.equal(b.start, prevEnd + 2, 'blocks are joined by one blank line');
    const slice = a.text.slice(b.start, b.end);
    assert.equal(slice, slice.trim(), 'a block has no surrounding whitespace');
    prevEnd = b.end;
  }
  if (a.blocks.length) assert.equal(prevEnd, a.text.length);
}

test('seed: title, body edges, headings, clutter gone, outlet', () => {
  const a = extractText(SEED);
  assert.equal(a.title, 'Zelenskyy, Putin meeting floated amid renewed push for peace deal');
  assert.ok(a.text.startsWith('Ukraine and Russia may be inching toward direct leader-level talks'));
  assert.ok(a.text.endsWith('keeps Ukraine’s arsenal stocked.'));
  const headings = a.blocks.filter((b) => b.kind === 'heading').map((b) => a.text.slice(b.start, b.end));
  assert.deepEqual(headings, ['Trump-backed deadline looms', 'No major gains on the battlefield']);
  for (const clutter of [
    'Daily Sabah Newsletter', 'Keep up to date', 'unsubscribe', 'reCAPTCHA', 'Source link', 'Leave a Reply',
    'email address will not be published', 'enable JavaScript', 'Enable Notifications', 'No thanks', 'Address',
  ]) {
    assert.ok(!a.text.toLowerCase().includes(clutter.toLowerCase()), `no "${clutter}"`);
  }
  assert.equal(a.outlet, 'Daily Sabah');
  assert.equal(a.published, null);
  assert.deepEqual(a.byline, []);
  assert.equal(a.language, 'en');
  assert.deepEqual(a.warnings, []);
  assert.equal(a.blocks.filter((b) => b.kind === 'paragraph').length, 13);
  assertBlocksMatchText(a);
});

test('seed: quotes and numbers survive character for character', () => {
  const a = extractText(SEED);
  for (const s of [
    '“We need an end to the war, which probably begins with a meeting of leaders,” Zelenskyy said',
    'potentially worth $10 billion to $30 billion',
    'Funding is already locked in for three: two from Germany, one from Norway.',
  ]) assert.ok(a.text.includes(s), s);
});

test('seed: a title hint replaces the first line, which is dropped as a repeat', () => {
  const a = extractText(SEED, { title: 'Zelenskyy, Putin meeting floated amid renewed push for peace deal | Daily Sabah' });
  assert.equal(a.title, 'Zelenskyy, Putin meeting floated amid renewed push for peace deal');
  assert.ok(a.text.startsWith('Ukraine and Russia may be inching'));
  assert.equal(a.outlet, 'Daily Sabah');
});

test('seed: Windows line endings give the same article', () => {
  const lf = extractText(SEED);
  const crlf = extractText(SEED.replace(/\n/g, '\r\n'));
  assert.deepEqual(crlf, lf);
  assert.ok(!crlf.text.includes('\r'));
});

test('empty and whitespace-only input: a warning, no throw', () => {
  for (const input of ['', '   ', '\n\n\t\r\n  \n']) {
    const a = extractText(input);
    assert.equal(a.text, '');
    assert.deepEqual(a.blocks, []);
    assert.ok(a.warnings.some((w) => w.includes('empty')), `warning for ${JSON.stringify(input)}`);
  }
  const hinted = extractText('  ', { title: 'Kept title', url: 'https://example.org/a', outlet: 'Example' });
  assert.equal(hinted.title, 'Kept title');
  assert.equal(hinted.outlet, 'Example');
  assert.equal(hinted.url, 'https://example.org/a');
});

test('nothing but clutter: empty body and a warning', () => {
  const a = extractText('Skip to main content\nAccept all cookies\nLeave a Reply\nYour email address will not be published.', {
    title: 'Some title',
  });
  assert.equal(a.text, '');
  assert.ok(a.warnings.some((w) => w.includes('no body text')));
});

test('clean text without clutter is left as it is', () => {
  const paragraphs = [
    'The river port reopened on Monday after a week of repairs to its two cranes, the harbour authority said.',
    'Shipping agents expect the backlog of about forty vessels to clear by the end of the month.',
    'Wheat and sunflower oil make up most of the cargo waiting at anchor.',
  ];
  const a = extractText(paragraphs.join('\n\n'), { title: 'Port reopens' });
  assert.equal(a.text, paragraphs.join('\n\n'));
  assert.deepEqual(a.blocks.map((b) => b.kind), ['paragraph', 'paragraph', 'paragraph']);
  const oneLine = extractText(paragraphs.join('\n'), { title: 'Port reopens' });
  assert.equal(oneLine.text, paragraphs.join('\n\n'));
});

test('first line is the title when no hint is given, with site suffix and skip-link junk removed', () => {
  const text = [
    'Port strike enters second week | Coastal Herald Skip to main content',
    'Dock workers in the northern port extended their strike on Tuesday, demanding higher night-shift pay.',
    'The union said talks with the port operator would resume on Friday.',
  ].join('\n');
  const a = extractText(text);
  assert.equal(a.title, 'Port strike enters second week');
  assert.equal(a.outlet, 'Coastal Herald');
  assert.ok(a.text.startsWith('Dock workers'));
});

test('a hinted title that the text does not repeat leaves the first line in the body', () => {
  const text = 'Dock workers extended their strike on Tuesday.\nThe union said talks would resume on Friday.';
  const a = extractText(text, { title: 'Port strike enters second week' });
  assert.equal(a.text, 'Dock workers extended their strike on Tuesday.\n\nThe union said talks would resume on Friday.');
});

test('a long first paragraph is not taken for a title', () => {
  const text =
    'Dock workers in the northern port extended their strike on Tuesday, demanding higher night-shift pay and better ' +
    'safety rules after an accident last month in which two crane operators were injured while unloading grain.';
  const a = extractText(text);
  assert.equal(a.title, null);
  assert.equal(a.text, text);
  assert.ok(a.warnings.includes('no title found'));
});

test('trace: every input line is accounted for, kept lines are in the body', () => {
  const t = traceText(SEED);
  assert.equal(t.layout, 'blank');
  assert.equal(t.titleSource, 'first-line');
  const kept = t.units.filter((u) => u.kept);
  assert.ok(kept.every((u) => u.position === 'body'));
  assert.ok(t.units.filter((u) => u.position === 'tail').every((u) => !u.kept));
  assert.equal(kept.length, t.article.blocks.length);
});

test('very long input runs in linear time (no catastrophic regexes)', () => {
  const para = 'Officials said the talks in Geneva would continue on Wednesday, with security guarantees on the agenda.';
  const hostile = [
    '['.repeat(5000),
    '*'.repeat(5000) + 'x',
    '_a'.repeat(3000),
    '[x](' + '('.repeat(3000),
    'Share '.repeat(3000),
    'a'.repeat(20000),
    ('Word ' + '© ').repeat(2000),
    'Jane Roe is ' + 'a senior '.repeat(2000),
    '%2F'.repeat(3000) + 'x',
    'This photo ' + 'shows '.repeat(3000),
    'We and our partners ' + 'process '.repeat(3000),
    'Harbour Institute - '.repeat(500) + 'Harbour Institute',
  ];
  const build = (n: number) => {
    const lines: string[] = ['A title'];
    for (let i = 0; i < n; i++) lines.push(i % 50 === 0 ? hostile[(i / 50) % hostile.length] : `${para} (${i})`);
    return lines.join('\n');
  };
  // Best of two runs, to be robust to a busy machine.
  const time = (text: string) => {
    let best = Infinity;
    for (let k = 0; k < 2; k++) {
      const t0 = performance.now();
      extractText(text);
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  };
  time(build(200)); // warm-up
  const small = build(300);
  const large = build(1200);
  const tSmall = time(small);
  const tLarge = time(large);
  assert.ok(large.length > 350_000, `input is ${large.length} chars`);
  assert.ok(tLarge < 3000, `large input took ${tLarge.toFixed(0)} ms`);
  // 4× the input should take roughly 4× the time; allow generous noise, but not quadratic growth (16×).
  assert.ok(tLarge < tSmall * 10 + 200, `small ${tSmall.toFixed(0)} ms, large ${tLarge.toFixed(0)} ms`);
});
