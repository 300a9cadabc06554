import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity, Quote } from '../../doc/schema.js';
import { docOf } from './eval.js';
import { allAttributions, entity } from './testing.js';

async function quotesOf(text: string, entities: (text: string) => Entity[]): Promise<{ quotes: Quote[]; name: (q?: Quote) => string | null }> {
  const doc = await docOf(text, false);
  doc.entities = entities(text);
  const names = new Map(doc.entities.map((e) => [e.id, e.name]));
  return { quotes: allAttributions(doc), name: (q) => (q?.speaker ? names.get(q.speaker) ?? null : null) };
}

const containing = (quotes: Quote[], s: string) => quotes.find((q) => q.text.includes(s));

test('a nationality or place before a common noun is no speaker; an indefinite description is nobody named', async () => {
  const text = '“A banking crisis is possible,” a Norlandic official told the Herald. A Brastow business executive also told the Herald that the slump could last “three or four months” at least.';
  const { quotes, name } = await quotesOf(text, (t) => [
    entity('e1', 'NORP', t, ['Norlandic'], { country: 'NRL' }),
    entity('e2', 'LOC', t, ['Brastow']),
    entity('e3', 'ORG', t, ['Herald']),
  ]);
  const q1 = containing(quotes, 'banking crisis');
  assert.equal(name(q1), null);
  assert.equal(q1?.speakerText, 'a Norlandic official');
  const q2 = containing(quotes, 'three or four months');
  assert.equal(name(q2), null);
  assert.equal(q2?.speakerText, 'A Brastow business executive');
});

test('a definite description resolves to the entity the text described that way', async () => {
  const text = [
    'Freedonian President Jane Roe met Sylvanian President Rufus Firefly on Monday.',
    'Costs have risen, what one Sylvanian newspaper, the Daily Clarion, has called a “severe labour shortage” in industry.',
    '“You can negotiate without us, but it will not bring peace,” the Freedonian leader said.',
    '“The economy does not have enough machine operators,” the paper reported.',
  ].join('\n\n');
  const { quotes, name } = await quotesOf(text, (t) => [
    entity('e1', 'PERSON', t, ['Jane Roe'], { role: 'president', country: 'FRD' }),
    entity('e2', 'PERSON', t, ['Rufus Firefly'], { role: 'president', country: 'SYL' }),
    entity('e3', 'NORP', t, ['Freedonian'], { country: 'FRD' }),
    entity('e4', 'NORP', t, ['Sylvanian'], { country: 'SYL' }),
    entity('e5', 'ORG', t, ['Daily Clarion']),
  ]);
  assert.equal(name(containing(quotes, 'You can negotiate')), 'Jane Roe');
  assert.equal(name(containing(quotes, 'machine operators')), 'Daily Clarion');
});

test('a document speaks for its author: "a report from X", and "the report" for the last document named', async () => {
  const text = [
    '“Trade is unbalanced,” commented a recent report from the Institute for Harbour Studies.',
    'Latest research from the Centre for Grain Policy puts the harvest at 1.2 million tonnes.',
    'The report adds that farmers have lost a third of their income to rain.',
  ].join('\n\n');
  const { quotes, name } = await quotesOf(text, (t) => [
    entity('e1', 'ORG', t, ['Institute for Harbour Studies']),
    entity('e2', 'ORG', t, ['Centre for Grain Policy']),
  ]);
  assert.equal(name(containing(quotes, 'Trade is unbalanced')), 'Institute for Harbour Studies');
  assert.equal(name(containing(quotes, 'farmers have lost a third')), 'Centre for Grain Policy');
});

