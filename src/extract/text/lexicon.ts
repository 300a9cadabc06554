// Boilerplate phrase lexicon for scraped news text, in three forms:
//  1. whole-line labels ("Source link", "Leave a Reply", "Read more", "Advertisement");
//  2. lines made only of navigation/share words ("Mail Facebook Twitter / X LinkedIn");
//  3. phrases inside a line (newsletter boxes, cookie consent, comment forms, notification prompts…).
// Phrases are "weak" (only on lines up to LEXICON_MAX_WORDS words: a long body paragraph may mention a
// newsletter) or "strong" (wording no article uses: "Your email address will not be published").
// Every pattern is matched against matchKey(line): lower case, straight quotes, single spaces.
// Regexes are written without nested quantifiers, so matching stays linear in the line length.
import { MONTH_WORDS, WEEKDAY_WORDS } from '../../doc/english.js';
import { INTL_COMMENT_LABELS, INTL_LABELS, INTL_PHRASES, INTL_RELATED_LABELS } from './lexicon-intl.js';
import { LEXICON_MAX_WORDS } from './settings.js';

export interface Phrase {
  kind: string;
  re: RegExp;
  /** Counts on lines of any length. */
  strong?: boolean;
  /** Counts only on lines up to this many words (default LEXICON_MAX_WORDS). */
  maxWords?: number;
  /** Does not count on lines this matches (a reported sentence that borrows the wording). */
  unless?: RegExp;
}

/** Lower case, straight quotes, unified dashes, single spaces: the form every pattern is written for. */
export function matchKey(line: string): string {
  // One pass over the characters that need replacing (this runs on every line, several times).
  return line.toLowerCase().replace(KEY_CHARS_RE, (c) => KEY_CHAR_MAP[c] ?? ' ').trim();
}

const KEY_CHARS_RE = /[\u2018\u2019\u201a\u2032\u201c\u201d\u201e\u2033\u2013\u2014\u2212]|\s{2,}|[\t\n\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/g;
const KEY_CHAR_MAP: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u2033': '"',
  '\u2013': '-', '\u2014': '-', '\u2212': '-',
};

/** Whole-line labels (compared after stripping surrounding punctuation and a count like "12 comments"). */
const LABELS = [
  'home', 'menu', 'search', 'close', 'open', 'share', 'share this', 'share this article', 'share this story',
  'share article', 'share story', 'email', 'e-mail', 'print', 'comment', 'comments', 'reply', 'address', 'name',
  'website', 'email address', 'advertisement', 'advertising', 'ad', 'sponsored', 'sponsored content',
  'skip', 'skip ad', 'loading', 'related', 'related articles', 'related stories', 'related content',
  'related coverage', 'related topics', 'related news', 'related posts', 'more', 'more stories', 'more news',
  'read more', 'see more', 'show more', 'load more', 'view more', 'read next', 'most read', 'most popular',
  'most viewed', 'trending', 'trending now', 'latest', 'latest news', 'latest stories', 'top stories',
  'recommended', 'recommended stories', 'topics', 'tags', 'sections', 'subscribe', 'subscribe now',
  'sign in', 'sign up', 'log in', 'login', 'log out', 'register', 'follow', 'follow us', 'back to top',
  'scroll to top', 'next', 'previous', 'next article', 'previous article', 'next story', 'previous story',
  'source link', 'source', 'leave a reply', 'leave a comment', 'cancel reply', 'post comment', 'submit',
  'continue reading', 'keep reading', 'listen', 'listen to this article', 'watch', 'play', 'pause', 'video',
  'photo', 'photos', 'image', 'gallery', 'copy link', 'link copied', 'copied', 'cookie settings', 'accept',
  'accept all', 'reject all', 'ok', 'got it', 'no thanks', 'toggle caption', 'hide caption', 'image caption',
  'caption', 'expand', 'collapse', 'advertisement - scroll to continue', 'story continues below advertisement',
  'article continues below', 'continue reading below', 'you might also like', 'you may also like',
  'also read', 'see also', 'editor\'s picks', 'editors\' picks', 'more from this author', 'about the author',
  'view comments', 'show comments', 'hide comments', 'join the conversation', 'newsletter', 'newsletters',
  'download', 'download the app', 'open in app', 'in this article', 'table of contents', 'contents',
  'featured', 'popular', 'explore', 'breaking', 'breaking news', 'live', 'live updates', 'updated',
  'shares', 'share', 'views', 'likes', 'explore further', 'further reading', 'report', 'embed', 'advert',
  'disclaimer', 'buffer', 'pin', 'pin it', 'tweet', 'view all', 'getty', 'getty images', 'shutterstock', 'istock', 'alamy',
];
const LABEL_SET = new Set([...LABELS, ...INTL_LABELS]);

