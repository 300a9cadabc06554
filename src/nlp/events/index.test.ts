// The events layer on short made-up sentences: types, actors, reciprocity, passives, status, reported speech and
// one event told twice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../doc/doc.js';
import { EventSchema, type PloverEvent } from '../../doc/schema.js';
import { eventsPipeline } from '../../pipeline/eval-events.js';
import { eventsComponent } from './index.js';
import { nounForms, verbForms } from './lexicon.js';
import { Pipeline } from '../../pipeline/pipeline.js';

const pipeline = eventsPipeline();

function run(text: string): { doc: Doc; events: PloverEvent[]; codes: (refs: string[]) => string[] } {
  const paragraphs = text.split('\n\n');
  const blocks = [];
  let at = 0;
  for (const p of paragraphs) {
    blocks.push({ start: at, end: at + p.length, kind: 'paragraph' as const });
    at += p.length + 2;
  }
  const doc = pipeline.run(new Doc(text, { source: 't', url: null, outlet: null, title: '', byline: [], published: '2025-03-01', language: 'en' }, blocks));
  const byId = new Map((doc.entities ?? []).map((e) => [e.id, e.country]));
  const codes = (refs: string[]) => [...new Set(refs.map((r) => (byId.has(r) ? byId.get(r)! : r)))].sort();
  for (const e of doc.events ?? []) EventSchema.parse(e);
  return { doc, events: doc.events ?? [], codes };
}

const summary = (r: ReturnType<typeof run>) => r.events.map((e) => `${e.type} ${r.codes(e.source).join('+')}>${r.codes(e.target).join('+')} ${e.status}`);

test('the component declares its layers; the pipeline checks them', () => {
  assert.deepEqual([...eventsComponent.assigns], ['events']);
  assert.throws(() => new Pipeline([eventsComponent]), /requires/);
});

test('verb and noun inflections come from the lemma', () => {
  assert.ok(verbForms('agree').includes('agreed') && verbForms('agree').includes('agreeing'));
  assert.ok(verbForms('ban').includes('banned') && verbForms('meet').includes('met') && verbForms('deny').includes('denied'));
  assert.deepEqual(nounForms('strike'), ['strike', 'strikes']);
});

test('an active verb codes its subject as source and its object as target', () => {
  const r = run('Germany accused Poland of blocking the border crossing.');
  assert.deepEqual(summary(r), ['ACCUSE DEU>POL asserted']);
  assert.equal(r.events[0].cue?.text, 'accused');
  assert.equal(r.doc.text.slice(r.events[0].sentence.start, r.events[0].sentence.end), r.doc.text.trim());
});

test('a passive takes its agent from "by"', () => {
  const r = run('Several villages in Ukraine were shelled by Russian forces on Monday.');
  assert.deepEqual(summary(r).map((s) => s.split(' ').slice(0, 2).join(' ')), ['ASSAULT RUS>UKR']);
});

test('talks between two countries code both directions', () => {
  const r = run('Japan and Vietnam held talks on fishing rights.');
  assert.equal(r.events.length, 1);
  assert.equal(r.events[0].type, 'CONSULT');
  assert.equal(r.events[0].reciprocal, true);
  assert.deepEqual(r.codes(r.events[0].source), ['JPN', 'VNM']);
  assert.deepEqual(r.codes(r.events[0].target), ['JPN', 'VNM']);
});

test('a stated willingness to meet is AGREE; a governed infinitive adds no event', () => {
  const r = run('Chile said it is willing to meet Peru next month.');
  assert.deepEqual(summary(r), ['AGREE CHL>PER asserted']);
});

test('negated and conditional events carry their status', () => {
  assert.deepEqual(summary(run('Egypt did not attack Libya.')), ['ASSAULT EGY>LBY negated']);
  assert.deepEqual(summary(run('If talks fail, Egypt could attack Libya.')), ['ASSAULT EGY>LBY hypothetical']);
});

test('reported speech codes the event told, with its teller', () => {
  const r = run('Norway said Sweden expelled two Danish diplomats.');
  const e = r.events.find((x) => x.type === 'SANCTION');
  assert.ok(e, summary(r).join('; '));
  assert.deepEqual(r.codes(e.source), ['SWE']);
  assert.deepEqual(r.codes(e.target), ['DNK']);
  assert.deepEqual(r.codes([e.reportedBy!]), ['NOR']);
});

test('the same event told twice is one event with two mentions', () => {
  const r = run('Kenya accused Uganda of harbouring rebels.\n\nOn Tuesday Kenya again accused Uganda of supporting the rebels.');
  const accuse = r.events.filter((e) => e.type === 'ACCUSE');
  assert.equal(accuse.length, 1);
  assert.equal(accuse[0].mentions?.length, 1);
});

test('a place name before a noun is where it happens, not who acts; no actor, no event', () => {
  assert.deepEqual(summary(run('The Geneva talks ended early.')), []);
  assert.deepEqual(summary(run('The weather was mild and the market opened late.')), []);
});

