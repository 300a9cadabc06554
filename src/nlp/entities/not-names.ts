// Word lists of things that are not named entities, whatever the tagger says. Closed or near-closed classes, each
// with where it comes from; every list is lower-case.

/**
 * Upper-case initialisms that name no entity. Time zones: IANA abbreviations. File formats: common extensions.
 * Units and standards: SI and computing units, connector and network standards (USB-IF, VESA, IEEE, Wi-Fi
 * Alliance names of the standards, not of the bodies). Business, finance and newsroom terms: common
 * abbreviations of English business writing. Medicine: common clinical abbreviations. First collected from what
 * the tagger took for names on AEB dev pages outside politics, then completed from the same classes (DRM, ASIC, VIP,
 * RRP, PMI, DNA after checks 8 and 9). US state
 * codes (CT, DC, NM, …) are left out: they name places.
 */
export const NOT_NAME_INITIALISMS = new Set([
  // time zones and clock
  'gmt', 'utc', 'est', 'edt', 'cst', 'cdt', 'pst', 'pdt', 'mst', 'mdt', 'bst', 'cet', 'cest', 'et', 'pt', 'ist', 'am', 'pm',
  // file formats
  'pdf', 'jpg', 'jpeg', 'png', 'gif', 'mp3', 'mp4', 'csv', 'xml', 'html', 'json', 'zip', 'docx', 'xlsx', 'svg', 'webp', 'raw',
  // units
  'hz', 'khz', 'mhz', 'ghz', 'kb', 'mb', 'gb', 'tb', 'kbps', 'mbps', 'gbps', 'mah', 'wh', 'kwh', 'mw', 'kw', 'db', 'dba',
  'fps', 'ppi', 'dpi', 'mp', 'mph', 'kph', 'rpm', 'hp', 'psi',
  // computing, consumer electronics and connectivity
  'tv', 'hdtv', 'uhd', 'hdr', 'pc', 'usb', 'hdmi', 'dvi', 'vga', 'led', 'lcd', 'oled', 'ips', 'rgb', 'ai', 'vr', 'ar', 'ui',
  'ux', 'api', 'sdk', 'cpu', 'gpu', 'egpu', 'ssd', 'hdd', 'nas', 'ram', 'rom', 'os', 'vpn', 'wifi', 'wi-fi', 'lte', 'nfc',
  'gps', 'sim', 'esim', 'ac', 'pd', 'id', 'pin', 'qr', 'url', 'dns', 'ip', 'isp', 'saas', 'crm', 'seo', 'dvd', 'cd',
  'esc', 'dlc', 'rpg', 'fpv', 'drm', 'asic', 'fpga', 'nft',
  // business, finance and newsroom
  'ipo', 'ceo', 'cfo', 'coo', 'cto', 'cmo', 'evp', 'svp', 'vp', 'gdp', 'cpi', 'eps', 'roi', 'etf', 'esg', 'kpi', 'b2b', 'b2c',
  'ctr', 'cpm', 'cpc', 'rtb', 'ssp', 'dsp', 'pe', 'vc', 'm&a', 'yoy', 'qoq', 'ebitda', 'faq', 'q&a', 'diy', 'rsvp', 'asap',
  'fyi', 'ok', 'op-ed', 'ps', 'nb', 'eta', 'lol', 'omg', 'wtf', 'tl;dr', 'ev', 'suv', 'mvp', 'vip', 'rrp', 'msrp', 'pmi',
  // medicine
  'ecg', 'ekg', 'mri', 'icu', 'er', 'bpa', 'bmi', 'std', 'ptsd', 'adhd', 'dna', 'rna', 'iq',
]);

/**
 * Plural names after "the" that are not teams or bands: events, awards and competitions ("the Olympics", "the
 * Grammys": the major multi-sport games and the US/UK entertainment awards) and plural place names the gazetteer
 * may miss (mountain ranges, archipelagos). Closed class, hand-collected.
 */
