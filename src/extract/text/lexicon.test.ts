import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchBoilerplate, matchKey } from './lexicon.js';

const kind = (line: string) => matchBoilerplate(matchKey(line), line.split(/\s+/).length);

test('clutter in its several forms', () => {
  assert.equal(kind('Source link'), 'label');
  assert.equal(kind('Leave a Reply'), 'comment-header');
  assert.equal(kind('12 Comments'), 'comment-header');
  assert.equal(kind('[ 167 comments ]'), 'comment-header');
  assert.equal(kind('34 responses to “Harbour road closed”'), 'comment-header');
  assert.equal(kind('Jane Roe and John Doe contributed to this report.'), 'contributor');
  assert.equal(kind('Additional reporting by Jane Roe in Lviv'), 'contributor');
  assert.equal(kind('The views expressed here are solely those of the author and do not reflect the views of the institute.'), 'disclaimer');
  assert.equal(kind('We and our partners process data for the following purposes: analytics, personalised ads'), 'privacy');
  assert.equal(kind('RADIO AUDIO: Harbour talks end without a deal'), 'media-label');
  assert.equal(kind('Mail   Facebook   Twitter / X   LinkedIn'), 'navigation');
  assert.equal(kind('Your email address will not be published. Required fields are marked *'), 'comments');
  assert.equal(kind('Enable Notifications OK No thanks'), 'notifications');
  assert.equal(kind('This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.'), 'captcha');
  assert.equal(kind('Please enable JavaScript in your browser to complete this form.'), 'browser');
  assert.equal(kind('The Harbour Times Newsletter'), 'newsletter');
  assert.equal(kind('The Morning Brief newsletter is your essential guide to the day. Sign up here.'), 'newsletter');
  assert.equal(kind('Skip to main contentSkip to navigation'), 'navigation');
  assert.equal(kind('Home :: World :: Europe ::'), 'navigation');
  assert.equal(kind('Read more: Storm closes harbour road'), 'related');
  assert.equal(kind('Why the storm came so early Read more'), 'related');
  assert.equal(kind('list 2 of 4Why substations are hard to protect'), 'related');
  assert.equal(kind('15 minutes ago 15 mins ago Minister resigns'), 'related');
  assert.equal(kind('© 2026 Harbour Times'), 'copyright');
  assert.equal(kind('Scan the QR code to download the Harbour app.'), 'app');
});

test('cookie banners count at any length', () => {
  const banner = 'We use cookies to personalise content and ads, to provide social media features and to analyse our traffic. ' +
    'We also share information about your use of our site with our social media, advertising and analytics partners who may ' +
    'combine it with other information that you have provided to them or that they have collected from your use of their services.';
  assert.equal(kind(banner), 'cookies');
});

test('news sentences that share words with clutter are not clutter', () => {
  for (const s of [
    'The ministry said in its weekly newsletter that 2,000 volunteers had signed up.',
    'A court fined the retailer for placing tracking cookies without consent.',
    'Officials urged residents to sign up for the evacuation list before the weekend.',
    'Ukraine wants to become a member of the European Union by 2030.',
    'Terms were not disclosed.',
    'Privacy campaigners criticised the new surveillance law on Monday.',
    '“Help us keep the lights on,” the mayor told reporters.',
    'The attack happened three days ago, officials said.',
    'Kyiv will follow the talks closely, the minister said.',
  ]) assert.equal(kind(s), null, s);
});

test('the same interface strings in other languages', () => {
  assert.equal(kind('Publicidade'), 'label');
  assert.equal(kind('Комментарии'), 'comment-header');
  assert.equal(kind('Leia também'), 'related-header');
  assert.equal(kind('Lire aussi : La grève continue'), 'related');
  assert.equal(kind('© 2026 Harbour Zeitung. Alle Rechte vorbehalten.'), 'copyright');
  assert.equal(kind('Copyright 2010 Harbour. Todos os direitos reservados.'), 'copyright');
  assert.equal(kind('Nous utilisons des cookies pour améliorer votre expérience.'), 'cookies');
  assert.equal(kind('Le ministre a annoncé la réouverture du port lundi.'), null);
});

test('legal small print of footers', () => {
  assert.equal(kind('Harbour Phone and Harbour Pad are registered trademarks of Harbour Inc.'), 'legal');
  assert.equal(kind('*These statements have not been evaluated by the Food and Drug Administration.'), 'legal');
  assert.equal(kind('The regulator said the company had infringed trademarks held by a rival.'), null);
});

test('newsletter widget strings', () => {
  assert.equal(kind('I agree that Harbour Sports can send me the "Morning Whistle" newsletter.'), 'newsletter');
  assert.equal(kind('Please check the opt-in box to acknowledge that you would like to subscribe.'), 'newsletter');
  assert.equal(kind('Thanks for signing up!'), 'newsletter');
});

test('newsletter prompts in several wordings', () => {
  assert.equal(kind('Let our news meet your inbox. The stories that matter, delivered weekday mornings.'), 'newsletter');
  assert.equal(kind('Breaking News Emails'), 'newsletter');
});

test('comment guidelines, reuse notices and counters', () => {
  assert.equal(kind('When submitting content, please abide by our submission guidelines and avoid personal attacks.'), 'comment-header');
  assert.equal(kind('This document is subject to copyright. No part may be reproduced without written permission.'), 'copyright');
  assert.equal(kind('445 shares'), 'label');
  assert.equal(kind('Citation: Harbour reopens (2026, January 5) retrieved 6 January 2026'), 'postmeta');
});

test('share buttons, bracketed related links, media labels', () => {
  assert.equal(kind('Share to LinkedIn LinkedInShare to Facebook FacebookShare to Email Email'), 'share');
  assert.equal(kind('[Related: Harbour reopens after the storm]'), 'related');
  assert.equal(kind('Image copyright Getty Images'), 'media');
  assert.equal(kind('Listen to Harbour Radio live at 12:45 weekdays - or listen back here.'), 'media');
});

test('contact lines, affiliate disclosures, follow prompts, letters invitations', () => {
  assert.equal(kind('Have a tip? Jane Roe may be reached at jroe@example.org.'), 'contributor');
  assert.equal(kind('If you click on one and make a purchase we may receive a small commission.'), 'affiliate');
  assert.equal(kind('Her book is out now. Follow her on Twitter @janeroe.'), 'follow');
  assert.equal(kind('Follow The Harbour Times Opinion section on Facebook and Instagram.'), 'follow');
  assert.equal(kind('We’d like to hear what you think about this or any of our articles.'), 'comments');
  assert.equal(kind('Also: See our winter storm coverage'), 'related');
  assert.equal(kind('The minister can be reached for comment only through her office, aides said.'), null);
});

test('reviews sections, reuse notices, gallery positions', () => {
  assert.equal(kind('Отзывы'), 'comment-header');
  assert.equal(kind('The material on this site may not be reproduced without prior written permission.'), 'copyright');
  assert.equal(kind('Image 2 of 7'), 'media');
  assert.equal(kind('Tweet'), 'label');
});

test('words that comment policies share with news are not end markers', () => {
  assert.equal(kind('The senator condemned the personal attacks on his family during the campaign.'), null);
  assert.equal(kind('The platform said its community guidelines ban hate speech and threats of violence.'), null);
  assert.equal(kind('As you comment, please be respectful of other commenters and other viewpoints.'), 'comment-header');
});