test('he/she go to a person of the same gender, the person quoted last first', async () => {
  const text = [
    'Four years after Rufus Firefly took office, the economy has entered a “death zone,” said Jane Roe, a fellow at the Harbour Institute.',
    'Firefly insists on going on as he waits for a change.',
    '“The economy is stuck,” she wrote.',
  ].join('\n\n');
  // The entity layer linked "she" to the wrong person: the quote layer checks the gender.
  const { quotes, name } = await quotesOf(text, (t) => {
    const firefly = entity('e1', 'PERSON', t, ['Rufus Firefly', 'Firefly']);
    const she = t.indexOf('she wrote');
    firefly.mentions.push({ start: she, end: she + 3, text: 'she' });
    return [firefly, entity('e2', 'PERSON', t, ['Jane Roe']), entity('e3', 'ORG', t, ['Harbour Institute'])];
  });
  assert.equal(name(containing(quotes, 'The economy is stuck')), 'Jane Roe');
});

test('"it" is the organisation named just before; a relative clause names its antecedent only with a naming verb', async () => {
  const text = [
    'When the Ministry launched what it dubbed its “Special Harvest Operation,” it expected quick results.',
    '“The prices are outrageous,” a woman who called herself Mira posted online.',
    '“We will win,” the man who attacked Jane Roe said.',
  ].join('\n\n');
  const { quotes, name } = await quotesOf(text, (t) => [
    entity('e1', 'ORG', t, ['Ministry']),
    entity('e2', 'PERSON', t, ['Mira']),
    entity('e3', 'PERSON', t, ['Jane Roe']),
  ]);
  assert.equal(name(containing(quotes, 'Special Harvest Operation')), 'Ministry');
  assert.equal(name(containing(quotes, 'prices are outrageous')), 'Mira');
  const win = containing(quotes, 'We will win');
  assert.equal(win?.cue?.text, 'said');
  assert.equal(name(win), null);
  assert.ok(!quotes.some((q) => q.cue?.text === 'called'), 'a label with a reflexive reports nothing');
});

test('no quote: a nickname in a name, a copular verb; a noun before a reporting verb is its subject', async () => {
  const text = [
    'Grain prices rose sharply, reported ministry adviser Petro “Flash” Kovalenko.',
    'The harbour seemed unable to prevent the erosion of its trade elsewhere.',
    'The total is higher than in any year since 1950, the institute report says.',
  ].join('\n\n');
  const { quotes, name } = await quotesOf(text, (t) => [entity('e1', 'PERSON', t, ['Petro “Flash” Kovalenko'])]);
  assert.ok(!quotes.some((q) => q.text.includes('Flash') && !q.text.includes('Grain')), 'a nickname is no quotation');
  assert.equal(name(containing(quotes, 'Grain prices rose sharply')), 'Petro “Flash” Kovalenko');
  assert.ok(!quotes.some((q) => q.cue?.text === 'seemed'));
  assert.equal(containing(quotes, 'higher than in any year')?.cue?.text, 'says');
});

test('"told the BBC Iran was ready…, but that…": the clause starts at its subject and runs on through "but that"', async () => {
  const text = 'On Sunday, he told the Herald Freedonia was ready to dilute its stockpile in exchange for relief, but that giving up its missiles was out of the question.';
  const { quotes } = await quotesOf(text, () => []);
  const q = containing(quotes, 'Freedonia was ready');
  assert.ok(q, 'the reported clause is found');
  assert.ok(q!.text.includes('out of the question'));
});