export const NOT_TEAM_PLURALS = new Set(['olympics', 'paralympics', 'games', 'oscars', 'grammys', 'emmys', 'tonys', 'baftas',
  'golden globes', 'globes', 'amas', 'vmas', 'brits', 'espys', 'championships', 'finals', 'playoffs', 'nationals', 'worlds',
  'midterms', 'primaries', 'holidays', 'americas', 'philippines', 'netherlands', 'bahamas', 'maldives', 'seychelles',
  'alps', 'andes', 'rockies', 'himalayas', 'pyrenees', 'highlands', 'midlands', 'hamptons', 'everglades']);

/** Plural words that end the names of places ("Palm Springs", "Washington Heights", "Niagara Falls"): a place then
 *  such a word is still a place. Closed class, hand-collected. */
export const PLACE_PLURALS = new Set(['heights', 'springs', 'falls', 'hills', 'plains', 'keys', 'woods', 'isles', 'highlands',
  'lowlands', 'glades', 'flats', 'gardens', 'oaks', 'pines', 'palms', 'rapids', 'shoals', 'narrows', 'sands', 'dunes',
  'islands', 'mountains', 'lakes', 'meadows', 'fields', 'downs', 'banks', 'cliffs', 'valleys', 'forks', 'shores',
  'rocks', 'moors', 'wells', 'territories', 'provinces', 'states', 'emirates']);

/** Legal forms of companies (a name's last word, never a name alone; not "SA", "AG", "NV", which are initialisms of bodies
 *  too): closed class. */
/**
 * Top-level domains a news site's name ends in ("Boxofficeindia.com", "EURACTIV.de", "independent.co.uk"): the generic
 * ones of the IANA root zone database that news sites use, and the country codes of countries with news in English
 * or of the European outlets English text cites (IANA, https://www.iana.org/domains/root/db).
 */
export const SITE_DOMAINS: ReadonlySet<string> = new Set(['com', 'org', 'net', 'edu', 'gov', 'info', 'news', 'io', 'tv', 'co',
  'uk', 'us', 'ca', 'au', 'nz', 'ie', 'in', 'pk', 'bd', 'lk', 'ng', 'gh', 'ke', 'za', 'ug', 'tz', 'zw', 'sg', 'my', 'ph',
  'hk', 'jm', 'tt', 'mt', 'cy', 'de', 'fr', 'it', 'es', 'nl', 'be', 'ch', 'at', 'pl', 'cz', 'se', 'no', 'dk', 'fi', 'pt',
  'gr', 'eu', 'ua', 'ru', 'il', 'ae', 'qa', 'jp', 'kr', 'cn', 'tw', 'br', 'mx', 'ar']);

export const LEGAL_FORMS = new Set(['inc', 'inc.', 'corp', 'corp.', 'co', 'co.', 'ltd', 'ltd.', 'llc', 'plc', 'gmbh']);
/** Legal forms written in capitals, Europe's too ("Arduino SRL", "Siemens AG", "AB Investor"): a person's span ending
 *  in one is a firm, and one before an office is no agency whose office it is. */
export const LEGAL_FORM_INITIALS: ReadonlySet<string> = new Set([...LEGAL_FORMS, 'ab', 'ag', 'sa', 'nv', 'bv', 'oy', 'asa', 'spa', 'srl', 'sarl', 'kg']);

/** A name of two words or more that ends in a legal form, dotted or not ("Unilever N.V.", "Island Bus Service Pte Ltd",
 *  "Aluminiumwerke GmbH"), is a firm's, whatever place or feature word is in it. `words` lower-cased. */
export const endsInLegalForm = (words: readonly string[]): boolean =>
  words.length > 1 && LEGAL_FORM_INITIALS.has(words[words.length - 1]!.replace(/\./g, ''));

/** Last words that make a name a firm's whatever the tagger says ("Paintbucket Games", "Rocksteady Studios"): legal
 *  forms and the nouns studios and labels name themselves with, none a common surname. Closed class, hand-collected. */
export const FIRM_HEADS = new Set([...LEGAL_FORMS, 'games', 'studios', 'pictures', 'films', 'records', 'entertainment',
  'interactive', 'software', 'labs', 'technologies', 'industries', 'holdings']);

