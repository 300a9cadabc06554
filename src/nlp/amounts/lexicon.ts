// Words of the amounts layer: number words, scales, currencies, units, and the contexts that make a number
// something else (a date, a label, a pronoun). Keys are lower-case unless said otherwise.
import { MONTH_WORDS } from '../../doc/english.js';

export const UNIT_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19,
};
export const TENS_WORDS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** Multipliers written as words after a number ("two hundred", "5 million"); dozen only after words or "a". */
export const SCALE_WORDS: Record<string, number> = {
  dozen: 12, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
};
/** Scales written after digits, Reuters and press style ("5 mln", "1.2bn", "3 lakh"). */
export const DIGIT_SCALES: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, mln: 1e6, mn: 1e6, mio: 1e6, billion: 1e9, bln: 1e9, bn: 1e9,
  trillion: 1e12, trln: 1e12, tn: 1e12, crore: 1e7, lakh: 1e5,
};
/** One-letter scales, glued to digits and only after a currency ("$5m", "€90b", "$50k"); else "m" is metres. */
export const CURRENCY_ONLY_SCALES: Record<string, number> = { m: 1e6, b: 1e9, k: 1e3, M: 1e6, B: 1e9, K: 1e3 };

/** Currency signs written before the number. Longest first matters: "US$" before "$". */
export const CURRENCY_SIGNS: Record<string, string> = {
  'US$': 'USD', 'U.S.$': 'USD', 'C$': 'CAD', 'CA$': 'CAD', 'A$': 'AUD', 'AU$': 'AUD', 'HK$': 'HKD', 'NZ$': 'NZD',
  'S$': 'SGD', 'R$': 'BRL', 'NT$': 'TWD', $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₽': 'RUB', '₴': 'UAH',
  '₹': 'INR', '₩': 'KRW', '₺': 'TRY', '₪': 'ILS', 'Rs.': 'INR', Rs: 'INR',
};

/** ISO 4217 codes recognised before or after a number ("USD 5 million", "5 mln EUR"). Upper-case only. */
export const ISO_CURRENCIES = new Set([
  'USD', 'EUR', 'GBP', 'JPY', 'CHF', 'CNY', 'RMB', 'RUB', 'UAH', 'CAD', 'AUD', 'NZD', 'INR', 'KRW', 'TRY', 'PLN',
  'SEK', 'NOK', 'DKK', 'HKD', 'SGD', 'BRL', 'MXN', 'ZAR', 'SAR', 'AED', 'ILS', 'CZK', 'HUF', 'RON', 'BGN', 'KZT',
  'BYN', 'GEL', 'TWD', 'THB', 'IDR', 'MYR', 'PHP', 'EGP', 'NGN', 'QAR', 'KWD', 'IRR', 'PKR', 'ARS', 'CLP', 'COP',
]);
export const ISO_ALIASES: Record<string, string> = { RMB: 'CNY' };
/** Codes read before any number; the others (COP, PHP, TRY, GEL… also acronyms) only before a scaled one ("COP 26"). */
export const COMMON_ISO_CURRENCIES = new Set(['USD', 'EUR', 'GBP', 'JPY', 'CHF', 'CNY', 'RMB', 'RUB', 'UAH', 'CAD', 'AUD', 'INR', 'PLN', 'SEK', 'NOK', 'DKK', 'HKD', 'SGD']);

