import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractText } from './index.js';
import { domainLabels, matchesDomain, splitSiteName, stripTitleJunk, titleKey, titleRepeat } from './title.js';

test('site names: pipes and spaced colons always, dashes only when the domain or the clutter names the site', () => {
  assert.deepEqual(splitSiteName('Talks end abruptly | TIME', []), { core: 'Talks end abruptly', site: 'TIME' });
  assert.deepEqual(splitSiteName('Law at breaking point, study finds | War crimes | The Guardian', []), {
    core: 'Law at breaking point, study finds', site: 'The Guardian',
  });
  assert.deepEqual(splitSiteName('U.S. gave a June deadline, Zelenskyy says  : NPR', []), { core: 'U.S. gave a June deadline, Zelenskyy says', site: 'NPR' });
  const labels = domainLabels('https://www.atlanticcouncil.org/blogs/x');
  assert.deepEqual(splitSiteName('Time to stop underestimating Ukraine - Atlantic Council', labels), {
    core: 'Time to stop underestimating Ukraine', site: 'Atlantic Council',
  });
  // Without a domain or a known name a dash stays part of the title.
  assert.deepEqual(splitSiteName('Ukraine war - live updates', []), { core: 'Ukraine war - live updates', site: null });
  assert.equal(splitSiteName('Visit Ukraine - Protection in Ireland after 2026', domainLabels('https://visitukraine.today/blog/1')).core, 'Protection in Ireland after 2026');
  assert.equal(splitSiteName('Storm hits coast - Valley Courier', [], ['Valley Courier']).site, 'Valley Courier');
});

test('domain matching', () => {
  assert.ok(matchesDomain('BBC News', domainLabels('https://www.bbc.com/news/a')));
  assert.ok(matchesDomain('House of Commons Library', domainLabels('https://commonslibrary.parliament.uk/x')));
  assert.ok(matchesDomain('European Civil Protection and Humanitarian Aid Operations', domainLabels('https://civil-protection-humanitarian-aid.ec.europa.eu/x')));
  assert.ok(!matchesDomain('Reuters', domainLabels('https://apnews.com/a')));
  assert.deepEqual(domainLabels('not a url'), []);
});

test('skip-link junk glued to a title line', () => {
  assert.equal(stripTitleJunk('A headline - Site Skip to main content'), 'A headline - Site');
  assert.equal(stripTitleJunk('Skip to main contentSkip to navigation'), '');
});

test('title repeats: whole, with a site tail, as a prefix of a longer line, and not for a sentence that starts alike', () => {
  const keys = [titleKey('Port strike enters second week')];
  assert.deepEqual(titleRepeat('Port strike enters second week', keys), { kind: 'whole' });
  assert.deepEqual(titleRepeat('Port Strike Enters Second Week - Coastal Herald Skip to main content', keys), { kind: 'whole' });
  assert.deepEqual(titleRepeat('Port strike enters second week Dock workers want higher night pay, the union said.', keys), {
    kind: 'prefix', rest: 'Dock workers want higher night pay, the union said.',
  });
  assert.equal(titleRepeat('Port strike enters second week as talks stall and dock workers vow to stay out until pay rises, union says.', keys), null);
  assert.equal(titleRepeat('Dock workers stay out.', keys), null);
});

test('a dash tail the text names again is the site name', () => {
  const text = [
    'Winter strikes leave the city without heat - Harbour Institute',
    '',
    'Engineers restored power to three districts overnight after a drone strike damaged a substation.',
    '',
    'Jane Roe is editor of the Harbour Institute’s energy service.',
  ].join('\n');
  assert.equal(extractText(text).title, 'Winter strikes leave the city without heat');
  const notNamed = text.replace('the Harbour Institute’s energy service', 'the energy service');
  assert.equal(extractText(notNamed).title, 'Winter strikes leave the city without heat - Harbour Institute');
});

test('a title whose dash tail is a site name with a slogan: the name is the outlet, the slogan goes too', () => {
  const text = [
    'Harbour ferry fares rise for the first time in a decade - Harbour Post, the paper you can trust',
    '',
    'Menu',
    '',
    'Harbour Post readers can write to the letters page.',
    '',
    'Ferry fares across the harbour will rise by ten cents next month, the port authority said on Monday, the first increase since 2015.',
    '',
    'The authority said the rise would pay for two new boats, and that season tickets would keep their price until the spring.',
  ].join('\n');
  const a = extractText(text);
  assert.equal(a.title, 'Harbour ferry fares rise for the first time in a decade');
  assert.equal(a.outlet, 'Harbour Post');
});

test('a site tagline under the masthead leaves the body; a lead that names the site stays', () => {
  const page = (lead: string) =>
    [
      'Harbour ferry fares rise for the first time in a decade - Harbour Post, the paper you can trust',
      '',
      'Home',
      '',
      'Harbour ferry fares rise for the first time in a decade',
      '',
      'From Harbour Post, the paper you can trust!',
      '',
      lead,
      '',
      'The authority said the rise would pay for two new boats, and that season tickets would keep their price until the spring.',
    ].join('\n');
  const plain = extractText(page('Ferry fares across the harbour will rise by ten cents next month, the port authority said on Monday.'));
  assert.ok(!plain.text.includes('the paper you can trust'), plain.text);
  assert.ok(plain.text.startsWith('Ferry fares across the harbour'));
  const named = 'Ferry fares across the harbour will rise by ten cents next month, the port authority told Harbour Post on Monday.';
  assert.ok(extractText(page(named)).text.startsWith(named));
});
