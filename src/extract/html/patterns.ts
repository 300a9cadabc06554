// Name and text patterns that mark page furniture or the article body. Multilingual on purpose (EN/DE/FR/ES/IT…).
// Each regex is tested once per element on its lowercased `class id` string, or once per short block of text.

/** class/id names of furniture: comments, sharing, related links, ads, newsletters, navigation, footers. */
export const BOILERPLATE_NAME_RE = new RegExp(
  [
    'comment', 'kommentar', 'disqus', 'replies', 'reply',
    'footer', 'sidebar', 'side-bar', 'breadcrumb', 'bread-crumb', 'pagination', 'pager',
    'related', 'relacionad', 'correlat', 'verwandt', 'more-stories', 'more-articles', 'most-popular', 'mostpopular',
    'most-read', 'trending', 'recommend', 'empfehlung', 'read-more', 'readmore', 'weiterlesen', 'mehr-zum-thema',
    'share', 'sharing', 'social', 'sociable', 'compartir', 'partage', 'condivid', 'follow-us',
    'newsletter', 'subscribe', 'subscription', 'signup', 'sign-up', 'abonn', 'paywall', 'regwall',
    'cookie', 'consent', 'gdpr', 'popup', 'modal', 'overlay', 'lightbox', 'tooltip',
    'advert', 'werbung', 'anzeige', 'publicidad', 'publicite', 'sponsor', 'promo', 'outbrain', 'taboola',
    'criteo', 'adsbygoogle', 'ad-slot', 'adslot', 'ad-container', 'ad-wrapper', 'adwrap', 'ad-unit',
    'masthead', 'skip-link', 'skiplink', 'toolbar', 'rating', 'byline', 'author-bio', 'author-box',
    'authorbox', 'author-info', 'about-author', 'article-meta', 'entry-meta', 'post-meta', 'meta-data',
    'tags', 'tag-list', 'taglist', 'schlagw', 'keywords', 'print-only', 'visually-hidden', 'sr-only', 'screen-reader',
    'menu', 'navbar', 'navigation', 'subnav', 'topnav', 'mainnav', 'jump-link',
    'pagenav', 'post-nav', 'prev-next', 'teaser-list', 'banner', 'contact-form', 'login',
  ]
    // a dash inside an entry also matches "_" or nothing: "read-more" ~ "read_more" ~ "readmore"
    .map((s) => s.replace(/-/g, '[-_]?'))
    .join('|') +
    // short words only as whole class tokens, so that "head", "load", "nav" inside longer names do not match
    '|(?:^|[\\s_-])(?:ad|ads|nav|pub|tools|links|toc|rss|dfp|respond)(?:$|[\\s_-])',
);

/** class/id names that may contain the article despite a furniture word ("article-body with-sidebar"). */
export const CONTENT_NAME_RE = /article|artikel|body|content|main|story|entry|post|text|column|inhalt|contenido|contenu/;

/** class/id/itemprop names that point at the article body itself (trafilatura's BODY_XPATH, condensed). */
export const BODY_HINT_RE =
  /articlebody|article[-_]?(?:body|content|text|inner)|article__(?:body|content|text)|entry[-_]?content|post[-_]?(?:body|content|text|entry)|story[-_]?(?:body|content|text)|body[-_]?(?:text|copy)|field[-_]?body|rich[-_]?text|artikel[-_]?(?:text|inhalt|body)|news[-_]?(?:text|body|content)|main[-_]?text|fulltext|text[-_]?content/;

/** Short blocks that are furniture by their wording: calls to action, "read also" teasers, copyright lines. */
export const BOILERPLATE_TEXT_RE = new RegExp(
  '^(?:' +
    [
      'advertisement', 'advertising', 'anzeige', 'werbung', 'publicidad', 'publicité', 'pubblicità', 'sponsored',
      'read more', 'read also', 'see also', 'related', 'more on this', 'more from', 'recommended',
      'lesen sie auch', 'lesen sie mehr', 'mehr zum thema', 'auch interessant', 'das könnte sie auch interessieren',
      'weiterlesen', 'weitere artikel', 'mehr lesen',
      'lea también', 'lee también', 'leer más', 'ver también', 'te puede interesar', 'también te puede interesar',
      'lire aussi', 'à lire aussi', 'a lire aussi', 'voir aussi', 'lire la suite', 'leggi anche', 'leia também',
      'share this', 'share on', 'share:', 'teilen', 'jetzt teilen', 'compartir', 'partager',
      'follow us', 'folgen sie uns', 'sign up', 'subscribe', 'newsletter', 'abonnieren', 'jetzt abonnieren',
      'all rights reserved', 'alle rechte vorbehalten', 'todos los derechos reservados', 'tous droits réservés',
      'copyright', '©', '\\(c\\) ', 'click here', 'hier klicken', 'tags:', 'schlagwörter', 'themen:',
      'image:', 'photo:', 'foto:', 'bild:', 'quelle:', 'source:', 'getty images', 'loading',
    ]
      .map((s) => s.replace(/ /g, '\\s+'))
      .join('|') +
    ')',
  'i',
);
