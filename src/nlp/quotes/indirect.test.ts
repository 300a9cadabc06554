// Indirect and nominal attributions: content boundaries, frames set in or after the content, passives, labels and
// nouns of saying. Sentences made up for the tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docOf } from './eval.js';
import { findQuotes, type QuoteDetail } from './extract.js';

async function quotesOf(text: string): Promise<QuoteDetail[]> {
  return findQuotes(await docOf(text, false));
}

/** The only quote of a one-sentence text, as [pieces, speaker, cue]. */
async function only(text: string): Promise<[string[], string | null, string | null]> {
  const quotes = await quotesOf(text);
  assert.equal(quotes.length, 1, `${text}: ${quotes.map((q) => q.quote.text).join(' | ')}`);
  const q = quotes[0];
  return [q.pieces.map((p) => text.slice(p.start, p.end)), q.quote.speakerText ?? null, q.quote.cue?.text ?? null];
}

/** Asserts that none of the texts has a quote. */
async function noQuotes(...texts: string[]): Promise<void> {
  for (const text of texts) assert.deepEqual((await quotesOf(text)).map((q) => q.quote.text), [], text);
}

test('a frame after the content is the attribution of the whole sentence, even over a reporting verb inside it', async () => {
  assert.deepEqual(await only('The agency called for new rules on drones, officials said.'), [['The agency called for new rules on drones'], 'officials', 'said']);
  // A connective opening the sentence is the narrator's.
  assert.deepEqual(await only('However, the deficit will keep growing, the budget office said.'), [['the deficit will keep growing'], 'the budget office', 'said']);
  // An apposition to a speaker named after the verb is not content.
  assert.deepEqual(await only('Turnout will be low, said Dana Ortiz, a pollster at a Denver university.'), [['Turnout will be low'], 'Dana Ortiz', 'said']);
});

test('the antecedent of a relative speaker is found past a time phrase between them', async () => {
  const [, speaker] = await only('He released a letter from his doctor on Friday afternoon that says he is in excellent health.');
  // (The letter's author; the phrase runs through the pronoun, as for "Govs. Bush and Christie, who say".)
  assert.equal(speaker, 'his doctor on Friday afternoon that');
});

test('an apposition of office whose closing comma is missing leaves the name before it the speaker', async () => {
  const [, speaker] = await only('Jane Roe, spokeswoman for the transit agency said the bridge would reopen in May.');
  assert.equal(speaker, 'Jane Roe');
  // (The end of reported words before a trailing frame is no name of the speaker's.)
  const [, trailing] = await only('The office in Dubai, United Arab Emirates, will close in June, a spokeswoman said.');
  assert.equal(trailing, 'a spokeswoman');
});

test('an apposition opened by "a" is passed over to the speaker, whatever the tagger made of its words', async () => {
  // (wink tags "think" of "think tank" as a verb.)
  assert.deepEqual(await only('CSIS, a Washington-based think tank, said Russia had suffered heavy casualties.'), [['Russia had suffered heavy casualties'], 'CSIS', 'said']);
});

test('a frame set inside its clause: both halves are the content, also a relative clause a frame interrupts', async () => {
  assert.deepEqual(await only('The bridge, the mayor said, needs urgent repairs.'), [['The bridge', 'needs urgent repairs'], 'the mayor', 'said']);
  const [pieces, speaker] = await only('The tariffs, which economists said will raise prices, took effect in May.');
  assert.deepEqual([pieces, speaker], [['which', 'will raise prices'], 'economists']);
  // The clause opens after a dash; the one told is no content.
  assert.deepEqual(await only('Fear of change is a poor guide – the point, Moffat told the paper recently, was to win viewers over.'),
    [['the point', 'was to win viewers over'], 'Moffat', 'told']);
  // Past the one told the sentence goes on when what came before is no clause; the narrator's "as…" is no content.
  assert.deepEqual((await only('To meet these needs, Bishop Orlov told the newspaper, the church has turned its parishes into relief networks.'))[0],
    ['To meet these needs', 'the church has turned its parishes into relief networks']);
  assert.deepEqual((await only('The lenders gave the firm a June deadline to repay, its chief executive told reporters, as the shares fell.'))[0],
    ['The lenders gave the firm a June deadline to repay']);
});