/** Currency words after a number; the value is the ISO code when no country adjective says otherwise. */
export const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', dlr: 'USD', dlrs: 'USD', euro: 'EUR', euros: 'EUR', sterling: 'GBP', stg: 'GBP',
  yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', ruble: 'RUB', rubles: 'RUB', rouble: 'RUB', roubles: 'RUB',
  hryvnia: 'UAH', hryvnias: 'UAH', hryvnya: 'UAH', hryvnyas: 'UAH', hryvni: 'UAH', franc: 'CHF', francs: 'CHF',
  mark: 'DEM', marks: 'DEM', 'd-mark': 'DEM', 'd-marks': 'DEM', 'deutsche marks': 'DEM', guilder: 'NLG',
  guilders: 'NLG', lira: 'TRY', lire: 'ITL', peseta: 'ESP', pesetas: 'ESP', escudo: 'PTE', escudos: 'PTE',
  schilling: 'ATS', schillings: 'ATS', drachma: 'GRD', drachmas: 'GRD', crown: 'SEK', crowns: 'SEK', krona: 'SEK',
  kronor: 'SEK', krone: 'DKK', kroner: 'DKK', rand: 'ZAR', rupee: 'INR', rupees: 'INR', peso: 'MXN', pesos: 'MXN',
  won: 'KRW', zloty: 'PLN', zlotys: 'PLN', zlotych: 'PLN', forint: 'HUF', forints: 'HUF', shekel: 'ILS',
  shekels: 'ILS', riyal: 'SAR', riyals: 'SAR', dirham: 'AED', dirhams: 'AED', baht: 'THB', ringgit: 'MYR',
  rupiah: 'IDR', naira: 'NGN', lari: 'GEL', tenge: 'KZT', cruzado: 'BRC', cruzados: 'BRC', real: 'BRL', reais: 'BRL',
  'pounds sterling': 'GBP', 'pound sterling': 'GBP',
};
/** Currency words that are also common English words: only read after a scale or a country adjective. */
export const AMBIGUOUS_CURRENCY_WORDS = new Set(['mark', 'marks', 'crown', 'crowns', 'won', 'real', 'rand', 'franc']);

/** Country adjectives before a currency word ("Canadian dlrs", "Swiss francs"): adjective → word → ISO code. */
export const CURRENCY_ADJECTIVES: Record<string, Record<string, string>> = {
  'u.s.': { dollar: 'USD' }, us: { dollar: 'USD' }, american: { dollar: 'USD' },
  canadian: { dollar: 'CAD' }, australian: { dollar: 'AUD' }, 'new zealand': { dollar: 'NZD' },
  'hong kong': { dollar: 'HKD' }, singapore: { dollar: 'SGD' }, taiwan: { dollar: 'TWD' },
  swiss: { franc: 'CHF' }, french: { franc: 'FRF' }, belgian: { franc: 'BEF' }, luxembourg: { franc: 'LUF' },
  swedish: { crown: 'SEK' }, danish: { crown: 'DKK' }, norwegian: { crown: 'NOK' }, czech: { crown: 'CZK' },
  mexican: { peso: 'MXN' }, philippine: { peso: 'PHP' }, argentine: { peso: 'ARS' }, chilean: { peso: 'CLP' },
  colombian: { peso: 'COP' }, turkish: { lira: 'TRY' }, italian: { lira: 'ITL' }, indian: { rupee: 'INR' },
  pakistani: { rupee: 'PKR' }, 'south african': { rand: 'ZAR' }, japanese: { yen: 'JPY' },
  chinese: { yuan: 'CNY' }, russian: { ruble: 'RUB' }, ukrainian: { hryvnia: 'UAH' }, british: { pound: 'GBP' },
  egyptian: { pound: 'EGP' }, irish: { pound: 'IEP' }, 'west german': { mark: 'DEM' }, german: { mark: 'DEM' },
  deutsche: { mark: 'DEM' }, brazilian: { real: 'BRL' }, dutch: { guilder: 'NLG' }, saudi: { riyal: 'SAR' },
};
/** Singular stem of a currency word, to look it up under an adjective. */
export function currencyStem(word: string): string {
  const w = word.toLowerCase();
  if (w === 'dlr' || w === 'dlrs' || w === 'dollars') return 'dollar';
  if (w === 'lire') return 'lira';
  if (w === 'kronor' || w === 'krona' || w === 'krone' || w === 'kroner' || w === 'crowns') return 'crown';
  if (w === 'rubles' || w === 'rouble' || w === 'roubles') return 'ruble';
  if (w === 'hryvnias' || w === 'hryvnya' || w === 'hryvnyas' || w === 'hryvni') return 'hryvnia';
  if (w === 'reais') return 'real';
  return w.endsWith('s') ? w.slice(0, -1) : w;
}

/** Hundredths of a currency: the value is divided by 100. */
export const SUBUNITS: Record<string, string> = {
  cent: 'USD', cents: 'USD', ct: 'USD', cts: 'USD', pence: 'GBP', penny: 'GBP', pennies: 'GBP', kopecks: 'RUB', kopeks: 'RUB',
};

/** Percent forms → unit. */
export const PERCENT_UNITS: Record<string, string> = {
  '%': 'percent', pct: 'percent', percent: 'percent', 'per cent': 'percent', 'percentage point': 'percentage point',
  'percentage points': 'percentage point', 'pct point': 'percentage point', 'pct points': 'percentage point',
  'basis point': 'basis point', 'basis points': 'basis point', bps: 'basis point', bp: 'basis point',
};

