import { test } from 'node:test';
import assert from 'node:assert/strict';
import { outletCandidates, outletFromUrl, pickOutlet, tidyName } from './outlet.js';
import { domainLabels } from './title.js';

const names = (line: string) => outletCandidates(line).map((c) => c.name);

test('clutter lines that name the outlet', () => {
  assert.deepEqual(names('The Daily Sabah Newsletter'), ['Daily Sabah']);
  assert.deepEqual(names('© 2026 Harbour Times. All rights reserved.'), ['Harbour Times']);
  assert.deepEqual(names('Copyright © 2000-2026 GlobalSecurity.org All rights reserved.'), ['GlobalSecurity.org']);
  assert.deepEqual(names('© 2025 by the Center for Strategic and International Studies. All rights reserved.'), ['Center for Strategic and International Studies']);
  assert.deepEqual(names('Follow AP’s coverage of the war at https://example.org'), ['AP']);
  assert.deepEqual(names('Follow Harbour Times on Telegram'), ['Harbour Times']);
  assert.deepEqual(names('Subscribe to The Valley Courier'), ['Valley Courier']);
  assert.deepEqual(names('Subscribe to our free daily newsletter.'), []);
  assert.deepEqual(names('Published daily by the Lowy Institute'), ['Lowy Institute']);
});

test('names are tidied; generic words are not names', () => {
  assert.equal(tidyName('The Guardian'), 'The Guardian');
  assert.equal(tidyName('the New York Times.'), 'New York Times');
  assert.equal(tidyName('our'), null);
  assert.equal(tidyName('newsletter'), null);
  assert.equal(tidyName('a very long phrase that is surely not the name of any outlet'), null);
});

test('picking: agreement with the domain wins, then weight, then order', () => {
  const labels = domainLabels('https://www.harbourtimes.example/a');
  assert.equal(pickOutlet([{ name: 'Bennett Media', weight: 3 }, { name: 'Harbour Times', weight: 1 }], labels), 'Harbour Times');
  assert.equal(pickOutlet([{ name: 'Alpha', weight: 1 }, { name: 'Beta', weight: 2 }], []), 'Beta');
  assert.equal(pickOutlet([], []), null);
  assert.equal(outletFromUrl('https://www.reuters.com/world/x'), 'reuters.com');
  assert.equal(outletFromUrl(undefined), null);
});