test('a relative clause between subject and verb is passed over', () => {
  const r = run('The new president of Chile, where Peru has two embassies, has demanded that Bolivia return the ships.');
  assert.deepEqual(summary(r), ['REQUEST CHL>BOL asserted']);
});

test('"both sides" are the two parties of the last reciprocal event', () => {
  const r = run('Japan and Vietnam held talks in Hanoi on Monday.\n\nOn Tuesday both sides agreed to exchange prisoners.');
  const agree = r.events.find((e) => e.type === 'AGREE');
  assert.ok(agree, summary(r).join('; '));
  assert.deepEqual(r.codes(agree.source), ['JPN', 'VNM']);
});

test('a rejection without a named recipient answers the last demand made to the rejecting side', () => {
  const r = run('Chile demanded that Peru withdraw its troops.\n\nPeru has firmly rejected this condition.');
  assert.deepEqual(summary(r), ['REQUEST CHL>PER asserted', 'REJECT PER>CHL asserted']);
});

test('"X said Y must …" is X\'s demand on Y', () => {
  const r = run('Norway said Sweden must release the fishermen.');
  assert.equal(r.events[0]?.type, 'REQUEST', summary(r).join('; '));
  assert.deepEqual(r.codes(r.events[0].source), ['NOR']);
  assert.deepEqual(r.codes(r.events[0].target), ['SWE']);
});

test('a one-sided telling is a mention of the full event, and alone it is left out', () => {
  const r = run('Egypt attacked Libya on Monday.\n\nEgypt attacked again, officials said.');
  assert.equal(r.events.length, 1);
  assert.equal(r.events[0].mentions?.length, 1);
  assert.deepEqual(summary(run('Egypt attacked again, officials said.')), []);
});

test('a hyphenated pair before talks is reciprocal; later "the talks" are the same pair\'s', () => {
  const r = run('The Japan-Vietnam talks opened on Monday.\n\nThe talks will resume next week.');
  const consult = r.events.filter((e) => e.type === 'CONSULT');
  assert.equal(consult.length, 1, summary(r).join('; '));
  assert.deepEqual(r.codes(consult[0].source), ['JPN', 'VNM']);
  // The resumption is a stated plan: AGREE (PLOVER: future meetings are AGREE).
  const agree = r.events.find((e) => e.type === 'AGREE');
  assert.ok(agree, summary(r).join('; '));
  assert.deepEqual(r.codes(agree.source), ['JPN', 'VNM']);
});

test('an empty document or one without actors gives no events and no error', () => {
  assert.deepEqual(run('').events, []);
  assert.deepEqual(run('Attacked. Talks. Agreed to meet.').events, []);
});

test('the same input gives the same events whatever was analysed before', () => {
  const text = 'Japan and Vietnam held talks.\n\nThe two countries agreed to share information.';
  const first = JSON.stringify(run(text).events);
  run('Chile and Peru held talks.\n\nBoth sides agreed to meet again.');
  assert.equal(JSON.stringify(run(text).events), first);
});

test('in an article about two parties, a hostile act without a named victim is against the other party', () => {
  const r = run('Japan and Vietnam held talks on Monday.\n\nVietnamese troops attacked again on Tuesday.');
  const assault = r.events.find((e) => e.type === 'ASSAULT');
  assert.ok(assault, summary(r).join('; '));
  assert.deepEqual(r.codes(assault.target), ['JPN']);
  // Without the pair, the one-sided row is left out.
  assert.deepEqual(summary(run('Vietnamese troops attacked again on Tuesday.')), []);
});

test('entities without a country are coded by id only when asked (test suites of made-up states)', () => {
  const text = 'President Tavor Malk accused General Ostrin Vale of shelling the border.';
  assert.equal(run(text).events.length, 0);
  const doc = eventsPipeline(true).run(new Doc(text, { source: 't', url: null, outlet: null, title: '', byline: [], published: null, language: 'en' }, [{ start: 0, end: text.length, kind: 'paragraph' }]));
  const byName = new Map((doc.entities ?? []).map((e) => [e.name, e.id]));
  assert.deepEqual(doc.events?.map((e) => [e.type, e.source, e.target]), [['ACCUSE', [byName.get('Tavor Malk')], [byName.get('Ostrin Vale')]]]);
});

test('a hyphenated modifier does not cut a noun cue from its light verb', () => {
  assert.deepEqual(summary(run('Chile today launched its long-awaited invasion of Peru.')), ['ASSAULT CHL>PER asserted']);
});

test('a threat to do something reaches the place of the deed; martial law is coercion', () => {
  assert.deepEqual(summary(run('Egypt threatened to ban flights in Libya.')), ['THREATEN EGY>LBY asserted']);
  assert.deepEqual(summary(run('The government of Ghana imposed martial law in Togo.')), ['COERCE GHA>TGO asserted']);
});

test('a curfew at home is against the own country; announced for later by its own author it is a threat', () => {
  assert.deepEqual(summary(run('The government of Ghana imposed a curfew in Kumasi on Monday.')), ['COERCE GHA>GHA asserted']);
  assert.deepEqual(summary(run('President Kofi Mensah announced on Sunday that he will extend the curfew in Accra.')), ['THREATEN GHA>GHA asserted']);
});