/**
 * Head words of organisations' own names after a brand ("Amazon Web Services", "Sony Pictures", "Samsung
 * Electronics"): legal forms and the business nouns firms name their divisions with. A brand followed by any other
 * word is a product or service ("Apple Watch", "Amazon Music"). Closed class, hand-collected (the industries of
 * firms' names as the Fortune 500 list writes them).
 */
export const DIVISION_HEADS = new Set([...LEGAL_FORMS, 'corporation', 'company', 'ag', 'sa', 'nv', 'group', 'holdings', 'services',
  'systems', 'technologies', 'technology', 'labs',
  'research', 'partners', 'capital', 'ventures', 'media', 'entertainment', 'animation', 'studios', 'pictures', 'films', 'records',
  'networks', 'network', 'communications', 'electronics', 'motors', 'motor', 'airlines', 'airways', 'energy', 'financial',
  'securities', 'bank', 'insurance', 'pharmaceuticals', 'pharma', 'international', 'global', 'foundation', 'institute',
  'university', 'news', 'press', 'publishing', 'books', 'games', 'interactive', 'software', 'semiconductor', 'industries',
  'brands', 'stores', 'retail', 'logistics', 'health', 'healthcare', 'channel', 'sports', 'ai',
  // the industry a firm names itself by ("Apple Computer", "Boeing Commercial Airplanes", "Texas Instruments")
  'computer', 'computers', 'airplanes', 'aircraft', 'aerospace', 'aviation', 'automotive', 'devices', 'instruments',
  'dynamics', 'solutions', 'enterprises', 'foods', 'beverages', 'chemicals', 'steel', 'petroleum', 'mining', 'railways',
  'shipping', 'telecom', 'biotech', 'therapeutics', 'robotics', 'manufacturing',
  // institutional heads: a committee, alliance or office of a body is a body
  'committee', 'alliance', 'council', 'commission', 'association', 'society', 'federation', 'union', 'league', 'party',
  'trust', 'fund', 'agency', 'authority', 'board', 'department', 'ministry', 'office', 'administration', 'service',
  'bureau', 'court', 'division', 'unit', 'team', 'club', 'academy', 'college', 'school', 'hospital', 'center', 'centre']);

/**
 * Holidays, observances and shopping days, written as names but naming days (MISC, like the CoNLL guidelines'
 * holidays): the widely observed ones of Wikipedia's list of major holidays. Two-word names ending in a weekday or
 * "Day"/"Eve" ("Black Friday", "Cyber Monday", "Memorial Day", "New Year's Eve") are caught by their last word.
 */
export const HOLIDAYS = new Set(['christmas', 'xmas', 'easter', 'thanksgiving', 'halloween', 'hanukkah', 'chanukah', 'passover',
  'ramadan', 'eid', 'diwali', 'holi', 'lent', 'advent', 'pentecost', 'kwanzaa', 'juneteenth', 'yom kippur', 'rosh hashanah',
  'lunar new year', 'chinese new year', 'new year', 'nowruz', 'hogmanay', 'mardi gras', 'carnival', 'oktoberfest']);
/** Last words of multi-word day names: the weekdays, "Day" and "Eve". */
export const DAY_HEADS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'day', 'eve']);

/**
 * Last words that make a name a product or an edition of one ("Zamazenta Edition", "Master Builder Series",
 * "Payboo Credit Card", "Switch Lite"): closed class of retail product nouns and model suffixes, hand-collected.
 * Not "Watch" (Human Rights Watch) nor "Plus" (Canal Plus).
 */
export const PRODUCT_HEADS = new Set(['edition', 'editions', 'bundle', 'card', 'console', 'controller', 'headphones', 'earbuds',
  'laptop', 'smartphone', 'tablet', 'lite', 'ultra', 'mini', 'pro', 'max', 'tv', 'hdtv', 'monitor', 'keyboard', 'mouse',
  'router', 'speaker', 'soundbar', 'thermostat', 'doorbell', 'camera', 'drone', 'charger']);