test('not quotes: a title in quotation marks (also after a possessor), withheld speech, a claim with nobody behind it, actions, perceptions and participles before a noun', async () => {
  const text = [
    '“We never take it for granted,” the “Harbour” actor previously said on “Late Show.”',
    'Nobody knows just how much disruption the new rules will have on the harbour.',
    'He declined to say when the company might change its strategy.',
    'Eventually, the company is expected to switch gears again by concentrating on shipping.',
    'Mira could see the frustration on her friend’s face.',
    'The league decided to move the match to a 1 p.m. start.',
    'The team has called in outside experts to assess the damage.',
    'These are initial evaluations of proposed future missions to the harbour.',
    'When the Ministry launched what it dubbed its “Special Harvest Operation,” it expected quick results.',
    'Repeated aerial assaults have in recent months focused on the power grid.',
    'The previously reported figure for April of 9.3 million was revised lower.',
    'Mira told the network’s “Morning Hour” the harbour would reopen.',
    'Their report, titled “Bypassing the Blockade”, runs to 80 pages.',
    'She spoke on the network’s “State of the Union” about the budget.',
    'Regional authorities sided with the rebels, and most opponents chose to flee the country rather than protest.',
    'The Senate passed a bill on Tuesday to fund the harbour works.',
    'The governor declared a state of emergency on Monday, and the board declared a quarterly dividend of 10 cents.',
  ].join('\n\n');
  const { quotes } = await quotesOf(text, (t) => [entity('e1', 'PERSON', t, ['Mira']), entity('e2', 'ORG', t, ['Ministry'])]);
  const texts = quotes.map((q) => q.text);
  for (const not of ['Harbour', 'Late Show', 'disruption', 'when the company', 'switch gears', 'frustration', 'move the match', 'outside experts', 'future missions', 'aerial assaults', 'figure for April', 'Morning Hour', 'Bypassing', 'State of the Union', 'with the rebels', 'to flee', 'a bill on Tuesday', 'state of emergency', 'quarterly dividend']) {
    assert.ok(!texts.some((t) => t.includes(not)), `"${not}" is no quote (got ${JSON.stringify(texts)})`);
  }
  assert.ok(containing(quotes, 'We never take it for granted'), 'the quotation stays');
  assert.ok(containing(quotes, 'Special Harvest Operation'), 'a label a verb gives stays');
});

test('"said the actor" is the person quoted just before; a time before the verb is no speaker; a dateline is no content', async () => {
  const text = [
    '“We lost the baby,” Jane Roe said. “It makes you more human,” said the actor.',
    'Clark in October revealed plans to expand the fleet by 30% by 2025.',
    'DUBAI, United Arab Emirates — The carrier finalized a deal to buy 30 jets, executives announced Wednesday.',
  ].join('\n\n');
  const { quotes, name } = await quotesOf(text, (t) => [entity('e1', 'PERSON', t, ['Jane Roe']), entity('e2', 'PERSON', t, ['Clark'])]);
  assert.equal(name(containing(quotes, 'more human')), 'Jane Roe');
  assert.equal(name(containing(quotes, 'expand the fleet')), 'Clark');
  const deal = containing(quotes, 'finalized a deal');
  assert.ok(deal && !deal.text.includes('DUBAI'), deal?.text);
});

test('a pronoun speaker refers to the subject the reported words open with, never to a name further inside them', async () => {
  const text = [
    'Archbishop Sviatoslav Petrenko spoke in Lviv on Sunday. “This is a moment of great conversion to Christ,” he said.',
    'Freedonian President John Roe met reporters on Monday. “We will sign by June,” Roe said.',
    'If the June deadline is not met, the Firefly administration will put pressure on both sides, he added.',
    'The Sylvanian Times reported outages. Acme lost 10% of its output in January, it said.',
  ].join('\n\n');
  const { quotes, name } = await quotesOf(text, (t) => {
    // The entity layer linked the "he" of "he added" to the name inside the reported words.
    const firefly = entity('e2', 'PERSON', t, ['Firefly']);
    const he = t.indexOf('he added');
    firefly.mentions.push({ start: he, end: he + 2, text: 'he' });
    return [
      entity('e1', 'PERSON', t, ['John Roe', 'Roe'], { role: 'President', country: 'FRD' }),
      firefly,
      entity('e3', 'PERSON', t, ['Sviatoslav Petrenko'], { role: 'Archbishop' }),
      entity('e4', 'PERSON', t, ['Christ']),
      entity('e5', 'ORG', t, ['Sylvanian Times']),
      entity('e6', 'ORG', t, ['Acme']),
    ];
  });
  assert.equal(name(containing(quotes, 'June deadline')), 'John Roe');
  assert.equal(name(containing(quotes, 'conversion to Christ')), 'Sviatoslav Petrenko');
  assert.equal(name(containing(quotes, 'lost 10%')), 'Acme');
});