test('a withdrawal needs no recipient; an accusation does', () => {
  assert.deepEqual(summary(run('Chile withdrew its troops from the border on Monday.')), ['RETREAT CHL> asserted']);
  assert.deepEqual(summary(run('Chile accused the government on Monday.')), []);
});

test('two parties agreeing do not agree with one of themselves', () => {
  const r = run('Chilean and Peruvian officials agreed on Monday that their countries should help farmers in Peru.');
  assert.deepEqual(r.events.map((e) => [e.type, e.reciprocal, r.codes(e.source).join('+')]), [['AGREE', true, 'CHL+PER']]);
});

test('protesters with no coded recipient protest at home; what they demand has not happened', () => {
  const r = run('About 300 protesters blocked roads in Accra demanding that he resign.');
  assert.deepEqual(summary(r), ['PROTEST GHA>GHA asserted', 'RETREAT GHA> hypothetical']);
});

test('a speech verb that governs an event noun is no report ("declared a state of emergency")', () => {
  assert.deepEqual(summary(run('Ghana declared a state of emergency in Togo on Monday.')), ['COERCE GHA>TGO asserted']);
});

test('a release is of people: freed captives are an event, a released statement or report is not', () => {
  assert.deepEqual(summary(run('Russia released two Ukrainian prisoners on Sunday.')).filter((s) => s.startsWith('RETREAT')), ['RETREAT RUS>UKR asserted']);
  assert.deepEqual(summary(run('The Russian government freed them on Friday.')).filter((s) => s.startsWith('RETREAT')).length, 1);
  assert.deepEqual(summary(run('The Russian government released a statement on the talks with Ukraine.')).filter((s) => s.startsWith('RETREAT')), []);
  assert.deepEqual(summary(run('On Tuesday Germany released its report on the French economy.')).filter((s) => s.startsWith('RETREAT')), []);
});

test('cues whose sense hangs on their object or form: a team\'s win, "declined to comment", a bare "allow", "granted an interview", a participle before its noun, "open to" a non-event', () => {
  const types = (text: string) => summary(run(text)).map((s) => s.split(' ')[0]);
  assert.deepEqual(types('Russia beat Croatia 2-1 on Monday.'), []);
  assert.deepEqual(types('Russian police beat the protesters in Moscow on Monday.'), ['ASSAULT']);
  assert.deepEqual(types('A spokesman for the Russian government declined to comment to Ukrainian media.'), []);
  assert.deepEqual(types('The Russian government declined to join the talks with Ukraine.').includes('REJECT'), true);
  assert.deepEqual(types('The German government will allow companies to sell chips to China.'), []);
  assert.deepEqual(types('Turkey allowed aid convoys into Syria on Friday.'), ['RETREAT']);
  assert.deepEqual(types('Turkey will allow up to 13,000 Kurdish refugees in Iraq to return home.'), ['AGREE']);
  assert.deepEqual(types('The French president granted an interview to Russian television.'), []);
  assert.deepEqual(types('Germany granted asylum to the Russian dissident.'), ['AID']);
  assert.deepEqual(types('He met the convicted Russian spy in Berlin.').filter((t) => t === 'SANCTION'), []);
  assert.deepEqual(types('Israel builds settlements on occupied Palestinian land, Jordan said.').filter((t) => t === 'PROTEST'), []);
  assert.deepEqual(types('Russia responded by attacking Ukrainian villages on Monday.'), ['ASSAULT'], 'a gerund after a preposition is a verb');
  assert.deepEqual(types('Ukraine is open to prosecution of Russian officers.').filter((t) => t === 'AGREE'), []);
  assert.deepEqual(types('Ukraine is open to talks with Russia.').filter((t) => t === 'AGREE'), ['AGREE']);
});

test('a state or its forces that occupy land seize it (CAMEO 192); protesters who occupy a building protest', () => {
  assert.deepEqual(summary(run('Chile occupies about a fifth of Peru\'s territory.')), ['COERCE CHL>PER asserted']);
  assert.deepEqual(summary(run('Chilean troops occupied two border towns in Peru on Monday.')).map((s) => s.split(' ')[0]), ['COERCE']);
  assert.deepEqual(summary(run('Large parts of the country are occupied by Chile.')), [], 'a seizure needs the land\'s country');
  assert.deepEqual(summary(run('Students occupied the parliament building in Lima on Monday.')).map((s) => s.split(' ')[0]), ['PROTEST']);
});

test('"demonstrated" with an object, a "that" or an object relative is showing, not protesting', () => {
  const types = (text: string) => summary(run(text)).map((s) => s.split(' ')[0]);
  assert.deepEqual(types('Peru demonstrated its new drone on Friday.'), []);
  assert.deepEqual(types('The drones, which Peruvians recently demonstrated in practice, hit a depot in Chile.').filter((t) => t === 'PROTEST'), []);
  assert.deepEqual(types('Thousands of Peruvians demonstrated in Lima on Friday against the new law.'), ['PROTEST']);
});

