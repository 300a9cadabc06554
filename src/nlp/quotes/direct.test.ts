// Direct quotes and their frames: what leads into a quotation, what follows it, and when a quotation only completes
// a reported clause (partial). Sentences made up for the tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docOf } from './eval.js';
import { findQuotes, type QuoteDetail } from './extract.js';
import { findQuoteMarks } from './marks.js';

async function quotesOf(text: string): Promise<QuoteDetail[]> {
  return findQuotes(await docOf(text, false));
}

/** The quote (direct or partial) whose text, marks and end punctuation aside, starts with `start`. */
async function quoted(text: string, start: string): Promise<QuoteDetail> {
  const q = (await quotesOf(text)).find((d) => d.quote.kind !== 'indirect' && d.quote.text.startsWith(start));
  assert.ok(q, `no quote starting "${start}"`);
  return q;
}

test('a quotation completing a reported clause is partial; one after frame material only is direct', async () => {
  const content = await quoted('Ryan said that whatever choice voters make, “they should not pick a candidate on looks alone.”', 'they should');
  assert.equal(content.quote.kind, 'partial');
  const object = await quoted('My aunt still says things such as, “Nobody needs a phone at the dinner table.”', 'Nobody needs');
  assert.equal(object.quote.kind, 'partial');
  const frame = await quoted('The mayor told reporters in Dayton on Monday, “We will rebuild the bridge before winter.”', 'We will');
  assert.equal(frame.quote.kind, 'direct');
  assert.equal(frame.quote.speakerText, 'The mayor');
});

test('a lower-case quotation after a frame in mid-sentence continues the sentence: partial, unless only a connective came first', async () => {
  const mid = await quoted('The reality is, she added, “there are no easy answers for the city.”', 'there are');
  assert.equal(mid.quote.kind, 'partial');
  const connective = await quoted('But, she added, “we will keep every school open next year.”', 'we will');
  assert.equal(connective.quote.kind, 'direct');
});

test('a sentence that is nothing but a frame leads into the quotation after it', async () => {
  const q = await quoted('Maria Lopez, the union spokeswoman, said in a statement. “The strike will go on until the board returns to the table.”', 'The strike');
  assert.equal(q.quote.kind, 'direct');
  assert.equal(q.quote.speakerText, 'Maria Lopez');
});

test('a colon with no reporting verb: the name before it, else the subject of the last clause', async () => {
  assert.equal((await quoted('Mr. Harlan gloated: “I told you the bill would pass.”', 'I told')).quote.speakerText, 'Mr. Harlan');
  assert.equal((await quoted('Pollster Dana Whitfield: “Turnout decides close races every single time.”', 'Turnout')).quote.speakerText, 'Pollster Dana Whitfield');
  assert.equal((await quoted('My mother frowned at me, and I had to change my answer: “Of course I believe in luck.”', 'Of course')).quote.speakerText, 'I');
});

test('a dash and a name on the line after a quotation sign it', async () => {
  const q = await quoted('The mayor spoke for an hour.\n\n“Nobody reads the fine print anymore.”\n\n- Ellen Park.', 'Nobody reads');
  assert.equal(q.quote.kind, 'direct');
  assert.equal(q.quote.speakerText, 'Ellen Park');
});

test('a speaker phrase the phrase rules miss is the whole gap between the quotation and its verb', async () => {
  const coordinated = await quoted('“We will appeal the ruling,” the hospital chief executive and founder said.', 'We will');
  assert.match(coordinated.quote.speakerText ?? '', /^the hospital chief executive/);
  const adjectives = await quoted('“The numbers do not add up,” the bespectacled, 64-year-old economist said in an interview.', 'The numbers');
  assert.match(adjectives.quote.speakerText ?? '', /economist$/);
  const possessive = await quoted('“It may have been his first attempt to break away,” said his best friend at college, Bruce Tully.', 'It may');
  assert.match(possessive.quote.speakerText ?? '', /^his best friend/);
});

test('a quotation ending with a comma, a reporting verb following, is direct even when its speaker does not parse', async () => {
  const q = await quoted('“We expected a long night at the county office,” the woman who ran the count in 2012 said.', 'We expected');
  assert.equal(q.quote.kind, 'direct');
});

test('manner-of-speaking verbs frame a quotation', async () => {
  const q = await quoted('“This is fantastic!” beamed Carla Mendes, a delegate from Ohio.', 'This is');
  assert.equal(q.quote.speakerText, 'Carla Mendes');
});

test('the subject is not the object of a preposition in a participle phrase before the verb', async () => {
  const q = await quoted('Protesters marching through the streets chanted “What curfew?” and kept going until dawn.', 'What curfew');
  assert.equal(q.quote.speakerText, 'Protesters');
});

test('a partial quote further on in a clause is not merged into the direct quote of the same frame', async () => {
  const quotes = await quotesOf('“You winning?” she said, but he was drifting off again as Trump went on about “how the system is rigged,” and the crowd cheered.');
  const direct = quotes.find((d) => d.quote.text.startsWith('You winning'));
  const partial = quotes.find((d) => d.quote.text.startsWith('how the system'));
  assert.ok(direct && partial);
  assert.notEqual(direct.group, partial.group);
});

test('a participle frame takes the subject of its own sentence, not the speaker of the previous one', async () => {
  const q = await quoted('“We are done with this fight,” Smith said. Jones was unhappy about the vote, saying, “This is a mistake we will regret.”', 'This is');
  assert.equal(q.quote.speakerText, 'Jones');
});

test('curly marks nest in mid-sentence, not at the start of a line', () => {
  const nested = '“I would rather live in what he calls “hell” than live under his rule,” Maria said.';
  const marks = findQuoteMarks(nested, []);
  assert.equal(marks.length, 1);
  assert.equal(nested.slice(marks[0].innerStart, marks[0].innerEnd), 'I would rather live in what he calls “hell” than live under his rule,');
  // Paragraphs as lines: a mark opening a line does not open a nested quotation, so the first closing mark closes.
  const lines = '“We have to act now.\n“Nobody else will,” she added. “So we do it.”';
  const open = findQuoteMarks(lines, []);
  assert.deepEqual(open.map((q) => [lines.slice(q.innerStart, q.innerEnd), q.closed]), [['We have to act now.\n“Nobody else will,', true], ['So we do it.', true]]);
});

test('after a relative clause on the speaker, the frame verb is the first one; a clause after "as" is the narrator’s', async () => {
  const text = '“Without power, we live like in a cellar,” Lena Moroz, who lives in the northern district of Obolon, told reporters as she showed a crust of ice on her floor.';
  const q = await quoted(text, 'Without power');
  assert.equal(q.quote.speakerText, 'Lena Moroz');
  assert.equal(q.quote.cue?.text, 'told');
  // What she showed is no report.
  assert.deepEqual((await quotesOf(text)).map((d) => d.quote.kind), ['direct']);
});

test('a verb written onto a noun with a hyphen is the first half of a compound noun in the speaker phrase', async () => {
  const q = await quoted('“The centre of gravity has shifted to Europe,” the Norlandic think-tank concluded.', 'The centre');
  assert.equal(q.quote.speakerText, 'the Norlandic think-tank');
});