/** Measurement units written as words or multi-letter abbreviations after a space (or a hyphen: "50-day"). */
export const UNITS: Record<string, string> = {
  second: 'second', seconds: 'second', sec: 'second', secs: 'second', minute: 'minute', minutes: 'minute',
  min: 'minute', mins: 'minute', hour: 'hour', hours: 'hour', hr: 'hour', hrs: 'hour', day: 'day', days: 'day',
  week: 'week', weeks: 'week', wk: 'week', wks: 'week', month: 'month', months: 'month', mth: 'month', mths: 'month', year: 'year', years: 'year', yr: 'year',
  yrs: 'year', decade: 'decade', decades: 'decade', century: 'century', centuries: 'century',
  km: 'km', kms: 'km', kilometre: 'km', kilometres: 'km', kilometer: 'km', kilometers: 'km', mile: 'mile',
  miles: 'mile', 'nautical mile': 'nautical mile', 'nautical miles': 'nautical mile', metre: 'm', metres: 'm',
  meter: 'm', meters: 'm', cm: 'cm', centimetre: 'cm', centimetres: 'cm', centimeter: 'cm', centimeters: 'cm',
  mm: 'mm', millimetre: 'mm', millimetres: 'mm', millimeter: 'mm', millimeters: 'mm', foot: 'foot', feet: 'foot',
  ft: 'foot', inch: 'inch', inches: 'inch', yard: 'yard', yards: 'yard',
  hectare: 'hectare', hectares: 'hectare', ha: 'hectare', acre: 'acre', acres: 'acre',
  'square km': 'km2', 'sq km': 'km2', 'square kilometres': 'km2', 'square kilometers': 'km2',
  'square kilometre': 'km2', 'square kilometer': 'km2', km2: 'km2', 'square miles': 'square mile',
  'square mile': 'square mile', 'sq miles': 'square mile', 'square metres': 'm2', 'square meters': 'm2',
  'sq m': 'm2', m2: 'm2', 'square metre': 'm2', 'square meter': 'm2', 'square feet': 'square foot', 'sq ft': 'square foot',
  kg: 'kg', kgs: 'kg', kilo: 'kg', kilos: 'kg', kilogram: 'kg', kilograms: 'kg', kilogramme: 'kg', kilogrammes: 'kg',
  gram: 'g', grams: 'g', tonne: 'tonne', tonnes: 'tonne', 'metric ton': 'tonne', 'metric tons': 'tonne',
  'metric tonnes': 'tonne', ton: 'ton', tons: 'ton', 'short tons': 'ton', 'long tons': 'long ton', lb: 'pound', lbs: 'pound',
  ounce: 'ounce', ounces: 'ounce', oz: 'ounce', 'troy ounce': 'ounce', 'troy ounces': 'ounce', carat: 'carat',
  carats: 'carat', barrel: 'barrel', barrels: 'barrel', bbl: 'barrel', bbls: 'barrel', gallon: 'gallon',
  gallons: 'gallon', litre: 'litre', litres: 'litre', liter: 'litre', liters: 'litre', bushel: 'bushel',
  bushels: 'bushel', bale: 'bale', bales: 'bale', bag: 'bag', bags: 'bag',
  'cubic metres': 'm3', 'cubic meters': 'm3', 'cubic metre': 'm3', 'cubic meter': 'm3', 'cu m': 'm3', m3: 'm3',
  'cubic feet': 'cubic foot', 'cu ft': 'cubic foot', bcm: 'bcm', bcf: 'bcf', tcf: 'tcf', mcf: 'mcf',
  bpd: 'barrel per day', 'b/d': 'barrel per day', 'bbl/d': 'barrel per day', mph: 'mph', 'km/h': 'km/h',
  kph: 'km/h', knot: 'knot', knots: 'knot',
  mw: 'MW', megawatt: 'MW', megawatts: 'MW', gw: 'GW', gigawatt: 'GW', gigawatts: 'GW', kw: 'kW', kilowatt: 'kW',
  kilowatts: 'kW', kwh: 'kWh', mwh: 'MWh', gwh: 'GWh', twh: 'TWh', watt: 'W', watts: 'W',
  kb: 'KB', gb: 'GB', mb: 'MB', tb: 'TB', degree: 'degree', degrees: 'degree', '°c': 'degree Celsius', '°f': 'degree Fahrenheit',
  'degrees celsius': 'degree Celsius', 'degree celsius': 'degree Celsius', 'degrees fahrenheit': 'degree Fahrenheit',
  'degrees centigrade': 'degree Celsius', 'degrees c': 'degree Celsius', 'degrees f': 'degree Fahrenheit',
  times: 'times', fold: 'times', point: 'point', points: 'point',
};
/** Units that are only units when glued to digits ("100m", "5g", "40t"); spaced they are letters or words. */
export const GLUED_ONLY_UNITS: Record<string, string> = { m: 'm', g: 'g', t: 'tonne', l: 'litre', w: 'W', '°': 'degree' };