/**
 * Basic colour terms (Berlin and Kay's eleven, with the common retail shades): a one-word "name" that is a colour
 * is a product variant ("in Gray", "Turquoise"), not an entity.
 */
export const COLOURS = new Set(['black', 'white', 'red', 'green', 'yellow', 'blue', 'brown', 'orange', 'pink', 'purple',
  'grey', 'gray', 'silver', 'gold', 'rose gold', 'space gray', 'turquoise', 'teal', 'navy', 'beige', 'ivory', 'coral',
  'crimson', 'maroon', 'violet', 'lavender', 'mint', 'graphite', 'midnight', 'charcoal']);

/**
 * Last words of names of awards and events ("Africa Movie Academy Award for Best Actress", "Stanley Cup", "LA Auto
 * Show", "Sundance Film Festival"): such a name is MISC, not an organisation. Closed class, hand-collected; not
 * "Fair" (Vanity Fair) nor "Forum" (World Economic Forum), which are bodies too.
 */
export const EVENT_HEADS = new Set(['award', 'awards', 'prize', 'prizes', 'medal', 'medals', 'trophy', 'cup', 'championship',
  'championships', 'tournament', 'festival', 'expo', 'show', 'marathon', 'olympics', 'paralympics', 'games']);

/**
 * Last words of names of laws and agreements ("Investment Company Act", "Kyoto Protocol", "Paris Agreement", "First
 * Amendment", "Monroe Doctrine"): such a name is MISC, as CoNLL types laws, not an organisation. Closed class,
 * hand-collected.
 */
export const LAW_HEADS = new Set(['act', 'acts', 'bill', 'treaty', 'accord', 'accords', 'amendment', 'protocol', 'doctrine',
  'agreement', 'directive', 'statute']);

/**
 * Nouns of things a name is used for, not a body: craft, vehicles, weapons, devices, software and programmes ("the
 * Orion spacecraft", "Patriot systems", "the Artemis program"). Written right after a name that nothing else shows
 * acting, they make it a product or programme (MISC). Closed class, hand-collected from the kinds CoNLL-2003's
 * guidelines file under MISC (products, vehicles, events); not nouns of people ("fighters", "crew") nor of places
 * ("base", "station"), nor medicines and boosters, named after their makers ("the Moderna vaccine").
 */
export const THING_NOUNS = new Set(['rocket', 'rockets', 'spacecraft', 'capsule', 'capsules', 'lander', 'landers',
  'rover', 'rovers', 'satellite', 'satellites', 'telescope', 'probe', 'spaceship', 'launcher', 'launchers', 'missile',
  'missiles', 'drone', 'drones', 'jet', 'jets', 'aircraft', 'airplane', 'airplanes', 'plane', 'planes', 'helicopter',
  'helicopters', 'warship', 'warships', 'submarine', 'submarines', 'frigate', 'frigates', 'tank', 'tanks', 'howitzer',
  'howitzers', 'vehicle', 'vehicles', 'car', 'cars', 'truck', 'trucks', 'engine', 'engines', 'system', 'systems', 'app',
  'apps', 'software', 'smartphone', 'smartphones', 'phone', 'phones', 'device', 'devices', 'chip', 'chips', 'processor',
  'processors', 'browser', 'program', 'programs', 'programme', 'programmes', 'mission', 'missions', 'flight', 'flights',
  'launch', 'launches', 'variant', 'variants', 'procurement', 'upgrade', 'upgrades', 'prototype', 'prototypes',
  'feature', 'features', 'update', 'updates', 'version', 'versions', 'tool', 'tools']);

/**
 * Last words of street names, and their postal abbreviations (USPS Publication 28's common street suffixes): a name
 * ending in one is a place. Not "Court" (a body too) nor "Way", "Park" or "Square", which end names of other kinds,
 * nor "Dr." (a doctor).
 */
export const THOROUGHFARES = new Set(['street', 'st', 'avenue', 'ave', 'road', 'rd', 'drive', 'lane', 'ln',
  'boulevard', 'blvd', 'place', 'pl', 'terrace', 'highway', 'hwy', 'parkway', 'pkwy', 'pike', 'turnpike']);