test('content starts past frame phrases and may be a noun phrase or an infinitive for verbs of saying', async () => {
  assert.deepEqual(await only('The envoy said on Friday he met the rebels twice this year.'), [['he met the rebels twice this year'], 'The envoy', 'said']);
  assert.deepEqual(await only('She said that was a mistake.'), [['that was a mistake'], 'She', 'said']);
  assert.deepEqual(await only('The ministry announced the closure of three border crossings.'), [['the closure of three border crossings'], 'The ministry', 'announced']);
  assert.deepEqual(await only('The unions agreed to end the strike next week.'), [['to end the strike next week'], 'The unions', 'agreed']);
});

test('content stops at a contrast or at the main clause after a subordinate one, not at "including"', async () => {
  const [contrast] = (await quotesOf('The minister said the talks were going well, but the opposition left the room on Friday.')).map((q) => q.quote.text);
  assert.equal(contrast, 'the talks were going well');
  assert.deepEqual(await only('Although the report said the economy was slowing, the central bank raised rates.'), [['the economy was slowing'], 'the report', 'said']);
  assert.deepEqual(await only('The lawyer said the firm broke several rules, including the ban on gifts.'), [['the firm broke several rules, including the ban on gifts'], 'The lawyer', 'said']);
});

test('a labelling verb reports the one labelled and the label', async () => {
  assert.deepEqual(await only('The governor called the proposal reckless and unworkable.'), [['the proposal reckless and unworkable'], 'The governor', 'called']);
});

test('a passive reporting verb reports on its subject; the agent after "by" is the speaker', async () => {
  // With no agent, a verb outside the lexicon ("is expected to") attributes nothing to anybody: no quote.
  await noQuotes('The senator is expected to announce her retirement on Monday.');
  assert.deepEqual(await only('The senator is expected by her aides to announce her retirement on Monday.'), [['The senator', 'to announce her retirement on Monday'], 'her aides', 'expected']);
  const [pieces, speaker] = await only('The plan was criticized by environmental groups for its cost.');
  assert.equal(pieces[0], 'The plan');
  assert.equal(speaker, 'environmental groups');
});

test('a participle qualifying a noun reports nothing of it: irregular ones, after a comma, after "with"', async () => {
  await noQuotes(
    // Irregular participles are participles too: "is known for", "is understood to".
    'The shoemaker is known for its casual shoes and its sturdy boots.',
    'The treasurer is understood to have played a key role in the appointment.',
    // After a comma, before "to", "for" or "as": the noun before it is what it qualifies.
    'The transaction, expected to be closed in March, involves the controls division.',
    'The jet, known for many years as the A3XX, will be the largest airliner in service.',
    // An absolute construction.
    'With temperatures expected to fall to near zero over the next two nights, some schools closed.',
  );
  // The active verb keeps its subject, after an apposition's closing comma too.
  assert.deepEqual(await only('Analysts surveyed by the agency expected a decline in new filings.'), [['a decline in new filings'], 'Analysts', 'expected']);
  assert.deepEqual(await only('Rep. Jane Roe (R-AL), ranking member of the panel, pushed for greater use of the rocket.'), [['for greater use of the rocket'], 'Rep. Jane Roe', 'pushed']);
});

test('a passive verb the model found, with an agent and nothing after it, reports nothing', async () => {
  await noQuotes(
    'The column is written by Jane Roe, also known as Jane Doe.',
    'The measure was championed by the governor and two senators.',
  );
});

test('a frame closing its paragraph with a colon leads into the unquoted paragraph after it', async () => {
  const text = 'The spokesman added:\n\nWe will not comment on ongoing investigations at this stage.';
  assert.deepEqual(await only(text), [['We will not comment on ongoing investigations at this stage'], 'The spokesman', 'added']);
});

