// Wording of the notices a site shows about itself — cookie/consent banners, customer-service or subscription
// boxes, and prompts (paywall, app, newsletter, registration, donation, advertiser disclosure) — in English, German,
// French, Spanish, Italian, Portuguese, Dutch and Polish. A block of text that speaks this way
// is page furniture, never the article (notices.ts).
//
// Where the words come from:
// - consent: the purpose, feature and button names fixed by IAB Europe's Transparency & Consent Framework (TCF
//   v2 policy, Appendix A, and its official translations), which every TCF consent banner must show ("Store and/or
//   access information on a device", "Use precise geolocation data", "Accept all", "Manage options"); the ePrivacy
//   cookie-notice formula ("This website uses cookies to…", "By continuing to browse…") and the default texts of
//   the common open-source cookie-notice plugins ("Privacy Overview", "Necessary cookies").
// - service: the section names of newspaper service pages (customer service, subscriber services, e-edition,
//   delivery, billing, advertising, contact), as the national newspaper associations' style guides and the
//   newspapers' own "Service" menus name them in each language.
// - prompts: the fixed wording of paywall, app-store, newsletter and registration prompts (the app stores' badge
//   texts "Download on the App Store" / "Get it on Google Play", the paywall formula "to continue reading… already a
//   subscriber?") and the advertiser-disclosure sentence of the FTC endorsement guides ("we may receive
//   compensation"), with their usual translations; and the archive notices that news archives and wikis put on old
//   articles ("This article has been archived and is no longer being updated").
// Phrases are lower case, matched on the block's lower-cased text with single spaces; a '*' entry would be a
// mistake (no wildcards). "strong" phrases are site speech no article uses ("we use cookies", "privacy overview");
// "weak" phrases are topic words that articles use too ("personal data", "customer service"), which count only in
// numbers (see settings NOTICE_*).

export interface NoticeLexicon {
  strong: readonly string[];
  weak: readonly string[];
}

