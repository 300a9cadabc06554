// Closed classes of English that several layers read (extraction, times, amounts, quotes, events, entities):
// defined once here so that the layers agree.

/** Month names and their usual abbreviations (without the dot) → month number (1–12). */
export const MONTH_NUMBER: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};
/** The twelve month names in full, lower case, in calendar order. */
export const MONTH_NAMES: readonly string[] = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december'];
/** Every month word: full names and abbreviations, lower case. */
export const MONTH_WORDS: readonly string[] = Object.keys(MONTH_NUMBER);

/** Weekday names and their usual abbreviations → ISO weekday (Monday = 1 … Sunday = 7). */
export const WEEKDAY_NUMBER: Readonly<Record<string, number>> = {
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thur: 4, thurs: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};
/** The seven weekday names in full, lower case, Monday first. */
export const WEEKDAY_NAMES: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/** Every weekday word: full names and abbreviations, lower case. */
export const WEEKDAY_WORDS: readonly string[] = Object.keys(WEEKDAY_NUMBER);

/** Subordinating conjunctions: words that open a clause of condition, time, reason or concession ("if", "until",
 *  "because", "although"), lower case. */
export const SUBORDINATORS: ReadonlySet<string> = new Set(['if', 'unless', 'until', 'till', 'when', 'whenever', 'as', 'because',
  'since', 'after', 'before', 'while', 'whereas', 'although', 'though', 'once', 'whether']);

/** Relative pronouns that open a clause on a noun ("a lawyer who…", "the plan that…"), lower case. */
export const RELATIVE_WORDS: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which', 'that']);

/** Personal pronouns in the object case, lower case ("told me", "show you how"). */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['me', 'us', 'him', 'her', 'them', 'it', 'you']);

/** Possessive determiners, lower case. */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** Dash characters: hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus. */
export const DASHES = '-\u2010\u2011\u2012\u2013\u2014\u2015\u2212';

/** Quotation mark characters, straight and curly, single and double (and the backtick some feeds use). */
export const QUOTE_MARK_CHARS = '"\u201c\u201d\'\u2018\u2019`';

/** A quotation mark token: one quotation mark character. */
export const isQuoteMark = (w: string): boolean => w.length === 1 && QUOTE_MARK_CHARS.includes(w);

/** A dash token: one dash character, or a typed double hyphen. */
export const isDash = (w: string): boolean => w === '--' || (w.length === 1 && DASHES.includes(w));

/** Compass words of a position ("southeast of Borova", "the outskirts of Kyiv"): what follows "of" is a place. */
export const DIRECTIONS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'outskirts']);

/** Last words of administrative divisions ("Kharkiv Oblast", "Konakovo Raion", "Orange County"): English and
 *  transliterated division names, closed class. Not "City" ("Manchester City" is a team). */
export const DIVISION_WORDS: ReadonlySet<string> = new Set(['oblast', 'oblasts', 'raion', 'krai', 'okrug', 'province',
  'governorate', 'prefecture', 'county', 'district', 'voivodeship', 'canton', 'municipality', 'region', 'township',
  'parish']);

/** Words after which "of" names a place: the compass words and the nouns of settlements, areas and islands ("the
 *  settlements of Kopanka and Terni", "the town of Gorazde", "the islands of Bonaire, St Eustatius and Saba"). Closed
 *  class of English. */
export const PLACE_OF_HEADS: ReadonlySet<string> = new Set([...DIRECTIONS, 'settlement', 'settlements', 'village', 'villages',
  'town', 'towns', 'city', 'cities', 'area', 'areas', 'district', 'region', 'suburb', 'suburbs', 'outskirts', 'vicinity',
  'island', 'islands', 'archipelago', 'province', 'provinces', 'municipality', 'hamlet', 'borough', 'neighborhood',
  'neighbourhood']);

/** Titles abbreviated before a name, AP style ("Gov. Mike DeWine", "Sen. Jane Roe"), lower case without their dot →
 *  the word they stand for: an abbreviated title has its word's sector, and "the governor" later refers to the "Gov.".
 *  Closed class (AP Stylebook's titles). */
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([['gov', 'governor'], ['sen', 'senator'],
  ['rep', 'representative'], ['gen', 'general'], ['lt', 'lieutenant'], ['col', 'colonel'], ['maj', 'major'],
  ['sgt', 'sergeant'], ['capt', 'captain'], ['cpl', 'corporal'], ['pvt', 'private'], ['adm', 'admiral'],
  ['cmdr', 'commander'], ['supt', 'superintendent'], ['det', 'detective'], ['insp', 'inspector'], ['amb', 'ambassador'],
  ['prof', 'professor'], ['rev', 'reverend'], ['pres', 'president'], ['atty', 'attorney'], ['brig', 'brigadier']]);

/** Small words a title or a name leaves in lower case after its first word ("Bypassing the Blockade", "War and Peace",
 *  "University of Michigan"). */
export const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from']);

/** Irregular past participles of English verbs (those of the usual school lists whose participle does not end in
 *  "-ed"): with the "-ed" forms, the participles that make a passive ("is known for", "is understood to have…"). */
export const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set([
  'become', 'begun', 'brought', 'built', 'cast', 'chosen', 'come', 'done', 'drawn', 'felt', 'forecast', 'foreseen',
  'found', 'given', 'gone', 'got', 'gotten', 'heard', 'held', 'hit', 'kept', 'known', 'laid', 'led', 'left', 'let',
  'lost', 'made', 'meant', 'met', 'overseen', 'paid', 'put', 'read', 'run', 'said', 'seen', 'sent', 'set', 'shown',
  'sought', 'spent', 'split', 'spoken', 'spread', 'stood', 'struck', 'stuck', 'taken', 'taught', 'thought', 'told',
  'understood', 'upset', 'withdrawn', 'won', 'written',
]);
