// Name and text patterns that mark page furniture or the article body. Multilingual on purpose (EN/DE/FR/ES/IT…).
// Each regex is tested once per element on its lowercased `class id` string, or once per short block of text.
// Where the words come from:
// - class/id names: the vocabulary of trafilatura's XPath sets (BODY_XPATH, COMMENTS_XPATH, the discard XPaths of
//   its settings) and of Readability.js's unlikelyCandidates / positive / negative patterns, with their German,
//   French, Spanish and Italian counterparts, and the class names the common ad and recommendation vendors
//   (outbrain, taboola, criteo, adsbygoogle) and table-of-contents plugins put on their boxes;
// - text labels: the interface labels of news and blog pages — advertisement markers, "read also" teasers,
//   share/print buttons, date and update labels, copyright lines, picture and table labels, contact and source
//   headings — and the first and second person pronouns of the closed word classes of each language. They are
//   labels a page shows on many articles, never a phrase of one article. Longer word lists live in lexicon/.

/** class/id names of furniture: comments, sharing, related links, ads, newsletters, navigation, footers. */
export const BOILERPLATE_NAME_RE = new RegExp(
  [
    'footer', 'sidebar', 'side-bar', 'breadcrumb', 'bread-crumb', 'pagination', 'pager',
    'related', 'relacionad', 'correlat', 'verwandt', 'more-stories', 'more-articles', 'most-popular', 'mostpopular',
    'most-read', 'trending', 'recommend', 'empfehlung', 'read-more', 'readmore', 'weiterlesen', 'mehr-zum-thema',
    'share', 'sharing', 'social', 'sociable', 'compartir', 'partage', 'condivid', 'follow-us',
    'newsletter', 'subscribe', 'subscription', 'signup', 'sign-up', 'abonn',
    'cookie', 'consent', 'gdpr', 'popup', 'modal', 'overlay', 'lightbox', 'tooltip',
    'advert', 'werbung', 'anzeige', 'publicidad', 'publicite', 'sponsor', 'promo(?!ted)', 'outbrain', 'taboola',
    'criteo', 'adsbygoogle', 'ad-slot', 'adslot', 'ad-container', 'ad-wrapper', 'adwrap', 'ad-unit',
    'masthead', 'skip-link', 'skiplink', 'toolbar', 'rating', 'caption', 'credit', 'byline', 'author-bio', 'author-box',
    'authorbox', 'author-info', 'about-author', 'article-meta', 'entry-meta', 'post-meta', 'meta-data',
    'tag-list', 'taglist', 'schlagw', 'keywords', 'print-only', 'visually-hidden', 'sr-only', 'screen-reader',
    'menu', 'navbar', 'navbox', 'navigation', 'subnav', 'topnav', 'mainnav', 'jump-link',
    'pagenav', 'post-nav', 'prev-next', 'teaser-list', 'banner', 'contact-form', 'login',
  ]
    // a dash inside an entry also matches "_" or nothing: "read-more" ~ "read_more" ~ "readmore"
    .map((s) => s.replace(/-/g, '[-_]?'))
    .join('|') +
    // short words only as whole class tokens, so that "head", "load", "nav" inside longer names do not match
    '|(?:^|[\\s_-])(?:ad|ads|nav|pub|tools|links|rss|dfp|respond)(?:$|[\\s_-])|(?:^|\\s)(?:toc|toc[-_](?:container|list|wrapper|widget)|ez-toc\\S*|table-of-contents)(?:$|\\s)|(?:^|[\\s_-])tags?(?:$|[\\s_-])',
);

/** class tokens that state a property of the page or post rather than name the element ("has-sidebar",
 *  "enable-share", WordPress "tag-…"/"category-…"); furniture words inside them do not count. */
export const STATE_TOKEN_RE =
  /(?:^|[\s_-])(?:has|with|no|enable|enabled|disable|disabled|show|is)[-_]|(?:^|\s)(?:tag|category|cat|single|template|page-template|postid|format)[-_]/;

/** class/id names of reader comments: furniture that is never a wrapper of the article, however long. */
export const COMMENTS_NAME_RE =
  /(?:^|[\s_-])(?:comment(?!ed|ary|ator)|kommentar|disqus|dsq-)|(?:^|\s)(?:respond|repl(?:y|ies))/;

/** class/id/itemprop names that point at the article body itself (trafilatura's BODY_XPATH, condensed). */
export const BODY_HINT_RE =
  /articlebody|article[-_]?(?:body|content|text|inner)|article__(?:body|content|text)|entry[-_]?content|post[-_]?(?:body|content|text|entry)|story[-_]?(?:body|content|text)|body[-_]?(?:text|copy)|field[-_]?body|rich[-_]?text|artikel[-_]?(?:text|inhalt|body)|news[-_]?(?:text|body|content)|main[-_]?text|fulltext|text[-_]?content/;

/** class/id names of a lead paragraph (standfirst, deck, summary) that may sit outside the body's box. */
export const LEAD_NAME_RE =
  /lead|intro|teaser|excerpt|summary|deck|standfirst|chapo|chapeau|sub-?title|sub-?head|abstract|kicker|strapline|vorspann|einleitung|bajada|sumario|entradilla|description/;