/** Rate tails after money or a unit: "dlrs a share", "barrels per day", "per tonne". */
export const RATE_NOUNS: Record<string, string> = {
  share: 'share', tonne: 'tonne', ton: 'ton', barrel: 'barrel', day: 'day', week: 'week', month: 'month',
  year: 'year', hour: 'hour', bbl: 'barrel', ounce: 'ounce', kilo: 'kg', kg: 'kg', pound: 'pound', lb: 'pound', bushel: 'bushel',
  gallon: 'gallon', litre: 'litre', liter: 'litre', kwh: 'kWh', kilowatt: 'kW', mwh: 'MWh', head: 'head', person: 'person', capita: 'capita', unit: 'unit',
};

/** Hyphen tails that make a number word a plain adjective, not an amount ("one-sided", "two-way", "three-for-two"). */
export const WORD_HYPHEN_STOP = new Set([
  'sided', 'way', 'off', 'on', 'time', 'to', 'for', 'and', 'or', 'state', 'party', 'nil', 'all', 'up', 'thirds',
  'third', 'quarter', 'quarters', 'fifths', 'half', 'hand', 'handed', 'liner', 'of', 'shot', 'stop', 'tier',
  'dimensional', 'pronged', 'faced', 'minded', 'fold', 'horse', 'star', 'piece', 'track', 'size', 'person',
]);
/** Hyphen tails after digits that are not amounts ("3-for-2", "24-7"); other words become the amount's unit. */
export const DIGIT_HYPHEN_STOP = new Set(['for', 'to', 'and', 'or', 'nil', 'all', 'up', 'of', 'on', 'off', 'the', 'a', 'in', 'at', 'by']);

export const MONTHS = new Set(MONTH_WORDS);
export const WEEKDAYS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed',
  'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
]);

/** Nouns whose number is a name or an index, not a quantity ("article 5", "flight 17", "phase 2"). */
export const LABEL_NOUNS = new Set([
  'article', 'articles', 'section', 'chapter', 'paragraph', 'clause', 'resolution', 'page', 'no', 'no.', 'nos',
  'number', 'flight', 'route', 'highway', 'phase', 'level', 'grade', 'tier', 'model', 'version', 'room', 'gate',
  'platform', 'row', 'seat', 'line', 'item', 'annex', 'appendix', 'table', 'figure', 'fig', 'vol', 'volume',
  'issue', 'episode', 'season', 'stage', 'category', 'class', 'type', 'unit', 'block', 'building', 'apartment',
  'district', 'step', 'point', 'option', 'scenario', 'protocol', 'rule', 'form', 'amendment', 'act', 'bill',
  'lot', 'tranche', 'band', 'series', 'list', 'round', 'group', 'channel', 'pier', 'terminal', 'exit', 'lane', 'ward', 'precinct', 'minsk',
  'covid', 'g', 'windows', 'ios', 'android', 'iphone', 'boeing', 'airbus',
]);