test("nouns of saying: the holder's claim, the content its complement; not when a reporting verb governs them", async () => {
  assert.deepEqual(await only("The mayor's claim that crime has fallen was disputed by the police union."), [['that crime has fallen'], "The mayor's", 'claim']);
  assert.deepEqual(await only('Her decision to leave the race surprised the donors.'), [['to leave the race'], 'Her', 'decision']);
  // "Critics attacked the mayor for his claim…": the claim is what the critics' attack reports, not a quote of his.
  const quotes = await quotesOf('Critics attacked the mayor for his claim that crime has fallen.');
  assert.ok(quotes.every((q) => q.quote.speakerText !== 'his'));
});

test('markup left in a text is no reporting verb', async () => {
  const quotes = await quotesOf('<tweet tweet-author="@someone" tweet-date="May 2, 2020">The vote is on Tuesday, so come early.</tweet>');
  assert.ok(quotes.every((q) => q.quote.cue?.text !== 'tweet'));
});

test('"floated" proposes, "identifies … as" labels; a subordinate clause after a sentence adverb ends where the main clause starts', async () => {
  const [pieces, speaker, cue] = await only('The ministry’s deputy director, Jane Roe, floated an economic deal including investments in oil.');
  assert.deepEqual([pieces, cue], [['an economic deal including investments in oil'], 'floated']);
  assert.equal(speaker, 'The ministry’s deputy director');
  const label = await only('The 1948 convention identifies “deliberately inflicting harm on the group” as one of five acts.');
  assert.equal(label[2], 'identifies');
  const quotes = await quotesOf('Notably, when Roe previously floated the idea of a new tax, Doe warned it would hurt the harbour.');
  const warned = quotes.find((q) => q.quote.cue?.text === 'warned');
  assert.equal(warned?.quote.speakerText, 'Doe');
  assert.ok(!quotes.some((q) => q.quote.cue?.text === 'floated' && q.quote.text.includes('warned')), 'the proposal ends at the main clause');
});

test('a verb of evidence (or "add") with a thing for its object reports nothing, unless a document or data shows it', async () => {
  await noQuotes('Footage showed a fire at the plant and thick black smoke.', 'The regional economy showed signs of strain amid the sanctions.', 'The governor added the item to the agenda of the special session.');
  assert.deepEqual(await only('The latest survey showed deep disagreement over the budget.'), [['deep disagreement over the budget'], 'The latest survey', 'showed']);
  assert.deepEqual(await only('The footage showed that the guards had fled.'), [['that the guards had fled'], 'The footage', 'showed']);
  assert.deepEqual(await only('The governor added that the session would start in May.'), [['that the session would start in May'], 'The governor', 'added']);
});

test('the subject is the phrase a prepositional phrase attaches to when that phrase opens the clause', async () => {
  assert.deepEqual(await only('Scholars in Europe argue that the war could have been prevented.'), [['that the war could have been prevented'], 'Scholars in Europe', 'argue']);
  assert.deepEqual(await only('In Kyiv, officials said the talks would resume.'), [['the talks would resume'], 'officials', 'said']);
});

test('a subject carries its prepositional phrases and a time phrase before its verb', async () => {
  assert.deepEqual(await only('A study of 23 armed conflicts over the last 18 months has concluded that the law is at breaking point.'), [['that the law is at breaking point'], 'A study of 23 armed conflicts', 'concluded']);
});

test('a report in a relative clause on the subject ends where the main verb follows it; the main verb reports too', async () => {
  const quotes = await quotesOf('Mr. Roe, who wants a report within 90 days, said that the agencies had focused on two scenarios.');
  const said = quotes.find((q) => q.quote.cue?.text === 'said');
  assert.ok(said, quotes.map((q) => q.quote.text).join(' | '));
  assert.equal(said!.quote.text, 'that the agencies had focused on two scenarios');
  assert.ok(!quotes.some((q) => q.quote.text.includes('within 90 days, said')), 'the relative clause does not run into the main clause');
});