/** Short blocks that are furniture by their wording: calls to action, "read also" teasers, copyright lines. */
export const BOILERPLATE_TEXT_RE = new RegExp(
  '^(?:' +
    [
      'advertisement', 'advertising', 'anzeige', 'werbung', 'publicidad', 'publicité', 'pubblicità', 'sponsored',
      'read more', 'read also', 'see also', 'related', 'more on this', 'more from', 'recommended',
      'lesen sie auch', 'lesen sie mehr', 'mehr zum thema', 'auch interessant',
      '(?:das )?(?:thema )?könnte (?:sie|dich) auch interessieren',
      'explore further', 'share\\s*$', 'teilen\\s*$', 'print\\s*$', 'drucken\\s*$', 'rezept drucken',
      'weiterlesen', 'weitere artikel', 'mehr lesen',
      'lea también', 'lee también', 'leer más', 'ver también', 'te puede interesar', 'también te puede interesar',
      'lire aussi', 'à lire aussi', 'a lire aussi', 'voir aussi', 'lire la suite', 'leggi anche', 'leia também',
      'zobacz także', 'zobacz też', 'czytaj także', 'czytaj też', 'przeczytaj także',
      'published', 'updated', 'pubblicato', 'publié le', 'mis à jour', 'publicado', 'actualizado', 'veröffentlicht am',
      'aktualisiert am', 'stand:',
      'share this', 'share on', 'share:', 'jetzt teilen', 'compartir', 'partager',
      'follow us', 'folgen sie uns', 'sign up', 'subscribe', 'newsletter', 'abonnieren', 'jetzt abonnieren',
      'all rights reserved', 'alle rechte vorbehalten', 'todos los derechos reservados', 'tous droits réservés',
      'copyright', '©', '\\(c\\) ', 'click here', 'hier klicken', 'tags:', 'schlagwörter', 'themen:',
      'image:', 'photo:', 'foto:', 'bild:', 'quelle:', 'source:', 'getty images', 'loading', 'credits?:',
      'abbildung \\d', 'abb\\. ?\\d', 'figure \\d', 'fig\\. ?\\d', 'bild \\d', 'grafik:', 'telefon:', 'tel\\.:', 'e-mail:',
      'inhaltsverzeichnis', 'table of contents', 'zuletzt aktualisiert', 'last updated', 'ultima modifica',
    ]
      .map((s) => s.replace(/ /g, '\\s+'))
      .join('|') +
    ')',
  'i',
);

/** Calls to action anywhere in a short block: subscribe, follow us, download the app, share, rate this article.
 *  Reporting uses these words too ("continued to sign up subscribers"), so a block must also address the reader
 *  (READER_ADDRESS_RE) or be a mere line. */
export const CALL_TO_ACTION_RE = new RegExp(
  [
    '\\bsubscribe\\b', '\\bsubscribers?\\b', 'newsletter', 'sign up', 'log in to', 'follow us',
    'follow (?:the )?\\S+ on (?:twitter|facebook|instagram)',
    'download (?:the|our) app', 'our (?:app|apps|youtube|telegram|whatsapp)', 'was this (?:article|page) helpful',
    'abonnieren sie', 'jetzt abonnieren', 'registrieren sie', 'jetzt registrieren', 'folgen sie uns',
    'war (?:der|dieser) artikel', 'gefällt (?:dir|ihnen) (?:der|dieser|unser)', 'teilen sie', 'jetzt teilen',
    'unterstütze uns', 'unterstützen sie uns', 'suscr[ií]b', 'síguenos', 'únete', 'nuestro canal', 'descarga (?:la|nuestra) app',
    'abonnez', 'inscrivez', 'suivez-nous', 'iscriviti', 'seguici',
  ].join('|'),
  'i',
);

/** Words that address the reader or speak for the site: "you", "our", "Sie", "dein", "nuestro"… */
export const READER_ADDRESS_RE =
  /\b(?:you|your|our|we|sie|ihr|ihre|ihnen|du|dein|deine|dir|dich|uns|unser|unsere|wir|vous|votre|nous|notre|usted|tu|tus|te|nuestro|nuestra|nuestros)\b/i;

/** A label that opens the end matter of an article (contact, sources, about the author, related reading): late in
 *  the body, it and what follows are cut. */
export const END_MATTER_RE = new RegExp(
  '^(?:' +
    [
      'kontakt', 'pressekontakt', 'medienkontakt', 'ansprechpartner(?:in)?', 'contact', 'media contact', 'press contact',
      'weitere informationen', 'mehr informationen', 'further information', 'more information', 'informations? complémentaires?',
      'quellen(?:angaben)?', 'quelle', 'sources?', 'references', 'einzelnachweise', 'fuentes?',
      'über den autor', 'über die autorin', 'zum autor', 'zur autorin', 'about the author', 'sobre el autor', "à propos de l'auteur",
      'bildnachweis', 'bildquellen?', 'image credits?', 'photo credits?', 'credits',
      'mehr zum thema', 'das könnte sie auch interessieren', 'das könnte dich auch interessieren', 'auch interessant',
      'weitere artikel', 'lesen sie auch', 'lies auch', 'you may also like', 'you might also like', 'related (?:articles|stories|posts)',
      'more stories', 'more (?:in|from|on|about) \\S.*', 'mehr (?:aus|zum|zur|von) \\S.*', 'recommended', 'read more', 'noticias relacionadas', 'te puede interesar', 'à lire aussi', 'sur le même sujet',
    ].join('|') +
    ')\\s*:?$',
  'i',
);
