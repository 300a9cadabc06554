// Site notices (cookie/consent banners, customer-service and subscription boxes) never win as the body and never
// stay in it. The pages are made up; the notices carry no class names, so only their wording can give them away.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from './index.js';
import { isNotice } from './notices.js';

const ARTICLE = [
  'The village school will reopen on Monday after the roof was repaired over the summer holidays.',
  'Parents had collected signatures for months, and the county finally paid for the new tiles in June.',
];
const article = `<div class="story">${ARTICLE.map((p) => `<p>${p}</p>`).join('')}</div>`;
const page = (...parts: string[]): string =>
  `<html><head><title>School reopens</title></head><body><h1>School reopens</h1>${parts.join('')}</body></html>`;
const box = (paras: string[]): string => `<div class="box">${paras.map((p) => `<p>${p}</p>`).join('')}</div>`;

const NOTICES: Record<string, string[]> = {
  en: [
    'Privacy Overview. This website uses cookies to improve your experience while you navigate through the website. Out of these, the cookies that are categorized as necessary are stored on your browser as they are essential for the working of basic functionalities of the website.',
    'We also use third-party cookies that help us analyze and understand how you use this website. These cookies will be stored in your browser only with your consent. You also have the option to opt-out of these cookies.',
    'We and our partners process data to provide: Store and/or access information on a device. Personalised ads and content, ad and content measurement, audience insights and product development.',
  ],
  de: [
    'Wir und unsere Partner verwenden Technologien wie Cookies und verarbeiten personenbezogene Daten wie IP-Adressen, um Inhalte und Anzeigen zu personalisieren und Zugriffe auf unsere Website zu analysieren.',
    'Sie können Ihre Einwilligung jederzeit widerrufen oder Ihre Auswahl in den Cookie-Einstellungen am Ende der Seite anpassen. Mit einem Klick auf „Alle akzeptieren“ stimmen Sie der Verarbeitung zu.',
  ],
  fr: [
    'Nous et nos partenaires utilisons des cookies pour stocker et/ou accéder à des informations sur un appareil, afin de vous proposer des publicités et contenu personnalisés et de mesurer l’audience.',
    'Vous pouvez retirer votre consentement à tout moment en cliquant sur « Paramétrer les cookies » en bas de page, ou cliquer sur « Tout accepter » pour continuer votre lecture.',
  ],
  es: [
    'Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrarle publicidad relacionada con sus preferencias mediante el análisis de sus hábitos de navegación.',
    'Si continúa navegando, consideramos que acepta su uso. Puede cambiar la configuración de cookies u obtener más información en nuestra política de cookies.',
  ],
};

for (const [lang, notice] of Object.entries(NOTICES)) {
  test(`a cookie notice (${lang}) longer than a short article is never its body`, () => {
    for (const order of [[box(notice), article], [article, box(notice)]]) {
      const r = extractHtml(page(...order));
      for (const p of ARTICLE) assert.ok(r.text.includes(p), `${lang}: article lost`);
      for (const p of notice) assert.ok(!r.text.includes(p.slice(0, 40)), `${lang}: notice kept: ${p.slice(0, 40)}`);
    }
  });
}

test('a cookie notice inside the article box is dropped from the body', () => {
  const inside = `<div class="story"><p>${ARTICLE[0]}</p><p>${NOTICES.en[0]}</p><p>${ARTICLE[1]}</p></div>`;
  const r = extractHtml(page(inside));
  assert.equal(r.text, ARTICLE.join('\n\n'));
});

const SERVICE = [
  'Customer Service: Questions about your subscription, billing or delivery? Call us Monday-Friday from 7 a.m. to 5 p.m. or email us any time.',
  'Subscriber services: manage your account, report a delivery issue, put your paper on vacation hold or read the e-edition of today’s print edition.',
  'Advertise with us: place an ad in print or online, submit an obituary, or contact the newsroom with a news tip.',
];

test('a newspaper customer-service box is never chosen over a short article', () => {
  for (const order of [[box(SERVICE), article], [article, box(SERVICE)]]) {
    const r = extractHtml(page(...order));
    assert.equal(r.text, ARTICLE.join('\n\n'));
  }
});

test('articles about privacy, cookies or subscriptions are not notices', () => {
  for (const text of [
    'The regulator said the company had processed personal data without consent and shared it with advertising partners.',
    'She baked three trays of cookies for the fair, and the children sold them all before noon.',
    'The airline said customer service staff would handle delivery of lost bags and billing complaints.',
    'Streaming services lost subscribers this quarter, and the company said it would raise the price of its plans.',
  ]) {
    assert.equal(isNotice(text), false, text);
  }
  for (const notice of [...Object.values(NOTICES).flat(), ...SERVICE]) assert.equal(isNotice(notice), true, notice);
});

const PROMPTS = [
  'Get the latest news straight to your phone: download our app for iOS and Android.',
  'Sign up for our newsletter and stay up-to-date on our work.',
  'Pour lire la suite de cet article, abonnez-vous. Déjà abonné ? Connectez-vous.',
  'Jetzt registrieren',
  'Para seguir leyendo, suscríbete a nuestra newsletter.',
  'This post contains references to products from our advertisers. We may receive compensation when you click.',
];

test('paywall, app, newsletter and registration prompts inside the article are dropped', () => {
  const inside = `<div class="story"><p>${ARTICLE[0]}</p>${PROMPTS.map((p) => `<p>${p}</p>`).join('')}<p>${ARTICLE[1]}</p></div>`;
  assert.equal(extractHtml(page(inside)).text, ARTICLE.join('\n\n'));
  for (const p of PROMPTS) assert.equal(isNotice(p), true, p);
  assert.equal(isNotice('The company said its app had been downloaded a million times on iOS and Android phones.'), false);
});

test('an archive notice on an old article is site speech; an article about archives is not', () => {
  assert.equal(
    isNotice('This page is archived, and is no longer publicly editable. Articles presented here reflect the time at which they were written and do not attempt to cover what became known after their publication.'),
    true,
  );
  assert.equal(isNotice('The national library said its newspaper archive would be open to the public from March, after ten years of work.'), false);
});