/** Whole-line headers of a related-stories or teaser box (kind "related-header", a soft end marker). */
const RELATED_LABELS = new Set([
  'related', 'related articles', 'related stories', 'related content', 'related coverage', 'related news',
  'related posts', 'related reading', 'more stories', 'more news', 'more articles', 'read next', 'what to read next',
  'most read', 'most popular', 'most viewed', 'most shared', 'trending', 'trending now', 'trending stories',
  'latest', 'latest news', 'latest stories', 'latest articles', 'top stories', 'recommended', 'recommended stories',
  'recommended for you', 'recommended articles', 'you might also like', 'you may also like', 'you might like',
  "editor's picks", "editors' picks", 'editors picks', 'more from this author', 'more from the author', 'also read',
  'see also', 'popular', 'popular stories', 'popular posts', 'more like this', 'around the web', 'from the web',
  'more in this section', 'in case you missed it', "don't miss", 'must read', 'further reading',
  ...INTL_RELATED_LABELS,
]);

/** Whole-line headers of a comment section (kind "comment-header", an end marker). */
const COMMENT_LABELS = new Set([
  'comment', 'comments', 'leave a reply', 'leave a comment', 'post a comment', 'add a comment', 'view comments',
  'show comments', 'join the conversation', 'join the discussion', 'top rated comments', 'top comments',
  'view all comments', 'show all comments', 'all comments', 'reader comments', 'discussion', 'responses', 'replies',
  'conversation', 'comments are closed',
  ...INTL_COMMENT_LABELS,
]);

/** Words of share bars and menus; a line made only of them (and separators) is navigation. */
const NAV_WORDS = new Set([
  'facebook', 'twitter', 'x', 'linkedin', 'whatsapp', 'telegram', 'reddit', 'pinterest', 'instagram', 'youtube',
  'tiktok', 'flipboard', 'threads', 'bluesky', 'mastodon', 'email', 'e-mail', 'mail', 'print', 'share', 'copy',
  'link', 'url-copy', 'copied', 'comments', 'comment', 'save', 'bookmark', 'messenger', 'sms', 'rss', 'feed',
  'google', 'news', 'more', 'menu', 'search', 'home', 'close', 'subscribe', 'sign', 'in', 'log', 'login', 'up',
  'account', 'gift', 'article', 'listen', 'follow',
]);

/**
 * Kinds whose line, once enough of the body stands before it, ends the article: what follows a contributor
 * line, an author's disclaimer or a comment-section header is the page's tail (region.ts, cutAtEndMarker).
 */
export const END_KINDS: ReadonlySet<string> = new Set(['contributor', 'disclaimer', 'comments', 'comment-header', 'author-header']);
/** End kinds that end the body only when no two paragraphs follow them (a "Related" box may stand mid-story). */
export const SOFT_END_KINDS: ReadonlySet<string> = new Set(['related-header']);
/** End kinds that open the comment section: the body cannot reach past them, however long the comments are. */
export const COMMENT_KINDS: ReadonlySet<string> = new Set(['comments', 'comment-header']);