test('a discourse marker made of a verb of saying reports nothing; the report after it keeps its speaker', async () => {
  await noQuotes(
    'That said, the plan works well for most of the families.',
    'Still, that said, the plan works well for most of the families.',
    'Needless to say, the plan works well for most of the families.',
  );
  assert.deepEqual(await only('That said, the agency says that the border remains the main route.'), [['that the border remains the main route'], 'the agency', 'says']);
});

test('an adverbial clause before a frame that goes on, and a relative clause after it, are no content', async () => {
  await noQuotes('As the charges were unsealed in Ohio, the director testified before the Senate Finance Committee in Washington, where lawmakers pressed her.');
  // A sentence that ends with its frame keeps its opening clause.
  const [pieces] = await only('While buyers are welcome to take part they cannot set the quotas, the minister said.');
  assert.equal(pieces[0], 'While buyers are welcome to take part they cannot set the quotas');
});

test('a labelling participle after a common noun, with a name for its object, names the noun; a subject labelling keeps its quote', async () => {
  await noQuotes(
    'The program grew from a partnership between the schools and the county probation department called the Youth Accountability Team (YAT).',
    'He sold a wildly successful app called Instapaper, and he has become a household name.',
  );
  assert.deepEqual((await only('The governor called Smith, his rival, a liar and a cheat.'))[1], 'The governor');
});

test('naming someone to a post appoints and calling someone as a witness summons: no labels; describing as labels', async () => {
  await noQuotes(
    'Team president Ed Stefanski named assistant general manager Tony DiLeo coach for the rest of the season.',
    'A congressional investigation called Page as a witness and put the firm out of business.',
  );
  assert.deepEqual((await only('The senator described the plan as a tax trap for families.'))[1], 'The senator');
});

test('a negated report of an embedded question reports nothing; a negated report of a statement keeps the convention', async () => {
  await noQuotes(
    'However, he did not say in his speech to the council if the forecast rise in output had been revised.',
    'The minister would not say when the talks would resume.',
    'The company declined to say how much it will pay for the unit.',
    'A spokeswoman was unable to say whether customers would get any refund.',
    'Shelves fill up every day, and no-one knows whether any more of a certain item will be on the next delivery.',
  );
  assert.deepEqual((await only('He did not say that he would run for the seat.'))[0], ['that he would run for the seat']);
});

test('a question nobody is named as asking reports nothing; the reply is the quote', async () => {
  const quotes = await quotesOf('When asked whether the deal was a step towards peace, the executive replied that it was a business deal.');
  assert.deepEqual(quotes.map((q) => q.quote.text), ['that it was a business deal']);
});

test('a participle between a number and its noun qualifies the noun: the number is no speaker', async () => {
  await noQuotes('To date, 149 confirmed orders for the aircraft have been received from airlines.');
  assert.deepEqual((await only('Officials said 300 people were hurt in the blast on Monday.'))[1], 'Officials');
});

test('a party and state or a short name in parentheses between a speaker and the verb belong to the speaker\'s phrase', async () => {
  assert.deepEqual(await only('The plan could pass this year, Sen. Dana Roe (R-Ohio) said on Tuesday.'), [['The plan could pass this year'], 'Sen. Dana Roe (R-Ohio)', 'said']);
  // (wink ends a sentence inside "S.C.": the quote rules read one.)
  assert.deepEqual(await only('The plan could pass this year, Sen. Dana Roe (R-S.C.) told reporters.'), [['The plan could pass this year'], 'Sen. Dana Roe (R-S.C.)', 'told']);
  assert.deepEqual(await only('Prices rose 0.4 pct in February, the statistics office (Statbur) said.'), [['Prices rose 0.4 pct in February'], 'the statistics office (Statbur)', 'said']);
});

test('a show named in quotation marks is part of the recipient before "that"', async () => {
  const text = 'Mr. Poe told Channel 9\'s "Morning Coffee" that nobody would question her record on trade.';
  assert.deepEqual(await only(text), [['that nobody would question her record on trade'], 'Mr. Poe', 'told']);
});