export const CONSENT: NoticeLexicon = {
  strong: [
    // en
    'we use cookies', 'this website uses cookies', 'this site uses cookies', 'our website uses cookies',
    'our site uses cookies', 'uses cookies to improve your experience', 'we and our partners', 'we and our vendors',
    'privacy overview', 'accept all cookies', 'reject all cookies', 'accept cookies', 'cookie settings',
    'cookie preferences', 'manage cookies', 'manage consent', 'manage your consent', 'manage preferences',
    'store and/or access information on a device', 'personalised ads and content', 'personalized ads and content',
    'ad and content measurement', 'audience insights and product development', 'use precise geolocation data',
    'actively scan device characteristics', 'by continuing to browse', 'by continuing to use this',
    'by clicking "accept', 'by clicking accept', 'you consent to our use of cookies', 'you agree to our use of cookies',
    'necessary cookies are absolutely essential', 'strictly necessary cookies', 'you can change your cookie',
    'withdraw your consent at any time', 'legitimate interest at any time',
    // de
    'wir verwenden cookies', 'wir nutzen cookies', 'diese website verwendet cookies', 'diese webseite verwendet cookies',
    'diese website nutzt cookies', 'wir und unsere partner', 'cookie-einstellungen', 'alle cookies akzeptieren',
    'alle akzeptieren', 'alle ablehnen', 'informationen auf einem gerät speichern', 'auf informationen auf einem gerät zugreifen',
    'personalisierte anzeigen und inhalte', 'einwilligung jederzeit widerrufen', 'ihre einwilligung', 'zustimmung verwalten',
    // fr
    'nous utilisons des cookies', 'ce site utilise des cookies', 'ce site web utilise des cookies', 'nous et nos partenaires',
    'accepter les cookies', 'accepter et fermer', 'tout accepter', 'tout refuser', 'paramétrer les cookies',
    'gérer les cookies', 'gérer mes choix', 'gérer les préférences', 'stocker et/ou accéder à des informations sur un appareil',
    'publicités et contenu personnalisés', 'en poursuivant votre navigation', 'retirer votre consentement',
    // es
    'utilizamos cookies', 'usamos cookies', 'este sitio web utiliza cookies', 'este sitio utiliza cookies',
    'esta web utiliza cookies', 'nosotros y nuestros socios', 'aceptar todas', 'rechazar todas', 'aceptar cookies',
    'configuración de cookies', 'configurar cookies', 'almacenar o acceder a información en un dispositivo',
    'anuncios y contenido personalizados', 'si continúa navegando', 'si continúas navegando', 'retirar su consentimiento',
    // it
    'utilizziamo i cookie', 'questo sito utilizza cookie', 'questo sito usa cookie', 'noi e i nostri partner',
    'accetta tutti', 'rifiuta tutti', 'gestisci le preferenze', 'archiviare e/o accedere a informazioni su un dispositivo',
    // pt
    'utilizamos cookies', 'este site utiliza cookies', 'este site usa cookies', 'nós e os nossos parceiros',
    'aceitar todos', 'rejeitar todos',
    // nl
    'wij gebruiken cookies', 'we gebruiken cookies', 'deze website gebruikt cookies', 'wij en onze partners',
    'alle cookies accepteren', 'alles accepteren',
    // pl
    'korzystamy z cookies', 'korzystamy z plików cookies', 'korzystamy z plików cookie', 'używamy plików cookies',
    'używamy plików cookie', 'ta strona używa plików cookies', 'ta strona używa cookies', 'ta strona korzysta z plików cookie',
    'ustawienia plików cookie', 'akceptuję wszystkie', 'zaakceptuj wszystkie', 'my i nasi partnerzy',
  ],
  weak: [
    'cookies', 'cookie policy', 'cookie-richtlinie', 'politique de cookies', 'política de cookies',
    'privacy policy', 'datenschutzerklärung', 'politique de confidentialité', 'política de privacidad',
    'consent', 'einwilligung', 'consentement', 'consentimiento', 'consenso',
    'polityka prywatności', 'polityka cookies', 'zgoda', 'zgody', 'dane osobowe',
    'legitimate interest', 'berechtigtes interesse', 'intérêt légitime', 'interés legítimo',
    'personal data', 'personenbezogene daten', 'données personnelles', 'datos personales', 'dati personali',
    'partners', 'partner', 'partenaires', 'socios', 'vendors',
    'opt out', 'opt-out', 'preferences', 'einstellungen', 'préférences', 'preferencias',
    'browsing experience', 'third-party', 'drittanbieter', 'tiers', 'terceros', 'analytics', 'your device',
    'accept', 'akzeptieren', 'accepter', 'aceptar', 'reject', 'ablehnen', 'refuser', 'rechazar',
  ],
};

export const SERVICE: NoticeLexicon = {
  strong: [
    // en
    'subscriber services', 'customer service center', 'manage your subscription', 'manage your account',
    'manage my subscription', 'manage my account', 'start a subscription', 'subscribe to the print edition',
    'report a delivery issue', 'delivery issues', 'missed delivery', 'vacation hold', 'pay your bill',
    'update your payment', 'place an ad', 'place a classified ad', 'advertise with us', 'submit a news tip',
    'submit an obituary', 'submit a letter to the editor', 'contact the newsroom', 'e-edition',
    // de
    'leserservice', 'aboservice', 'abo-service', 'kundenservice', 'ihr abonnement', 'abo verwalten', 'abo kündigen',
    'zustellung reklamieren', 'zustellprobleme', 'urlaubsservice', 'anzeige aufgeben', 'traueranzeige aufgeben',
    'leserbrief schreiben', 'e-paper lesen',
    // fr
    'service abonnés', 'service client', 'espace abonné', 'gérer mon abonnement', 'gérer votre abonnement',
    'suspendre la livraison', 'déposer une annonce', 'publier un avis de décès', 'édition numérique',
    // es
    'atención al suscriptor', 'atención al cliente', 'servicio al cliente', 'gestionar mi suscripción',
    'gestiona tu suscripción', 'publicar un anuncio', 'publicar una esquela', 'edición impresa', 'edición digital',
    // it
    'servizio clienti', 'gestisci abbonamento', 'il tuo abbonamento', 'edizione digitale',
    // pt
    'serviço ao assinante', 'atendimento ao assinante', 'central do assinante',
    // nl
    'klantenservice', 'abonneeservice', 'uw abonnement',
  ],
  weak: [
    'customer service', 'subscription', 'subscribe', 'subscriber', 'subscribers', 'account', 'billing', 'delivery',
    'print edition', 'digital edition', 'newsletter', 'contact us', 'call us', 'email us', 'hours', 'monday-friday',
    'mon-fri', 'advertise', 'advertising', 'classifieds', 'obituaries', 'newsroom', 'customer care', 'help center',
    'faq', 'abonnement', 'abo', 'abonnieren', 'kontakt', 'zustellung', 'impressum', 'mediadaten', 'anzeigen',
    'abonné', 'abonnez-vous', 'nous contacter', 'contactez-nous', 'livraison', 'publicité', 'suscripción',
    'suscríbete', 'suscriptores', 'contacto', 'contáctenos', 'publicidad', 'abbonamento', 'abbonati', 'contatti',
    'assinatura', 'assinante', 'contato', 'abonnement', 'bezorging',
  ],
};