export const PHRASES: Phrase[] = [
  // Contributor and reporting credits at the end of wire and newspaper stories (AP, Reuters, AFP style books:
  // "X contributed to this report", "Additional reporting by", "Reporting by …; Editing by …").
  { kind: 'contributor', re: /\b(?:may|can) be reached at\b|\bhave a (?:news )?tip\?|\bif you have a news tip\b|\bcontributed (?:additional )?(?:reporting|research )?(?:to|for) this (?:report|article|story)\b|\bcontributed (?:additional )?reporting\b|^(?:additional|with) reporting (?:by|from)\b|^(?:reporting|writing|compiled) by\b.{0,120}\bediting by\b/, maxWords: 45 },
  // Opinion-page disclaimers.
  { kind: 'disclaimer', unless: /\b(?:said|says|told)\b/, re: /\b(?:views|opinions) expressed (?:in|by|here|above)\b.{0,80}\b(?:those of|do not|not necessarily|(?:are )?their own)\b|\bdo(?:es)? not necessarily (?:reflect|represent) the (?:views|opinions|position)\b/, strong: true },
  // Comment-section headers ("34 responses to …", "[ 167 comments ]", "blog comments powered by …").
  { kind: 'comment-header', re: /^\d+ (?:responses?|comments?|replies|thoughts) (?:to|on)\b|\bcomments (?:are )?powered by\b|^(?:top rated|most recent|newest|oldest) comments\b/, maxWords: 15 },
  { kind: 'comment-header', re: /\bour goal with (?:article )?comments\b|\bplease be respectful\b.{0,80}\bcomment|\b(?:commenting|comment|submission) (?:guidelines|policy)\b|\bas you comment\b/, maxWords: 80 },
  // Site rules for what readers post (not an end marker: an article may discuss a platform's rules).
  { kind: 'footer', re: /\bcommunity (?:guidelines|rules) apply\b/, maxWords: 30 },
  // A reader comment's signature line ("harbourfan says:", "Jane R. wrote:").
  { kind: 'comment-header', re: /^[^\s,]+(?: [^\s,]+){0,3} (?:says|said|wrote)\s?:$/, maxWords: 5 },
  // Newsletter and subscription boxes.
  { kind: 'newsletter', re: /^(?:the )?[\w&'.-]+(?: [\w&'.-]+){0,4} newsletters?$/ },
  { kind: 'newsletter', re: /\bnewsletters?\b.{0,80}\b(?:sign up|subscribe|inbox|delivered|every (?:morning|week|day)|weekdays|unsubscribe|essential guide|get (?:the|our))\b/ },
  { kind: 'newsletter', re: /\b(?:our|free|flagship) (?:daily |weekly )?newsletters?\b|\bthe best of our journalism\b/ },
  { kind: 'newsletter', re: /\bsign up (?:here|now|today|for (?:our|free|a free)|to (?:our|receive|get))\b|\bby signing up\b|^sign up\b/ },
  { kind: 'newsletter', re: /\bsubscribe (?:now|today|here|to (?:our|the|receive|get)|for (?:free|only|just))\b|^subscribe\b|\bsubscriber-only\b|\balready a subscriber\b|\bexclusively for \S+ subscribers\b/ },
  { kind: 'newsletter', re: /\bunsubscribe at any time\b|\byou can unsubscribe\b|\bi agree that .{0,60}\b(?:can|may) (?:send|email|contact) me\b|\bcheck the opt-in box\b|\berror processing your subscription\b/, strong: true },
  { kind: 'newsletter', re: /\byour inbox\b|\bdelivered (?:to you )?(?:weekday|every|each) (?:mornings?|evenings?|days?|weeks?|weekdays?)\b|\bbreaking news (?:alerts|emails|e-mails)\b|\bnews alerts\b/, maxWords: 25 },
  { kind: 'newsletter', re: /\bsuccessfully subscribed\b|\byou(?:'re| are| have been) (?:now )?subscribed\b|\bthanks? (?:you )?for (?:signing up|subscribing)\b|\bkeep an eye on your inbox\b|\bopt-in\b/, maxWords: 20 },
  { kind: 'newsletter', re: /\bkeep up to date with\b|\bstay (?:up to date|informed|in the know)\b|\bmailing list\b|\bin your inbox\b|\bstraight to your inbox\b|\benter your email\b|\bget (?:our|the) (?:stories|news|best|top)\b.{0,40}\b(?:email|inbox)\b/ },
  { kind: 'newsletter', re: /\bi have read,? understood and accept\b|\bi agree to receive\b/, strong: true },
  // Comment forms.
  { kind: 'comments', re: /\byour email address will not be published\b|\brequired fields are marked\b|\bleave a (?:reply|comment)\b|\bpost a comment\b|\bcomments? (?:are|is) closed\b|\bbe the first to comment\b|\bcommenting (?:policy|guidelines)\b|\bsave my name, email\b/, strong: true },
  // Notification prompts.
  { kind: 'notifications', re: /\benable (?:push )?notifications\b|\bturn on (?:push )?notifications\b|\ballow notifications\b|\bnotification-important\b|\bcurrently receiving \d+ of \d+\b|\bget instant alerts\b|\bbe the first to know when\b/, strong: true },
  { kind: 'notifications', re: /^no thanks\b|\bok no thanks\b|\bno thanks,? take me\b/, maxWords: 14 },
  // Scripts, browsers, forms, captchas, media players.
  { kind: 'browser', re: /\b(?:please )?enable javascript\b|\bjavascript (?:is )?(?:disabled|required|turned off)\b|\byour browser does not support\b|\b(?:update|upgrade) your browser\b|\bbrowser is (?:antiquated|outdated|no longer supported|not supported)\b|\bswitch to (?:chrome|firefox)\b/, strong: true },
  { kind: 'captcha', re: /\brecaptcha\b|\bgoogle privacy policy and terms of service apply\b|\bi'?m not a robot\b|\bdistinguish between humans and bots\b/, strong: true },
  { kind: 'browser', re: /\berror message (?:heading|content|info)\b|\bgoogle translate\b|\ban error occurred while processing\b|\bthis issue is preventing our website\b|make a text selection to add comments\b/, strong: true },
  { kind: 'media', re: /^image (?:copyright|caption|source)\b|^(?:image|photo|picture|slide) \d+ (?:of|\/)\b|^thanks for watching\b|\blisten (?:to \S+(?: \S+)? )?live\b|\blisten back\b/, maxWords: 20 },
  // A media insert's label ("AUDIO: …", "WATCH: …", "AP VIDEO: …").
  { kind: 'media-label', re: /^(?:[\w.'-]+ ){0,2}(?:audio|video|watch|listen|photos|gallery|podcast)\s?:/, maxWords: 30 },
  { kind: 'media', re: /\baudio element\b|\bvideo tag\b|\bhide caption\b|\btoggle caption\b|\bimage caption\b|^media caption|\bimage source,|\bplay video\b|\bwatch (?:the )?video\b|\blisten to (?:this|the) (?:article|story)\b|\bthis article has an audio recording\b|\bscroll carousel\b/ },
  // Cookie consent and privacy banners.
  { kind: 'cookies', re: /\b(?:we|this (?:site|website)|our (?:site|website|partners)) (?:and our \d* ?partners )?uses? cookies\b|\buse of cookies\b|\bcookies? (?:policy|settings|preferences|declaration|consent|notice)\b|\baccept (?:all |only )?(?:essential |necessary )?cookies\b|\ballow (?:all )?cookies\b|\b(?:necessary|essential|marketing|statistics|preference) cookies\b|\bmanage (?:your )?cookies\b|\bcookies or similar technologies\b|\bcookiebot\b|\bthis cookie is used\b/, strong: true },
  { kind: 'privacy', re: /\bdo not sell or share my personal information\b|\bby clicking\b.{0,60}\b(?:agree|accept)\b|\bwe value your privacy\b|\bglobal privacy control\b|\bsale, sharing or use of my personal information\b|\bsell or share your personal information\b/, strong: true },
  { kind: 'cookies', re: /\b(?:we|our|you|your|this (?:site|website))\b.{0,60}\bcookies?\b|\bcookies?\b.{0,60}\b(?:your (?:browser|device|preferences|consent|visit)|this (?:site|website)|our (?:site|website|systems))\b|\bthese cookies\b/, maxWords: 60 },
  // Consent-management banners (IAB TCF wording: "We and our partners process data for the following purposes").
  { kind: 'privacy', re: /\b(?:we|our|\d+) (?:and our (?:\d+ )?)?(?:partners|vendors) (?:may )?(?:process|store and\/or access|use) (?:personal |your )?(?:data|information)\b|\bprocess(?:es)? (?:personal )?data for the following purposes\b|\bprecise geolocation data\b|\bstore and\/or access information on a device\b/, strong: true },
  { kind: 'privacy', re: /\b(?:your|their) consent\b.{0,60}\b(?:partners|vendors|purposes)\b|\bprocess personal data\b|\bconsent preferences\b/, maxWords: 40 },
  { kind: 'privacy', re: /\b(?:our|read|review|accept|agree to|see|and) (?:the )?(?:privacy (?:policy|notice|statement|settings)|terms (?:of (?:use|service)|and conditions))\b/, maxWords: 30 },
  { kind: 'privacy', re: /^(?:privacy|terms|cookies|legal|imprint|impressum|accessibility|sitemap)(?: (?:policy|notice|of use|of service|settings|statement|and conditions|& conditions))?(?:\s*[·∙•|,/]|$)/, maxWords: 8 },
  // Navigation.
  { kind: 'navigation', re: /\bskip to (?:the )?(?:main )?(?:content|navigation|search|footer|main|article)/, strong: true },
  { kind: 'navigation', re: /^home ?(?:::|>|»|\/|›)|(?:::|›|»).{1,60}(?:::|›|»)/ },
  { kind: 'navigation', re: /\b(?:back|scroll) to top\b|\bshow me more content from\b|\bopen (?:in|the) app\b/ },
  // Related-article lists and teasers.
  { kind: 'related', re: /^\[(?:related|read more|see also|more)\b|^also\s?:|^read more|read more$|^learn more\b|^related(?: articles| stories| content| coverage| topics| news| reading| posts)?\s*:|^see also\b|^more (?:from|on|about|stories|news|coverage|in)\b|^(?:recommended|you (?:may|might) also like|most (?:read|popular|viewed|shared)|what to read next|trending|editor'?s'? picks?)\b|^continue reading\b|^(?:reading now|next up|up next)\b|^(?:previous|next) (?:article|story|post)\b|^list \d+ of \d+/ },
  { kind: 'related', re: /\b\d+ (?:mins?|minutes?|hrs?|hours?|secs?|seconds?) ago\b|^(?:yesterday|today) (?:yesterday|today)\b/ },
  // Share bars.
  { kind: 'share', re: /\bshare to (?:linkedin|facebook|twitter|x|email|whatsapp|reddit|more)\b|\bsharing buttons\b/, maxWords: 30 },
  { kind: 'share', re: /\bplease share (?:the|this) (?:link|article|story|page)\b|^share (?:this|on|via|the|article|story)\b|\bshare (?:on|via) (?:facebook|twitter|x|linkedin|whatsapp|email|telegram)\b|\bcopy link\b|\blink copied\b|\bshare this (?:article|story|page)\b/, maxWords: 15 },
  // Copyright and legal footers.
  { kind: 'copyright', re: /\bsubject to copyright\b|\bno part (?:of this \S+ )?may be reproduced\b|\b(?:material|content) on this (?:web)?site may not be reproduced\b/, strong: true },
  { kind: 'copyright', re: /©|\bcopyright @|\(c\) (?:\d{4}|copyright)|\bcopyright (?:\d{4}|©)|\ball rights reserved\b|\bcontent is licensed under\b/, maxWords: 30 },
  // Affiliate-link disclosures and reader-letter invitations.
  { kind: 'affiliate', re: /\bwe may (?:receive|earn|get) (?:a )?(?:small )?(?:commission|share of (?:the )?sales|affiliate)\b|\baffiliate (?:links?|commissions?|partnerships?)\b|\bif you (?:click|buy|make a purchase)\b.{0,80}\bcommission\b/, strong: true },
  { kind: 'comments', re: /\bletters to the editor\b.{0,80}\b(?:hear what you think|here are some tips)\b|\bwe'?d like to hear what you think\b/, strong: true },
  // Legal small print of site footers (trademark notices, the FDA's supplement disclaimer, site-content disclaimers).
  { kind: 'legal', re: /\bare (?:registered )?trademarks of\b|\bis a (?:registered )?trademark of\b|\bnot been evaluated by the food and drug administration\b|\bnot intended to diagnose, treat, cure\b|\b(?:the )?information (?:provided |contained )?on this (?:web)?site\b.{0,80}\b(?:informational|educational|general) purposes\b|\bfor (?:general )?informational purposes only\b/, strong: true },
  { kind: 'footer', re: /\bpage last (?:modified|updated)\b|\bsite maintained by\b|^advertise with us\b|\bsite map\b|\bcontact us\b.{0,40}\babout us\b|\babout us\b.{0,40}\bcontact us\b/ },
  // Apps, social follow prompts.
  { kind: 'app', re: /\bdownload (?:the|our) .{0,40}\bapp\b|\bscan the qr code\b|\b(?:available|get it|download it) (?:on|from) (?:the )?(?:app store|google play)\b/ },
  { kind: 'follow', re: /\bfollow (?:him|her|them|me) (?:on (?:twitter|x|facebook|instagram|linkedin|threads|bluesky)|@)|^follow (?:us|\S+(?: \S+){0,6} on (?:twitter|x|facebook|instagram|linkedin|telegram|youtube|tiktok|threads|bluesky|google news|whatsapp))\b|^follow \S+(?: \S+){0,3}'s coverage\b|\bfollow us on\b/ },
  // Donations, memberships, paywalls, accounts.
  { kind: 'support', re: /\bsupport (?:our|independent|mission-driven|quality|local) journalism\b|\bdonate (?:now|today)\b|\bmake a (?:donation|contribution) to us\b|^help us (?:fight|change|continue|keep|do)\b|\bbecome a (?:paid |free )?(?:subscriber|supporter|patron)\b|\bbecome a (?:paid|free) member\b|\breader-supported\b|\bpatreon\b|\bsponsor-free\b/ },
  // Donation appeals ("We do this work at no cost to you…", "Support X so we can continue…").
  { kind: 'support', re: /\bat no cost to you\b|\breaders like you\b|^support \S+(?: \S+)? (?:so (?:that )?we (?:can )?(?:continue|keep)|and make a difference)\b|\b(?:your|a) (?:small |one-time |monthly )?(?:donation|contribution|gift) (?:helps|keeps|makes|supports)\b/, maxWords: 60 },
  { kind: 'paywall', re: /\bbenefit of (?:a|your) .{0,30}subscription\b|\bunlock (?:unlimited )?access\b|\bcreate (?:a |your )?(?:free )?account\b|\b(?:log|sign) in (?:to|or)\b|\balready have an account\b|\bavailable (?:only )?to subscribers\b|\bverification code\b|\breset your password\b|\bforgot (?:your )?password\b|\bto continue reading\b|\bsubscribe to (?:read|continue)\b/ },
  { kind: 'click', re: /\bclick here\b|\btap here\b|^click (?:the|to)\b/, maxWords: 40 },
  { kind: 'ads', re: /^advertisement\b|^sponsored\b|\bad choices\b|\badvertise with us\b/ },
  // Agency and platform promos that stand as their own line.
  { kind: 'promo', re: /\bnews, data and analytics\b|\blearn more about ?refinitiv\b|\bthomson reuters trust principles\b|^our standards:/, strong: true },
  { kind: 'promo', re: /\bjoin us (?:at|for) (?:the |our )?.{0,60}\b(?:summit|conference|festival|forum|webinar|masterclass)\b.{0,300}\b(?:register|tickets|sign up|rsvp|apply)\b/, maxWords: 90 },
  { kind: 'promo', re: /\bjoin us at the .{0,60}\b(?:summit|conference|event|festival|forum)\b|\bregister (?:now|today|here)\b|\bget tickets\b/ },
  // Forms.
  { kind: 'form', re: /\bcomplete this form\b|\bprovided information is correct\b|\brequired field\b|^(?:first|last|full) name\b.{0,20}$/ },
  // Post metadata lines.
  { kind: 'postmeta', re: /^posted (?:on|by) .{0,60}$|^citation:|^word ?count:|^related tags\b|^(?:posted|filed) (?:in|under)\b|^tags?:|^topics?:|^categories:|^source link\b/ },
  ...INTL_PHRASES,
];

const COUNT_RE = /^\d+\s+/;
const EDGE_PUNCT_RE = /^[\s*•·|:>#_\-–—»›!([]+|[\s*•·|:<_\-–—»›.…)\]]+$/g;

/** Kind of boilerplate of a line (given as its matchKey and word count), or null. */
export function matchBoilerplate(key: string, words: number): string | null {
  const bare = key.replace(EDGE_PUNCT_RE, '');
  if (!bare) return null;
  const uncounted = bare.replace(COUNT_RE, '');
  if (COMMENT_LABELS.has(bare) || COMMENT_LABELS.has(uncounted)) return 'comment-header';
  if (RELATED_LABELS.has(bare)) return 'related-header';
  if (LABEL_SET.has(bare) || LABEL_SET.has(uncounted)) return 'label';
  if (isNavigationOnly(bare)) return 'navigation';
  for (const p of PHRASES) {
    const limit = p.strong ? Infinity : (p.maxWords ?? LEXICON_MAX_WORDS);
    if (words <= limit && p.re.test(key) && !p.unless?.test(key)) return p.kind;
  }
  return null;
}

/** A line made only of share/menu words and separators ("Mail   Facebook   Twitter / X   LinkedIn"). */
function isNavigationOnly(bare: string): boolean {
  const tokens = bare.split(/[\s|/·•,!]+/).filter(Boolean);
  if (tokens.length < 2) return false;
  return tokens.every((t) => NAV_WORDS.has(t));
}

/**
 * Role nouns of an author's bio line at the foot of an article ("Jane Doe is a senior correspondent at …",
 * "John Roe is editor of the … service"): the newsroom and think-tank job titles of the mastheads and staff
 * pages of English-language outlets (a closed class of titles, gathered by hand).
 */
export const BIO_ROLES: ReadonlySet<string> = new Set([
  'editor', 'editors', 'reporter', 'correspondent', 'writer', 'journalist', 'columnist', 'contributor', 'contributing',
  'freelance', 'freelancer', 'fellow', 'analyst', 'producer', 'author', 'researcher', 'professor', 'lecturer',
  'photographer', 'photojournalist', 'commentator', 'blogger', 'critic', 'intern', 'anchor', 'host', 'scholar',
  'economist', 'strategist', 'newsletter', 'bureau', 'desk', 'staff', 'novelist', 'historian', 'director',
]);

/**
 * Words of a date or time line ("Published Monday, Nov. 18, 2019 at 7:04 pm ET"): English month and weekday names
 * and their usual abbreviations, clock words, common time-zone abbreviations and date labels (a closed class).
 */
export const DATE_WORDS: ReadonlySet<string> = new Set([
  ...MONTH_WORDS, ...WEEKDAY_WORDS,
  'am', 'pm', 'a', 'p', 'm', 'at', 'on', 'of', 'the', 'ago', 'min', 'mins', 'minute', 'minutes', 'hour', 'hours', 'hr', 'hrs', 'day', 'days',
  'week', 'weeks', 'month', 'months', 'utc', 'gmt', 'et', 'est', 'edt', 'ct', 'cst', 'cdt', 'pt', 'pst', 'pdt', 'mt', 'bst', 'cet', 'cest', 'ist',
  'published', 'updated', 'posted', 'last', 'modified', 'date', 'time', 'today', 'yesterday',
]);

/**
 * Verbs of photo captions in the present tense, third person singular ("A woman sleeps…", "Zelensky speaks
 * during…"): the scene verbs of the AP and Reuters caption style guides (what a person in a picture does). Plural
 * forms and -s forms that double as plural nouns ("fires", "protests", "works") are left out. A one-sentence
 * paragraph led by one of them, with no reporting or past-tense verb, is a caption whose credit the scraper lost.
 */
export const CAPTION_VERBS: ReadonlySet<string> = new Set([
  'sleeps', 'stands', 'sits', 'walks', 'holds', 'speaks', 'takes', 'arrives', 'attends', 'gestures',
  'poses', 'prays', 'mourns', 'carries', 'rides', 'passes', 'listens', 'waits', 'watches', 'reacts',
  'inspects', 'rests', 'shelters', 'gathers', 'clears', 'removes', 'searches',
  'greets', 'embraces', 'hugs', 'kneels', 'smiles', 'lays', 'shakes', 'salutes',
  'warms', 'evacuates', 'extinguishes', 'patrols', 'drives', 'cleans',
  'examines',
]);
