import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseTitle, stripSite } from './title.js';
import { key } from './text.js';

const sites = (...names: string[]) => names.map(key);

test('stripSite: known site names at either end, sections after strong separators', () => {
  assert.equal(stripSite('How to Build a Terrarium | eHow', sites('ehow')), 'How to Build a Terrarium');
  assert.equal(stripSite('Headline here | Politics | The Paper', sites('The Paper')), 'Headline here');
  assert.equal(stripSite('The Paper: Headline', sites('The Paper')), 'The Paper: Headline');
  assert.equal(stripSite('Pluralsight Tech Blog | Managing Python Environments', sites('pluralsight')), 'Managing Python Environments');
  assert.equal(stripSite('海外留学生看两会：出国前后关注点大不同_教育频道_中国青年网', []), '海外留学生看两会：出国前后关注点大不同');
  assert.equal(stripSite('Pferdesport definitiv bei Olympia 2028 dabei -', []), 'Pferdesport definitiv bei Olympia 2028 dabei');
});

test('stripSite: dashes inside headlines stay unless the part is clearly a site name', () => {
  assert.equal(stripSite('Minecraft 1.8 - The Bountiful Update', []), 'Minecraft 1.8 - The Bountiful Update');
  assert.equal(stripSite('How we designed ATF - an async task framework', []), 'How we designed ATF - an async task framework');
  assert.equal(stripSite('Samantha and The Great Big Lie - Medium', []), 'Samantha and The Great Big Lie');
  assert.equal(stripSite('Samantha and The Great Big Lie - Medium', [], false), 'Samantha and The Great Big Lie - Medium');
  assert.equal(stripSite('Welpen kaufen – Tipps zu jeder Hunderasse', sites('welpenkaufen24')), 'Welpen kaufen – Tipps zu jeder Hunderasse');
});

test('chooseTitle: agreement between sources decides; JSON-LD description-as-headline loses', () => {
  const none = { jsonLd: null, jsonLdName: null, og: null, twitter: null, itemprop: null, meta: null, title: null, h1: [] as string[] };
  assert.equal(chooseTitle({ ...none, jsonLd: 'Wikimedia list article', jsonLdName: 'List of films', title: 'List of films - Wikipedia' }, sites('wikipedia')),
    'List of films');
  assert.equal(chooseTitle({ ...none, title: 'Hund vertreibt Einbrecher – Zeugenaufruf – Hildesheimer Presse', h1: ['Hund vertreibt Einbrecher – Zeugenaufruf'] },
    sites('hildesheimer-presse')), 'Hund vertreibt Einbrecher – Zeugenaufruf');
  assert.equal(chooseTitle({ ...none, title: 'Evolve: Shared Mutable History — evolve extension for Mercurial', h1: ['evolve extension for Mercurial', 'Evolve: Shared Mutable History¶'] }, []),
    'Evolve: Shared Mutable History');
  assert.equal(chooseTitle({ ...none, h1: ['Only a heading'] }, []), 'Only a heading');
  assert.equal(chooseTitle(none, []), null);
});