test('a definite description takes up somebody unnamed introduced with its noun since the last named candidate', async () => {
  const text = [
    'Freedonian President John Roe said the talks were difficult.',
    'Talks will resume on Monday, according to a Sylvanian official. The weekend talks covered a broad range of issues, the official said.',
    'Freedonian President John Roe met the press again. The talks covered water rights, the official said.',
  ].join('\n\n');
  const { quotes, name } = await quotesOf(text, (t) => [entity('e1', 'PERSON', t, ['John Roe'], { role: 'President', country: 'FRD' })]);
  assert.equal(name(containing(quotes, 'broad range')), null);
  assert.equal(name(containing(quotes, 'water rights')), 'John Roe');
});

test('a speaker phrase that is a possessor alone is that possessor ("Freedonia’s insistence on…")', async () => {
  const text = 'The talks stalled over Freedonia’s insistence on keeping the islands it has seized.\n\nTrade fell after President John Roe’s decision to close the border.';
  const { quotes, name } = await quotesOf(text, (t) => [
    entity('e1', 'LOC', t, ['Freedonia'], { country: 'FRD' }),
    entity('e2', 'PERSON', t, ['John Roe'], { role: 'President' }),
  ]);
  assert.equal(name(containing(quotes, 'keeping the islands')), 'Freedonia');
  assert.equal(name(containing(quotes, 'close the border')), 'John Roe');
});

test('the place where a speaker is, is not the speaker ("a federal judge in Texas"); "the government of X" is X', async () => {
  const text = [
    'A federal judge in Freedonia blocked the new border rules on Tuesday, saying they broke the law.',
    'Voters in Freedonia said the rules went too far.',
    'The government of Freedonia said it would appeal the ruling.',
  ].join('\n\n');
  const { quotes, name } = await quotesOf(text, (t) => [entity('e1', 'LOC', t, ['Freedonia'], { country: 'FRD' })]);
  assert.equal(name(containing(quotes, 'broke the law')), null);
  assert.equal(name(containing(quotes, 'too far')), null);
  assert.equal(name(containing(quotes, 'appeal the ruling')), 'Freedonia');
});

test('a description naming a body fits only somebody the text tied to that body', async () => {
  const text = [
    'Foreign Minister John Roe said the aid would continue. Jane Doe, a researcher at the Kiel Institute, said the figures were clear.',
    'As the head of the Kiel Institute’s research centre pointed out, the aid has grown.',
    'Freedonian President Rufus Firefly spoke on Monday. As the head of the Sylvan Institute’s research centre pointed out, the aid has fallen.',
  ].join('\n\n');
  const { quotes, name } = await quotesOf(text, (t) => [
    entity('e1', 'PERSON', t, ['John Roe'], { role: 'Foreign Minister' }),
    entity('e2', 'PERSON', t, ['Jane Doe'], { role: 'Kiel Institute researcher' }),
    entity('e3', 'ORG', t, ['Kiel Institute']),
    entity('e4', 'PERSON', t, ['Rufus Firefly'], { role: 'President' }),
    entity('e5', 'ORG', t, ['Sylvan Institute']),
  ]);
  assert.equal(name(containing(quotes, 'has grown')), 'Jane Doe');
  assert.equal(name(containing(quotes, 'has fallen')), null);
});

test('a capitalised title placed by a country is a person of that country, else the country; never the nationality', async () => {
  const text = [
    'Norlandic President Ola Berg met Sylvan President Ivo Kas in Oslo.',
    '“We discussed trade in detail,” the Norlandic President said.',
    'The President of Sylvania thanked his colleague for the talks.',
    '“We will meet again,” the Freedonian President said.',
  ].join('\n\n');
  const { quotes, name } = await quotesOf(text, (t) => [
    entity('e1', 'NORP', t, ['Norlandic'], { country: 'NRL' }),
    entity('e2', 'PERSON', t, ['Ola Berg'], { role: 'President', country: 'NRL' }),
    entity('e3', 'PERSON', t, ['Ivo Kas'], { role: 'President' }),
    entity('e4', 'LOC', t, ['Sylvania'], { country: 'SYL' }),
    entity('e5', 'NORP', t, ['Freedonian'], { country: 'FRD' }),
  ]);
  assert.equal(name(containing(quotes, 'trade in detail')), 'Ola Berg');
  assert.equal(name(containing(quotes, 'his colleague')), 'Sylvania');
  assert.equal(name(containing(quotes, 'meet again')), null);
});