/** Capitalised words that may stand before a real amount (sentence starts, Reuters table heads). */
export const CAPITALISED_BEFORE_AMOUNT = new Set([
  'about', 'some', 'nearly', 'around', 'almost', 'over', 'up', 'at', 'all', 'the', 'another', 'just', 'roughly',
  'approximately', 'more', 'fewer', 'less', 'with', 'by', 'in', 'for', 'of', 'and', 'but', 'to', 'from', 'between',
  'those', 'these', 'its', 'their', 'his', 'her', 'our', 'only', 'estimated', 'net', 'shr', 'shrs', 'revs', 'sales',
  'profit', 'loss', 'avg', 'qtr', 'year', 'mths', 'oper', 'under', 'below', 'above', 'least', 'than', 'each',
  'every', 'further', 'additional', 'total', 'exactly', 'barely', 'even', 'still', 'earlier', 'then', 'now', 'after',
  'before', 'since', 'when', 'while', 'if', 'as', 'on', 'among', 'including', 'plus', 'minus', 'vs', 'versus',
  'against', 'nine', 'first', 'last', 'next', 'past', 'i', 'we', 'they', 'he', 'she', 'it', 'you', 'there', 'here',
  'what', 'who', 'where', 'why', 'how', 'mr', 'mrs', 'ms', 'dr', 'or', 'nor', 'a', 'an', 'this', 'that', 'per',
  'cut', 'rise', 'fall', 'down', 'out', 'into', 'onto', 'via',
]);

/** "one" is a pronoun after these words ("no one", "the one who", "each one"). */
export const ONE_PRONOUN_BEFORE = new Set([
  'no', 'the', 'this', 'that', 'any', 'every', 'each', 'which', 'such', 'another', 'someone', 'everyone', 'anyone',
  'loved', 'little', 'can', 'could', 'would', 'should', 'must', 'might', 'may', 'will', 'shall', 'does', 'did',
]);
/** …and after these when no noun follows ("the only one.", "the last one to leave" but "only one country"). */
export const ONE_PRONOUN_BEFORE_IF_ALONE = new Set([
  'only', 'first', 'last', 'same', 'other', 'right', 'wrong', 'new', 'old', 'young', 'older', 'good', 'bad', 'big',
  'latest', 'next', 'previous', 'latter', 'former', 'single', 'a', 'short', 'long', 'small', 'large', 'real', 'true',
  'main', 'important', 'final', 'best', 'worst', 'biggest', 'key', 'major', 'current', 'similar', 'different',
]);
/** …and before these words ("one of the", "one another", "one who", "one can"). */
export const ONE_PRONOUN_AFTER = new Set([
  'of', 'another', 'who', 'whom', 'whose', 'which', 'that', 'can', 'could', 'must', 'should', 'would', 'might',
  'may', 'cannot', 'shall', 'by', 'on', 'day', 'way', 'thing', 'hand', 'side', 'else', 'or', 'after', 'more',
]);
/** "at one point", "at one time": one is not counted after these prepositions when one of these nouns follows. */
export const ONE_IDIOM_NOUNS = new Set(['point', 'time', 'stage', 'moment', 'place', 'end', 'level']);

/** Words before an amount that bound it: up to → max, more than → min. */
/** Prepositions that bound a measure ("under 50 pct") but only place a count ("under two warm blankets"). */
export const PREPOSITION_MODIFIERS = new Set(['under', 'below', 'above']);
export const MAX_MODIFIERS = ['up to', 'less than', 'fewer than', 'under', 'below', 'at most', 'no more than', 'a maximum of', 'not more than', 'not exceeding', 'as many as', 'as much as'];
export const MIN_MODIFIERS = ['more than', 'over', 'above', 'at least', 'in excess of', 'upwards of', 'a minimum of', 'no less than', 'no fewer than', 'exceeding'];

/** Words before an amount that say what it is the worth of: "a deal worth $5 bn", "valued at". */
export const WORTH_CUES = new Set(['worth', 'costing', 'totalling', 'totaling', 'valued', 'priced', 'estimated', 'amounting', 'cost', 'costs', 'valuing']);

/** Head nouns of "X of <money>" that name the measure, not the thing ("a value of", "a total of"). */
export const MEASURE_NOUNS = new Set(['value', 'cost', 'price', 'total', 'sum', 'amount', 'worth', 'figure', 'level', 'rate', 'average', 'maximum', 'minimum', 'estimate', 'range', 'increase', 'rise', 'fall', 'drop', 'decline', 'gain', 'loss', 'tune', 'excess', 'upwards']);