test('status: "possible talks", a noun\'s complement before its modal, "must … and withdraw", "is yet to"', () => {
  assert.deepEqual(summary(run('Officials spoke about possible talks between Chile and Peru.')), ['CONSULT CHL+PER>CHL+PER hypothetical']);
  assert.deepEqual(summary(run('The next round of talks between Chile and Peru would be held in Quito.')), ['CONSULT CHL+PER>CHL+PER hypothetical']);
  assert.deepEqual(summary(run('Under the plan, Peru must drop its claims and withdraw its troops from the border.')), ['RETREAT PER> hypothetical']);
  assert.deepEqual(summary(run('Peru dropped its claims and withdrew its troops from the border.')), ['RETREAT PER> asserted']);
  assert.deepEqual(summary(run('Chile is yet to accept the offer from Peru.')).filter((s) => s.startsWith('AGREE')), ['AGREE CHL>PER negated']);
});

test('a dateline is not part of its sentence, and its agency is no actor', () => {
  assert.deepEqual(summary(run('LIMA, Feb 5 (Reuters) - Chile and Peru held talks in Quito on Thursday.')), ['CONSULT CHL+PER>CHL+PER asserted']);
  assert.deepEqual(summary(run('Feb 10 (Reuters) - Chile attacked Peru on Monday.')), ['ASSAULT CHL>PER asserted']);
});

test('recipients: not a meeting\'s topic, not the teller, not the subject\'s own "his", not the country of the venue', () => {
  assert.deepEqual(summary(run('Chile and Peru held talks on Bolivia in Quito.')), ['CONSULT CHL+PER>CHL+PER asserted']);
  assert.deepEqual(summary(run('"Chile is proposing that the parties end the war," Peruvian President Jose Soto said.')).filter((s) => s.includes('>PER')), []);
  assert.deepEqual(summary(run('The Chilean president insisted on his priority.')), []);
  assert.deepEqual(summary(run('Chilean and Peruvian officials held a meeting in Osaka, Japan on Monday.')), ['CONSULT CHL+PER>CHL+PER asserted']);
});

test('a shared view is no agreement; a refusal to confirm is no rejection; an intent under "unless" is a threat', () => {
  const types = (text: string) => summary(run(text)).map((s) => s.split(' ')[0]);
  assert.deepEqual(types('Chile agrees with Peru that the border talks are the key.'), []);
  assert.deepEqual(types('Chile agreed with Peru on a new border.'), ['AGREE']);
  assert.deepEqual(types('Chile agrees with Peru that border disputes should be resolved through arbitration.'), ['AGREE']);
  assert.deepEqual(types('The Chilean government refused to either confirm or deny the contact with Peru.'), []);
  assert.deepEqual(types('Chile announced that it will withdraw its force from Peru unless the rebels agree to a ceasefire.').slice(0, 1), ['THREATEN']);
});

test('what one party proposes about "the meeting" of the two goes to the other; another proposal names its own recipient', () => {
  const r = run('Chile and Peru held talks in Quito on Monday.\n\nThe Chilean negotiator proposed holding the meeting before the end of August.');
  assert.deepEqual(summary(r).filter((s) => s.startsWith('AGREE')), ['AGREE CHL>PER asserted']);
  const r2 = run('Chile and Peru held talks in Quito on Monday.\n\nThe Chilean negotiator proposed a new tax on copper.');
  assert.deepEqual(summary(r2).filter((s) => s.startsWith('AGREE')), []);
});

test('cues whose sense needs its object: executions of people, ties severed, troops reinforced; no agreement in signing a law', () => {
  const types = (text: string) => summary(run(text)).map((s) => s.split(' ')[0]);
  assert.deepEqual(types('Chile executed a formal veto against the loan to Peru.'), []);
  assert.deepEqual(types('Chile executed two Peruvian prisoners on Monday.'), ['ASSAULT']);
  assert.deepEqual(types('Chilean forces are trying to sever Peruvian supply lines near the border.'), []);
  assert.deepEqual(types('Chile severed diplomatic ties with Peru.'), ['SANCTION']);
  assert.deepEqual(types('The Chilean president reinforced domestic political boundaries.'), []);
  assert.deepEqual(types('Chile reinforced its troops on the border with Peru.'), ['MOBILIZE']);
  assert.deepEqual(types('The Chilean president signed legislation granting the police new powers.'), []);
  assert.deepEqual(types('Chile and Peru signed a treaty on Monday.'), ['AGREE']);
});

test('a table row tells no event; "unlikely to" is no deed', () => {
  assert.deepEqual(summary(run('Source| Date| Chilean casualties (killed, wounded)| Peruvian casualties (killed, wounded)|')), []);
  assert.deepEqual(summary(run('Chile is unlikely to invade Peru this year.')), ['ASSAULT CHL>PER hypothetical']);
});

test('a name after a word of place is not given the sentence\'s only country ("attacked southeast of Velykyi Burluk")', () => {
  const r = run('Chilean forces attacked southeast of Staryi Burtak near Ilmasto on Monday.');
  assert.deepEqual(summary(r).filter((s) => s.includes('>CHL')), []);
  assert.deepEqual(summary(run('President Omar Vekoranta extended the curfew in Peru.')), ['COERCE PER>PER asserted']);
});