/** Nouns English writes with a number after them for a numbered part of a document, a road, a place or a rule, not a
 *  model ("Page 21", "Section 9", "Route 29", "Stamp 4", "Level V", "Article 5"): general English, from style guides'
 *  lists of capitalised nouns before numerals. */
export const NUMBERED_PARTS: ReadonlySet<string> = new Set(['page', 'pages', 'section', 'chapter', 'part', 'article',
  'clause', 'paragraph', 'figure', 'table', 'appendix', 'annex', 'schedule', 'volume', 'vol', 'no', 'number', 'issue',
  'route', 'highway', 'interstate', 'road', 'exit', 'gate', 'terminal', 'pier', 'platform', 'track', 'building',
  'floor', 'room', 'suite', 'ward', 'district', 'precinct', 'zone', 'sector', 'stamp', 'level', 'class', 'grade',
  'category', 'phase', 'stage', 'step', 'block', 'lot', 'unit', 'channel', 'amendment', 'proposition', 'prop',
  'question', 'title', 'rule', 'bcp', 'rfc', 'day', 'week', 'game', 'round', 'lap', 'act', 'scene', 'episode',
  'season', 'row', 'seat', 'box', 'code', 'form', 'tier', 'type', 'local', 'locals']);

/**
 * Nouns a newspaper writes right before a name to say what it is ("organisation TED", "internet firm Foursquare", "the
 * game Fortnite", "the album Thriller"), in two closed classes hand-collected from English news usage: bodies, and
 * works and products (the kinds CoNLL-2003's guidelines file under ORG and MISC). Nouns of people are left out: the
 * role reading already takes them ("rapper Drake" has the role "rapper").
 */
export const BODY_CLASS_NOUNS: ReadonlySet<string> = new Set(['organisation', 'organization', 'firm', 'company',
  'charity', 'startup', 'start-up', 'nonprofit', 'non-profit', 'retailer', 'airline', 'publisher', 'developer',
  'studio', 'broadcaster', 'bank', 'lender', 'insurer', 'automaker', 'carmaker', 'chipmaker', 'conglomerate', 'band',
  'newspaper', 'magazine', 'tabloid', 'outlet', 'website', 'network', 'channel', 'club', 'foundation',
  'outfit', 'label', 'manufacturer', 'maker', 'supermarket', 'chain']);
/** Nouns of a body's relation to another, written before its name ("rival Boeing", "contractor Lockheed", "rocket
 *  company, Blue Origin"): with the classing nouns above, a body's use, though a person may bear some too ("her
 *  partner"), so they only keep a name from being taken for a thing. */
export const BODY_RELATION_NOUNS: ReadonlySet<string> = new Set(['companies', 'contractor', 'group', 'agency', 'operator',
  'supplier', 'subsidiary', 'provider', 'partner', 'rival', 'competitor']);
export const THING_CLASS_NOUNS: ReadonlySet<string> = new Set(['game', 'videogame', 'app', 'console', 'smartphone', 'film',
  'movie', 'album', 'song', 'book', 'novel', 'memoir', 'series', 'sitcom', 'documentary', 'podcast', 'musical', 'opera',
  'painting', 'sculpture', 'software', 'browser', 'franchise', 'hashtag', 'vaccine', 'drug']);

/** Words of natural features and venues: an "organisation" named with one is a place ("Sea of Azov", "Palais des
 *  Nations"). Closed class, hand-collected. */
export const FEATURE_WORDS: ReadonlySet<string> = new Set(['sea', 'ocean', 'gulf', 'bay', 'river', 'lake', 'mountains', 'mount',
  'island', 'islands', 'peninsula', 'strait', 'straits', 'coast', 'desert', 'hotel', 'palace', 'palais', 'arena', 'stadium',
  'airport', 'bridge', 'square', 'street', 'avenue', 'plaza', 'cathedral', 'corso', 'rue', 'calle', 'strasse', 'straße',
  'avenida', 'piazza']);