/** Modifiers dropped in front of the counted object ("a major drone deal" → "drone deal"). */
export const OBJECT_DROP_ADJECTIVES = new Set([
  'major', 'new', 'big', 'large', 'small', 'huge', 'additional', 'further', 'other', 'more', 'extra', 'potential',
  'possible', 'first', 'last', 'recent', 'current', 'previous', 'several', 'various', 'many', 'few', 'such',
  'total', 'massive', 'significant', 'key', 'important', 'own', 'separate', 'different', 'similar', 'same',
  'initial', 'final', 'overall', 'estimated', 'roughly', 'nearly', 'about', 'approximately', 'only', 'least',
  'top', 'main', 'following', 'so-called', 'remaining', 'entire', 'whole', 'full', 'single', 'reported',
  'alleged', 'record', 'planned', 'proposed', 'further', 'fresh', 'latest', 'annual', 'combined',
]);
/** Place names used as modifiers before the counted thing ("10 U.S. soldiers" → "soldiers"). */
export const PLACE_MODIFIERS = new Set(['u.s.', 'us', 'u.k.', 'uk', 'eu', 'un', 'u.n.', 'nato', 'usa']);
/** Demonyms not caught by the suffix rule. */
export const DEMONYMS = new Set(['french', 'dutch', 'greek', 'swiss', 'czech', 'thai', 'british', 'irish', 'welsh', 'scottish', 'danish', 'polish', 'turkish', 'finnish', 'swedish', 'spanish', 'kurdish', 'israeli', 'iraqi', 'pakistani', 'saudi', 'yemeni', 'kuwaiti', 'qatari', 'emirati', 'bangladeshi', 'nepali']);

/** Verbs of change: "fell 222 mln dlrs to 64.05 billion", "rose 5 pct to 10 pct" are a change and a level. */
export const CHANGE_VERBS = new Set([
  'rose', 'rise', 'rises', 'rising', 'fell', 'fall', 'falls', 'falling', 'increased', 'increase', 'increases',
  'decreased', 'decrease', 'declined', 'decline', 'declines', 'dropped', 'drop', 'drops', 'climbed', 'climb',
  'jumped', 'jump', 'gained', 'gain', 'lost', 'slipped', 'slid', 'soared', 'surged', 'grew', 'grow', 'plunged',
  'eased', 'edged', 'advanced', 'added', 'shed', 'cut', 'raised', 'lowered', 'by', 'up', 'down', 'widened',
  'narrowed', 'tumbled', 'slumped', 'rebounded', 'recovered', 'expanded', 'shrank', 'contracted',
]);

/** Denominators of fractions written in words (English ordinals used as fraction nouns, singular and plural). */
export const FRACTION_DENOMINATORS: Record<string, number> = {
  half: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5, sixth: 6,
  sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
};
/** Numerators of fractions written in words: "a third", "two-thirds", "nine-tenths". */
export const FRACTION_NUMERATORS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
};
/** Words before "half of" that make it a part of a period or a place, not a share: "the first half of 2025". */
export const HALF_NOT_FRACTION_BEFORE = new Set([
  'first', 'second', 'last', 'latter', 'former', 'other', 'better', 'bottom', 'top', 'front', 'back', 'northern',
  'southern', 'eastern', 'western', 'the', 'this', 'that', 'each', 'either', 'opening', 'closing', 'final',
]);

/**
 * English idioms with a number word that counts nothing ("one step closer", "in more ways than one"): a closed list
 * written for this layer from common usage, not from any article; "[n]" marks the number word.
 */
export const NUMBER_IDIOMS = [
  '[one] step closer', '[one] step further', '[one] step ahead', '[one] step forward', '[one] step back', '[one] step at a time',
  '[two] steps forward', '[two] steps back', '[one] step behind',
  'more ways than [one]', 'more than [one]', '[one] in a [million]', 'square [one]', 'back to square [one]',
  '[one] and the same', '[one] and only', 'all in [one]', '[one] way or another', '[one] way or the other',
  '[one] of a kind', '[one] too many', 'in [one] go', 'at [one] go', 'the [one] hand', 'on [one] hand',
  '[two] and [two] together', 'and [two] together', '[two] birds with [one] stone', 'birds with [one] stone', '[two] cents',
  'a [thousand] words', '[two] peas in a pod', 'takes [two] to tango', '[two] sides of the same coin',
  'at sixes and sevens', 'on cloud [nine]', '[nine] times out of [ten]', 'times out of [ten]', '[ten] to [one]',
  'a [million] miles', 'a [million] times', 'a [hundred] times', 'a [thousand] times', 'a [hundred] percent',
];

/** Determiners before a number word that point back to a set already known: "the two sides", "those three men". */
export const DEFINITE_BEFORE_COUNT = new Set(['the', 'these', 'those']);