test('a group named by a possessive takes the country of the subject before it ("their forces")', () => {
  assert.deepEqual(summary(run('Peruvian officials said on Tuesday their forces had completed their withdrawal from the border town.')), ['RETREAT PER> asserted']);
});

test('memory, interviews, "sue for peace", a goal one is committed to and evacuated staff are no events; a chance of an act is no deed', () => {
  const types = (text: string) => summary(run(text)).map((s) => s.split(' ')[0]);
  assert.deepEqual(types('Ivan Petrov, the head of the Peruvian agency, recalled that Chilean spies had tried to recruit him.'), []);
  assert.deepEqual(types('The Chilean minister, who declined an interview request, met Peruvian officials in Lima.'), ['CONSULT']);
  assert.deepEqual(types('Chile will not sue for peace with Peru.'), []);
  assert.deepEqual(types('The Chilean government remains committed to the goal of expanding its army.'), []);
  assert.deepEqual(types('Chile committed to a ceasefire with Peru.'), ['AGREE']);
  assert.deepEqual(summary(run('Officials saw a real chance of a massive Chilean invasion of Peru.')), ['ASSAULT CHL>PER hypothetical']);
});

test('where a weapon was made is no party ("French-made"); an appeal to someone\'s desire and accepted ideas are no events', () => {
  assert.deepEqual(summary(run('Chilean air defences shot down two French-made missiles and one U.S.-made bomb.')), []);
  const types = (text: string) => summary(run(text)).map((s) => s.split(' ')[0]);
  assert.deepEqual(types('The Chilean president appealed to the Peruvian president\u2019s stated desire to make deals.'), []);
  assert.deepEqual(types('Chile appealed to Peru for help.'), ['REQUEST']);
  assert.deepEqual(types('Chilean officials accepted ideas that were at odds with Peruvian doctrine.'), []);
  assert.deepEqual(types('Chile accepted the offer from Peru.'), ['AGREE']);
});

test('a state\'s counterparts ("Allies") never take the only country their sentence names', () => {
  const r = run('At the summit in Lima, Allies agreed to provide more support to Peru.\n\nThe Allies strongly condemn the Chilean annexation of the islands.');
  assert.deepEqual(summary(r).filter((s) => s.includes('PER>') || s.includes('CHL>')), []);
});

test('a noun cue takes its light verb across a qualified measure ("nearly 25,000 tons of aid")', () => {
  assert.deepEqual(summary(run('Germany sent nearly 2,000 tons of aid to Chad.')), ['AID DEU>TCD asserted']);
  assert.deepEqual(summary(run('Japan sent more than 40 tons of aid to Chad.')), ['AID JPN>TCD asserted']);
});

test('a demand that something be done is made of whoever would do it', () => {
  assert.deepEqual(summary(run('Syria called for the former president to be extradited from Moscow.')), ['REQUEST SYR>RUS asserted']);
  assert.deepEqual(summary(run('Poland called for the sanctions on Hungary to be lifted by the European Union.')), ['REQUEST POL>IGO asserted']);
  assert.deepEqual(summary(run('Ukraine demanded that the prisoners be released by Russia.')), ['REQUEST UKR>RUS asserted']);
});

test('a mobilisation is of troops, weapons, police or militia; "mobilised $5 billion" or "pressure groups" is none', () => {
  assert.deepEqual(summary(run('Poland mobilized 20,000 reservists on Monday.')), ['MOBILIZE POL> asserted']);
  assert.deepEqual(summary(run('Together with donors, the World Bank has mobilised $5 billion.')), []);
  assert.deepEqual(summary(run('Egypt mobilized pressure groups in Canada.')), []);
});

test('a verb that is no event in its sense does not govern its clause ("mobilized its supporters to protest")', () => {
  assert.deepEqual(summary(run('Iran mobilized its supporters to protest against Israel.')), ['PROTEST IRN>ISR asserted']);
});

test('in a quotation a state officer\'s "we" and "us" are the state, and "I" the speaker', () => {
  const r = run('“We will never sell these systems to them,” Swedish Prime Minister Karl Berg said. “Egypt sold weapons to us,” Sudanese President Omar Musa said.');
  assert.ok(summary(r).includes('AID EGY>SDN asserted'), summary(r).join('; '));
  assert.deepEqual(summary(run('“I am ready to meet the president of Chile,” Peruvian President Jorge Ramos said.')), ['AGREE PER>CHL asserted']);
  // An institute's "we" is no country.
  assert.deepEqual(summary(run('“We sold the data to Chile,” said Jorge Ramos, an analyst at the Lima Institute.')), []);
});

test('a gift to come that its recipient tells is a deed to come, not the giver\'s promise', () => {
  const r = run('“The United States will be selling these systems to us,” Ukrainian President Volodymyr Zelenskyy said.');
  assert.deepEqual(summary(r), ['AID USA>UKR future']);
  assert.deepEqual(summary(run('“We will sell these systems to Ukraine,” US President Donald Trump said.')), ['AGREE USA>UKR asserted']);
});

