// Words a date line may carry besides its date (they are data, not rules). Sources: the labels that the common
// CMS and news themes print next to an article's date (WordPress "Posted on", Drupal "Submitted on", wire and
// newspaper templates "Published"/"Updated"/"Last modified"), in English and, for the label words, the same labels
// in German, French, Spanish, Italian, Portuguese and Dutch; the time-zone abbreviations used in US, UK, European
// and Asian news bylines; and the "reading time" note that themes print beside the date.

/** A label that makes the date after it the first publication date. Matched on lower-cased text. */
export const PUBLISHED_LABEL_RE =
  /(?<!\p{L})(?:first published|originally published|published|written|publication date|date published|posted|released|issued|submitted|created|date|veröffentlicht|publié|publicado|pubblicato|gepubliceerd)(?!\p{L})/u;

/** A label that makes the date after it an update, not the first publication. Matched on lower-cased text. */
export const UPDATED_LABEL_RE =
  /(?<!\p{L})(?:last updated|updated|last modified|modified|edited|revised|aktualisiert|mis à jour|actualizado|aggiornato|atualizado|bijgewerkt)(?!\p{L})/u;

/** Small words that join a label, a byline or a place to the date ("Posted by … on …", "Feb 7 at 3 p.m."). */
export const DATELINE_JOINERS: ReadonlySet<string> = new Set([
  'on', 'at', 'by', 'and', 'of', 'the', 'a', 'from', 'first', 'last', 'originally',
  // the same joiners in the other languages of the labels ("am", "le", "par", "von", "por", "door", "di")
  'am', 'le', 'el', 'il', 'op', 'à', 'um', 'par', 'von', 'por', 'door', 'di', 'de', 'du', 'del', 'em',
  // reading-time notes printed beside the date ("5 min read")
  'min', 'mins', 'minute', 'minutes', 'read', 'reading', 'time', 'comments', 'comment',
]);

/** Time-zone abbreviations (upper case as printed; "ET" and "PT" as US papers write them). */
export const ZONE_WORDS: ReadonlySet<string> = new Set([
  'UTC', 'GMT', 'Z', 'ET', 'CT', 'MT', 'PT', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'AKST', 'HST',
  'BST', 'IST', 'CET', 'CEST', 'EET', 'EEST', 'WET', 'WEST', 'MSK', 'GST', 'PKT', 'JST', 'KST', 'HKT', 'SGT',
  'AEST', 'AEDT', 'ACST', 'AWST', 'NZST', 'NZDT', 'SAST', 'WAT', 'EAT', 'CAT', 'MEZ', 'MESZ',
]);

/** Weekday names (full and short), which a date line often starts with. Matched on lower-cased words. */
export const WEEKDAY_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
]);

/** Words of a feed's relative time stamp ("3 hours ago"): such a line dates another item, seen at crawl time. */
export const TEASER_WORDS: ReadonlySet<string> = new Set(['ago', 'vor', 'hace', 'há', 'geleden']);

/** Words counted by a number beside a date: reading time ("5 min read") and comment counts ("4 Comments"). */
export const COUNT_NOTE_WORDS: readonly string[] = [
  'min', 'mins', 'minutes?', 'comments?', 'kommentare?', 'commentaires?', 'comentarios?', 'reacties', 'responses', 'replies',
];

/** "By" in a byline, in English and the other languages of the labels above ("Ein Artikel von …", "par …"). */
export const BYLINE_WORD_RE = /(?<!\p{L})(?:by|von|par|por|door|di)(?!\p{L})/iu;
