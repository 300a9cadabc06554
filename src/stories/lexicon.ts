// Word lists of the stories layer.

/** English closed-class words (articles, pronouns, auxiliaries, prepositions, conjunctions, determiners), plus the
 *  reporting verb "said/says": left out of story term vectors because every story has them. Closed class, written
 *  from a grammar, not mined from a dev set. */
export const STOPWORDS = new Set(
  `a an the this that these those there here some any each every all both either neither no not nor
  i me my mine we us our ours you your yours he him his she her hers it its they them their theirs who whom whose
  which what whoever whatever where when why how than then so such too very just also only even
  am is are was were be been being have has had having do does did doing will would shall should can could may
  might must ought of in on at by for with about against between into through during before after above below to
  from up down out off over under again further once and but or if because as until while since though although
  unless whether yet said says say told according mr mrs ms dr one two its it's s t`
    .split(/\s+/)
    .filter(Boolean),
);

/** Cues that the text names the outlet it was copied from, each followed by that outlet's name ("first published
 *  in The Conversation", "originally published by ProPublica", "via Reuters"). From the wording of syndication
 *  and repost credits (wire-service and Creative Commons republishing guidelines), not from dev articles. */
export const CREDIT_CUES_BEFORE_NAME = [
  'this article was first published in',
  'this article was first published on',
  'this article was first published by',
  'this article was originally published in',
  'this article was originally published on',
  'this article was originally published by',
  'this story was originally published by',
  'this story was originally published in',
  'this story first appeared in',
  'this story first appeared on',
  'this article first appeared in',
  'this article first appeared on',
  'first published in',
  'first published on',
  'first published by',
  'originally published in',
  'originally published on',
  'originally published by',
  'originally appeared in',
  'originally appeared on',
  'republished from',
  'reprinted from',
  'reprinted with permission from',
  'source:',
  'via',
];

/** Anchor texts of a link to the original of a repost ("Source link" at the foot of an aggregator's copy); the
 *  link's host is then the credited outlet. Same provenance as above. */
export const CREDIT_LINK_TEXTS = ['source link', 'source', 'original article', 'read the original article', 'original story', 'read more at', 'read the full story'];

/** English number words up to twenty and the tens, read as the figures they stand for ("three killed" meets
 *  "3 dead"). Closed class, from a grammar. */
export const NUMBER_WORDS: ReadonlyMap<string, string> = new Map(
  `one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen
  nineteen twenty`
    .split(/\s+/)
    .filter(Boolean)
    .map((w, i) => [w, String(i + 1)] as [string, string])
    .concat(['thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map((w, i) => [w, String(30 + 10 * i)])),
);