test('"asked if" is a question, not a request', () => {
  assert.deepEqual(summary(run('Ukraine asked Germany whether it could send tanks.')), []);
  assert.deepEqual(summary(run('Ukraine asked Germany to send tanks.')), ['REQUEST UKR>DEU asserted']);
});

test('"arrived in X for talks with Y": the traveller\'s talks, with the journey\'s status', () => {
  const done = run('The Turkish foreign minister arrived in Moscow on Monday for talks with Russian officials.');
  assert.equal(done.events.length, 1);
  assert.deepEqual([done.events[0].type, done.events[0].status, done.codes(done.events[0].source)], ['CONSULT', 'asserted', ['RUS', 'TUR']]);
  // Talks still ahead are a stated will to meet (CAMEO 036).
  const ahead = run('The Japanese envoys are due to arrive in Seoul on Tuesday before heading to the embassy for talks with South Korea.');
  assert.deepEqual(ahead.events.map((e) => e.type), ['AGREE']);
  assert.deepEqual(ahead.codes(ahead.events[0].source), ['JPN', 'KOR']);
});

test('"ready for talks" is a stated will to meet, like "ready to meet"', () => {
  assert.deepEqual(summary(run('Moscow is ready for talks with Ukraine.')), ['AGREE RUS>UKR asserted']);
});

test('a mediator written onto the noun ("US-mediated talks between A and B") is neither side', () => {
  const r = run('The deadline comes after Qatari-brokered talks in Doha between Chad and Sudan.');
  assert.equal(r.events.length, 1);
  assert.deepEqual([r.events[0].type, r.codes(r.events[0].source)], ['CONSULT', ['SDN', 'TCD']]);
});

test('", with X confirming …" is an absolute phrase: X is no recipient', () => {
  const r = run('Chad and Niger agreed to exchange prisoners, with officials from Sudan confirming the deal.');
  assert.deepEqual(r.events.map((e) => [e.type, r.codes(e.source), r.codes(e.target)]), [['AGREE', ['NER', 'TCD'], ['NER', 'TCD']]]);
});

test('a speech act tacked onto what was said ("…,” he said, urging …") is the speaker\'s', () => {
  const r = run('Chilean President Jorge Ramos spoke on Monday. “Peru clearly wants war,” he said, urging Argentine officials to press Lima.');
  assert.ok(summary(r).includes('REQUEST CHL>ARG asserted'), summary(r).join('; '));
  assert.deepEqual(summary(run('Chilean President Jorge Ramos said Peru wants war, urging Argentine officials to press Lima.')), ['REQUEST CHL>ARG asserted']);
  // Not a deed tacked on: "killing" is the attack's.
  assert.deepEqual(summary(run('Chilean President Jorge Ramos said Peru attacked Bolivia, killing five people.')).map((s) => s.split(' ').slice(0, 2).join(' ')), ['ASSAULT PER>BOL']);
});

test('"seized the initiative" is no seizure', () => {
  assert.deepEqual(summary(run('As the assaults faltered, Ukraine has seized the initiative to make gains in Kharkiv.')), []);
  assert.deepEqual(summary(run('Russia seized the port of Mariupol.')), ['COERCE RUS>UKR asserted']);
});

test('a teller\'s judgement of another party is an accusation: "it was unfair that Y …", "Y was holding up the deal"', () => {
  assert.deepEqual(summary(run('Peruvian President Jorge Ramos said it was “not fair” that Chile was putting pressure on Peru.')), ['ACCUSE PER>CHL asserted']);
  assert.deepEqual(summary(run('Chilean President Ana Soto told reporters that Peru, not Bolivia, was holding up a peace deal.')), ['ACCUSE CHL>PER asserted']);
  // No teller, a negation, or "United States" read as a speech verb: no accusation.
  assert.deepEqual(summary(run('Peru is blocking a peace deal.')), []);
  assert.deepEqual(summary(run('Chile said Peru was not blocking the talks.')), []);
  assert.deepEqual(summary(run('The United States is pushing Peru while Chile is actively delaying negotiations.')), []);
});

test('"stands accused" is a passive: the subject is the accused, not the accuser', () => {
  assert.ok(!summary(run('Russia stands accused of conducting a campaign of drone strikes on Ukraine.')).some((s) => s.startsWith('ACCUSE RUS')));
});

test('a reciprocal act of one country\'s two parties, or with a named person of no known country, codes both ways', () => {
  const r = run('The Sudanese government and SPLA rebels agreed to a ceasefire.');
  assert.equal(r.events.length, 1);
  assert.deepEqual([r.events[0].type, r.events[0].reciprocal, r.codes(r.events[0].source)], ['AGREE', true, ['SDN']]);
  const m = run('The Iranian foreign minister met Ali Khamenei on Monday.');
  assert.deepEqual(m.events.map((e) => [e.type, e.reciprocal]), [['CONSULT', true]]);
  // "NATO-Ukraine" and "Ukraine" are one party; a numeral is none ("the Minsk-II agreements").
  assert.deepEqual(summary(run('The talks on the Minsk-II agreements lasted sixteen hours.')), []);
});