test('a relative "which" after a comma and the reporting verb wink tags a noun ("the study, which notes that…")', async () => {
  const [pieces, , cue] = await only('The study, which notes that 58 firms would owe billions in taxes, should alarm the board.');
  assert.deepEqual([pieces, cue], [['that 58 firms would owe billions in taxes'], 'notes']);
  // "which advocates say…": the noun after "which" is the clause's subject, its verb follows.
  const [, speaker] = await only('They protested the funding system, which advocates say hurts needy schools.');
  assert.equal(speaker, 'advocates');
});

test('feelings and backing are no reports ("fear that", "feel", "counting on", "supports")', async () => {
  await noQuotes(
    'Police fear that sweeping crackdowns could add fuel to the tensions in the city.',
    'We feel lacing up a new pair of shoes can change a lot about a morning.',
    'The producers are counting on a famous singer to lift their ratings this year.',
    'The site supports multiple formats for downloads and sharing with friends.',
  );
});

test('a verb of saying inside a name is part of the name ("American Express", "the Sunday Express")', async () => {
  await noQuotes('The company remained silent, as rumors drove American Express stock up a total of five dollars in two days.',
    'The Sunday Express poll is the first conducted since the party won an upset victory in the by-election.');
  assert.deepEqual((await only('The minister expressed concern that the talks would fail.'))[1], 'The minister');
  // ("Express" in the name is no cue and no end of the speaker phrase.)
  assert.deepEqual((await only('American Express said it would not comment on the rumours.'))[1], 'American Express');
});

test('a goal added and a book written are things, not reports; "added that…" and "wrote that…" report', async () => {
  await noQuotes(
    'Connor Clifton added a goal as the Bruins beat the Devils for the eighth time in nine meetings.',
    'Years before Ellen Marsh wrote A Song of Winter, Ford created an alternate-history retelling of the war.',
    'John Ford wrote a cyberpunk novel before the term was invented.',
  );
  assert.deepEqual((await only('The coach added that the team had played its best game of the season.'))[1], 'The coach');
  assert.deepEqual((await only('Ford wrote that the novel had been rejected by four publishers.'))[1], 'Ford');
  assert.deepEqual((await only('While rates were cut to prop up growth, the slump cannot be fixed by policy, she wrote.'))[1], 'she');
});

test('a base form after a name is a noun before a noun or in a phrase an article opens; "add to" and "add up" add things', async () => {
  await noQuotes(
    'Towns along the Victoria state border have been ravaged by fires this week.',
    'He favored Silk Cuts, a British brand, and then American spirits.',
    'The move came amid tension, adding to policy concerns in a charged election year.',
    'With the costs of treatment beginning to add up, a restaurant decided to host a fundraiser.',
  );
  assert.deepEqual(await only('Data from the Housing Survey show that women hold most of the new jobs.'), [['that women hold most of the new jobs'], 'Data from the Housing Survey', 'show']);
});

test('"general" after a noun ends a title: the attorney general is the speaker', async () => {
  assert.deepEqual(await only('The state attorney general said the foundation is not registered.'), [['the foundation is not registered'], 'The state attorney general', 'said']);
});

test('aims are no reports ("seeks to", "is seeking")', async () => {
  await noQuotes('The president seeks to normalize limited call-ups to sustain the size of the force.', 'The state bank is seeking a large eight-year syndicated loan from its lenders.');
});

test('the subject of a verb that governs a reporting infinitive is found past a time phrase ("on Friday sought to assure")', async () => {
  assert.deepEqual(await only('President Dana Roe on Friday sought to assure the public that her cabinet would act quickly.'), [['that her cabinet would act quickly'], 'President Dana Roe', 'assure']);
  assert.deepEqual(await only('Mayor Tom Kell tried to reassure residents that the water was safe to drink.'), [['that the water was safe to drink'], 'Mayor Tom Kell', 'reassure']);
});