test('a nationality speaks only as the whole phrase, never as a word in it', async () => {
  const text = [
    'The head of the Norlandic delegation said the talks would go on.',
    'The Norlandians said they were ready to sign.',
  ].join('\n\n');
  const { quotes, name } = await quotesOf(text, (t) => [entity('e1', 'NORP', t, ['Norlandic'], { country: 'NRL' }), entity('e2', 'NORP', t, ['Norlandians'], { country: 'NRL' })]);
  assert.equal(name(containing(quotes, 'talks would go on')), null);
  assert.equal(name(containing(quotes, 'ready to sign')), 'Norlandians');
});

test('"it" is an organisation or a place named before: a thing named last says nothing', async () => {
  const text = 'Acme raised its forecast for sales priced in US$. It said demand would stay high.';
  const { quotes, name } = await quotesOf(text, (t) => [entity('e1', 'ORG', t, ['Acme']), entity('e2', 'MISC', t, ['US$'])]);
  assert.equal(name(containing(quotes, 'demand would stay high')), 'Acme');
});

test('a paragraph of speech with no frame continues the speaker whose attribution ends the paragraph before', async () => {
  const text = [
    'Press secretary Jane Roe said the White House is in touch with the platforms.',
    '“We are in regular touch with the social media platforms, and those engagements happen with our senior staff.”',
    'John Doe said the talks went well. Then the delegates went home to their families.',
    '“Nothing is going to happen here for a very long time, and everyone in this town knows it.”',
  ].join('\n\n');
  const { quotes, name } = await quotesOf(text, (t) => [entity('e1', 'PERSON', t, ['Jane Roe'], { role: 'Press secretary' }), entity('e2', 'PERSON', t, ['John Doe'])]);
  assert.equal(name(containing(quotes, 'regular touch')), 'Jane Roe');
  assert.equal(name(containing(quotes, 'Nothing is going to happen')), null);
});

test('a verb of proclaiming reports a clause; "the governor" later is the "Gov." named before', async () => {
  const declared = await quotesOf('Storm nears\n\nThe mayor declared that the storm would pass by Friday.', () => []);
  assert.ok(containing(declared.quotes, 'the storm would pass'), JSON.stringify(declared.quotes.map((q) => q.text)));
  const text = 'Storm nears\n\nGov. Ana Lind toured the coast on Sunday. Crews worked all night. “We are ready,” the governor said on Monday.';
  const { quotes } = await quotesOf(text, (t) => [entity('e1', 'PERSON', t, ['Ana Lind'], { role: 'Gov.' })]);
  assert.equal(containing(quotes, 'We are ready')?.speaker, 'e1');
});

test('a note mark written onto the last full stop is no part of the quote; a price is', async () => {
  const text = 'Talks\n\nThe ministry said the talks would resume in May.4 Ana Lind said the tickets cost $130';
  const { quotes } = await quotesOf(text, (t) => [entity('e1', 'PERSON', t, ['Ana Lind'])]);
  assert.equal(containing(quotes, 'talks would resume')?.text, 'the talks would resume in May');
  assert.ok(containing(quotes, 'tickets cost $130'), JSON.stringify(quotes.map((q) => q.text)));
});

test('a place after a noun of person is no speaker, unless it holds that person\'s office ("the president of X")', async () => {
  const text = 'Brastow’s point man for relations with Norland said on Monday that the talks would resume next week.\n\n' +
    'The president of Sylvania said that the border had stayed calm all night.';
  const { quotes, name } = await quotesOf(text, (t) => [
    entity('e1', 'LOC', t, ['Brastow']),
    entity('e2', 'LOC', t, ['Norland']),
    entity('e3', 'LOC', t, ['Sylvania']),
  ]);
  assert.equal(name(containing(quotes, 'talks would resume')), null);
  assert.equal(name(containing(quotes, 'border had stayed calm')), 'Sylvania');
});