test('police that disperse or prevent a protest coerce its people: those named, else the state\'s own', () => {
  assert.deepEqual(summary(run('Israeli police dispersed Palestinian protesters in Jerusalem.')), ['COERCE ISR>PSE asserted']);
  assert.deepEqual(summary(run('Turkish police prevented the demonstration staged by students to protest the sending of troops to Iraq.')), ['COERCE TUR>TUR asserted']);
  assert.deepEqual(summary(run('Egypt prevented a crisis with Sudan.')), []);
});

test('"rejected calls by X": the asker is the one rejected', () => {
  assert.deepEqual(summary(run('Berlin rejected recent calls by Belarus for immediate economic aid.')), ['REJECT DEU>BLR asserted']);
});

test('a government that lifts its own restriction concedes to its own people when no other is named', () => {
  assert.deepEqual(summary(run('Egypt lifted the curfew on Sunday.')), ['CONCEDE EGY>EGY asserted']);
  assert.deepEqual(summary(run('Russia lifted sanctions on Turkey.')), ['CONCEDE RUS>TUR asserted']);
  assert.deepEqual(summary(run('Egypt lifted its spirits.')), []);
});

test('demolitions damage property (CAMEO 171, COERCE seize); a reimposed blockade is a blockade', () => {
  assert.deepEqual(summary(run('Israeli army bulldozers demolished Palestinian homes in Gaza.')), ['COERCE ISR>PSE asserted']);
  assert.deepEqual(summary(run('Israel reimposed blockades in the West Bank.')), ['COERCE ISR>PSE asserted']);
});

test('a strike of workers is a protest, a strike of arms an assault; "carried out a strike" has its support verb', () => {
  assert.deepEqual(summary(run('Workers of the Serbian Workers\' Union stopped work on the first day of an open-ended strike over a labour law.')), ['PROTEST SRB>SRB asserted']);
  assert.deepEqual(summary(run('Israel carried out a strike on Gaza on Monday.')), ['ASSAULT ISR>PSE asserted']);
});

test('a long trailing attribution is no part of the clause: its country is no recipient', () => {
  assert.deepEqual(summary(run('The Sudanese government has accused the rebels of violating a month-old ceasefire, a member of the Chadian team trying to broker a peace pact has said.')).map((s) => s.split(' ')[1]), ['SDN>SDN']);
});

test('"refused to respond to a demand from X" rejects X; "speeded up the withdrawal" has its support verb', () => {
  assert.deepEqual(summary(run('The Palestinian prime minister has refused to respond to a demand from the US president to adhere to the deals.')), ['REJECT PSE>USA asserted']);
  assert.deepEqual(summary(run('The United States speeded up the withdrawal of its forces from Panama on Wednesday.')), ['RETREAT USA>PAN asserted']);
});

test('a readiness to attack is a threat, not an offer', () => {
  assert.deepEqual(summary(run('Russia is ready to attack Ukraine.')), ['THREATEN RUS>UKR asserted']);
  assert.deepEqual(summary(run('The Macedonian army prepared to resume shelling Albanian positions.')).map((s) => s.split(' ')[0]), ['THREATEN']);
  assert.deepEqual(summary(run('Russia is ready to meet Ukraine.')), ['AGREE RUS>UKR asserted']);
});

test('a bare giving verb gives aid, arms or intelligence to whom "to" names; "according to X" is no subject', () => {
  assert.deepEqual(summary(run('The United States is providing aerial photographs and other military intelligence to Macedonia.')), ['AID USA>MKD asserted']);
  assert.deepEqual(summary(run('The ministry provided details to Germany.')), []);
  assert.deepEqual(summary(run('The US still provides vital intelligence on Russian shipping.')), []);
  assert.ok(!summary(run('The EU has, according to the Kiel Institute in Germany, provided Ukraine with aid.')).some((s) => s.includes('DEU>')));
});

test('sending inspectors is an investigation (PLOVER ACCUSE, investigate)', () => {
  assert.deepEqual(summary(run('The UN sent inspectors to Iraq.')), ['ACCUSE IGO>IRQ asserted']);
});

test('a gift\'s support verb reaches across its recipient and measure ("to give to Ukraine in financial aid")', () => {
  assert.deepEqual(summary(run('The European Union has voted to borrow 90 billion euros to give to Chad in financial aid.')), ['AID IGO>TCD asserted']);
  assert.deepEqual(summary(run('Japan gave Chad 10 million dollars in aid.')), ['AID JPN>TCD asserted']);
});

test('a verb phrase after a manner adverb inflects its verb ("sexually abused"); a hyphenated name from the tables is an actor ("al-Qaeda"); "impose restrictions"', () => {
  assert.deepEqual(summary(run('U.S. border patrol agents sexually abused Mexican immigrants.')), ['ASSAULT USA>MEX asserted']);
  assert.deepEqual(summary(run('US drone attacks have killed eight top al-Qaeda leaders since July.')), ['ASSAULT USA>IMG asserted']);
  assert.deepEqual(summary(run('Greece plans to impose restrictions on Bulgaria.')), ['THREATEN GRC>BGR asserted']);
});