export const PROMPTS: NoticeLexicon = {
  strong: [
    // en
    'download the app', 'download our app', 'get the app', 'apps for ios and android', 'for ios and android',
    'download on the app store', 'get it on google play', 'straight to your phone', 'stay up-to-date on',
    'sign up for our newsletter', 'subscribe to our newsletter', 'get our newsletter', 'sign up for our daily',
    'to continue reading', 'continue reading with', 'already a subscriber', 'subscribe to read', 'subscribe to continue',
    'support our journalism', 'support independent journalism', 'we may receive compensation', 'we may earn a commission',
    'contains references to products from', 'contains affiliate links', 'advertising policy',
    // archive notices of news archives and wikis ("This article has been archived…")
    'this article has been archived', 'this story has been archived', 'this page has been archived',
    'this article is archived', 'this story is archived', 'this page is archived',
    'no longer publicly editable', 'is no longer being updated',
    // de
    'jetzt registrieren', 'kostenlos registrieren', 'newsletter abonnieren', 'zum newsletter anmelden',
    'melden sie sich für unseren newsletter', 'bereits abonnent', 'jetzt weiterlesen', 'weiterlesen mit',
    'itunes und google play', 'app store und google play', 'nichts mehr versäumen', 'nichts mehr verpassen',
    'exklusive angebote', 'unterstützen sie unabhängigen journalismus', 'enthält affiliate-links', 'erhalten wir eine provision',
    // fr
    'pour lire la suite', 'accéder en illimité', 'accédez en illimité', 'déjà abonné', 'téléchargez l\'application',
    'téléchargez notre application', 'inscrivez-vous à notre newsletter', 'abonnez-vous à notre newsletter',
    'soutenez notre journalisme', 'cet article est réservé aux abonnés',
    // es
    'para seguir leyendo', 'para continuar leyendo', 'ya eres suscriptor', 'descarga la app', 'descarga nuestra app',
    'suscríbete a nuestro boletín', 'suscríbete a nuestra newsletter', 'apoya nuestro periodismo', 'este contenido es exclusivo para suscriptores',
    // it
    'per continuare a leggere', 'sei già abbonato', 'scarica l\'app', 'iscriviti alla newsletter', 'iscriviti alla nostra newsletter',
    // pt
    'para continuar lendo', 'já é assinante', 'baixe o app', 'baixe o aplicativo', 'assine nossa newsletter',
    // pl
    'wesprzyj nas', 'przekaż nam 1%', 'zapisz się do newslettera', 'pobierz aplikację', 'czytaj dalej w',
  ],
  weak: [
    'app', 'ios', 'android', 'newsletter', 'subscribe', 'subscription', 'register', 'sign up', 'log in', 'donate',
    'donation', 'compensation', 'affiliate', 'advertisers', 'registrieren', 'anmelden', 'abonnieren', 'angebote',
    'spenden', 'abonnez-vous', 'abonnement', 'suscríbete', 'regístrate', 'iscriviti', 'abbonati', 'darowizna',
    'darowizną', 'podatku',
  ],
};