test('a political actor\'s own statement of an act stands alone; a people, a firm, a noun or a passive does not', () => {
  assert.deepEqual(summary(run("Kenya's foreign minister promised to step down.")), ['AGREE KEN> asserted']);
  assert.deepEqual(summary(run('The Kenyan opposition called for a boycott.')), ['REQUEST KEN> asserted']);
  assert.deepEqual(summary(run("Kenya's president is demanding talks.")), ['REQUEST KEN> asserted']);
  assert.deepEqual(summary(run('Kenyans agreed to pay more taxes.')), []);
  assert.deepEqual(summary(run('Kenya Airways agreed to cut fares.')), []);
  assert.deepEqual(summary(run('Ukraine is being asked to make concessions.')), []);
  // "asked to" is a passive: the agent asks.
  assert.deepEqual(summary(run('Ukraine was asked to make concessions by the United States.')), ['REQUEST USA>UKR asserted']);
});

test('a verb phrase after "but" shares the subject that opens the clause before; a possessor with a demonym is no subject', () => {
  assert.deepEqual(summary(run('Benin opened its borders to most West Africans, but was still refusing admittance to Ghanaians.')), ['REJECT BEN>GHA asserted']);
  assert.deepEqual(summary(run("Ukraine's European allies pledged to send aid.")), []);
});

test('a demand of a thing stands alone; an actor after "following", "amid" or "despite" is no recipient; an office of the UN is the UN', () => {
  assert.deepEqual(summary(run('The Greek prime minister demanded immediate elections.')), ['REQUEST GRC> asserted']);
  assert.deepEqual(summary(run('The Greek prime minister asked questions.')), []);
  assert.deepEqual(summary(run("One of Kenya's most pressing problems is debt.")), []);
  assert.deepEqual(summary(run('Israel reimposed blockades in the West Bank following the deaths of two Egyptians.')), ['COERCE ISR>PSE asserted']);
  assert.deepEqual(summary(run('Kenzo Oshima, the United Nations Emergency Relief Coordinator, demanded that Iraq allow aid workers in.')), ['REQUEST IGO>IRQ asserted']);
  assert.deepEqual(summary(run("Up to 1,000 ethnic Turks began a hunger strike to protest against Sweden's decision.")), ['PROTEST TUR>SWE asserted']);
});

test('no statement alone in a subordinate clause or before a time phrase; what a possessor owns is passed over whole', () => {
  assert.deepEqual(summary(run('Kenya promised to stop such loans.')), ['AGREE KEN> asserted']);
  assert.deepEqual(summary(run('Kenya would not lend to the bank until it agrees to stop making such loans.')), []);
  assert.deepEqual(summary(run('OPEC production was below the quota agreed to last December.')), []);
  assert.deepEqual(summary(run("Ford's European operations sold cars to the United States.")), []);
  assert.deepEqual(summary(run("Osama bin Laden's al-Qaeda network has threatened to strike the United States.")), ['THREATEN IMG>USA asserted']);
});

test('a sale is aid only of arms ("sold missiles to Saudi Arabia"); trade is no event ("sold wheat to China")', () => {
  assert.deepEqual(summary(run('The United States sold missiles to Saudi Arabia.')), ['AID USA>SAU asserted']);
  assert.deepEqual(summary(run('France sold 250,000 tonnes of soft wheat to China.')), []);
});

test("a firm does not take its sentence's only country", () => {
  assert.deepEqual(summary(run('Westinghouse Electric Corp said it agreed to form a joint venture with Matsushita Electric Industrial Co Ltd of Japan.')), []);
  assert.deepEqual(summary(run('Lifetime Corp said it agreed to buy 16 pct of Nippon Lace Co Ltd of Japan.')), []);
});

test('a victim of no known country, killed by no one named, is where it happened; a victim with a country keeps it', () => {
  assert.deepEqual(summary(run('A journalist was killed in Beirut on Monday.')), ['ASSAULT >LBN asserted']);
  assert.deepEqual(summary(run('Three Syrian soldiers were killed in Beirut.')), ['ASSAULT >SYR asserted']);
});

test('"decline" refuses only something or to do something; else it falls', () => {
  assert.deepEqual(summary(run('The U.S. dollar would continue to decline in relation to the currencies of Taiwan.')), []);
  assert.deepEqual(summary(run('U.S. corn exports to Canada have been declining.')), []);
  assert.deepEqual(summary(run("Canada declined Russia's invitation.")), ['REJECT CAN>RUS asserted']);
  assert.deepEqual(summary(run('Canada declined to join the talks with Russia.')), ['REJECT CAN>RUS asserted']);
});

test('"meet" a quota, demand or requirements is no meeting', () => {
  assert.deepEqual(summary(run('Japanese and British securities houses have been expanding inventories of gilts to meet demand from investors.')), []);
  assert.deepEqual(summary(run('Kenya met Uganda in Nairobi on Monday.')), ['CONSULT KEN+UGA>KEN+UGA asserted']);
});
