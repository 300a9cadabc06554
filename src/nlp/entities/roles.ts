// Role words (titles, offices, functions) and the PLOVER sector each implies
// (../shared/data/events/plover_v2_ontology.json: GOV, MIL, LEG, JUD, COP, REB, SPY, PTY, JRN, BUS, …).

import { TITLE_ABBREVIATIONS } from '../../doc/english.js';

/** Lower-case role phrase → sector. Multi-word roles are matched before their last word alone. */
export const ROLE_SECTORS: Record<string, string> = {
  // executive
  president: 'GOV', 'vice president': 'GOV', 'prime minister': 'GOV', premier: 'GOV', chancellor: 'GOV',
  minister: 'GOV', 'foreign minister': 'GOV', 'defence minister': 'GOV', 'defense minister': 'GOV',
  'finance minister': 'GOV', 'interior minister': 'GOV', 'deputy minister': 'GOV', 'deputy prime minister': 'GOV',
  secretary: 'GOV', 'secretary of state': 'GOV', 'secretary-general': 'GOV', 'secretary general': 'GOV',
  'defense secretary': 'GOV', 'defence secretary': 'GOV', 'foreign secretary': 'GOV', 'press secretary': 'GOV',
  'chief of staff': 'GOV', envoy: 'GOV', 'special envoy': 'GOV', negotiator: 'GOV', 'chief negotiator': 'GOV',
  ambassador: 'GOV', diplomat: 'GOV', 'top diplomat': 'GOV', spokesman: 'GOV', spokeswoman: 'GOV', spokesperson: 'GOV',
  adviser: 'GOV', advisor: 'GOV', 'national security adviser': 'GOV', aide: 'GOV', official: 'GOV', officials: 'GOV',
  governor: 'GOV', mayor: 'GOV', king: 'GOV', queen: 'GOV', prince: 'GOV', emir: 'GOV', sheikh: 'GOV', sultan: 'GOV',
  leader: 'GOV', 'head of state': 'GOV', administration: 'GOV', government: 'GOV', cabinet: 'GOV', ministry: 'GOV',
  commissioner: 'GOV', 'high representative': 'GOV', ombudsman: 'GOV', dictator: 'GOV', regime: 'GOV',
  // legislature
  senator: 'LEG', congressman: 'LEG', congresswoman: 'LEG', representative: 'LEG',
  lawmaker: 'LEG', legislator: 'LEG', 'member of parliament': 'LEG', mp: 'LEG', speaker: 'LEG', parliament: 'LEG',
  deputy: 'LEG', parliamentarian: 'LEG',
  // military
  general: 'MIL', 'lieutenant general': 'MIL', 'major general': 'MIL', 'brigadier general': 'MIL', admiral: 'MIL',
  'rear admiral': 'MIL', 'vice admiral': 'MIL', colonel: 'MIL', commander: 'MIL', 'commander-in-chief': 'GOV', 'army chief': 'MIL',
  'chief of the general staff': 'MIL', marshal: 'MIL', troops: 'MIL', soldiers: 'MIL', soldier: 'MIL', army: 'MIL',
  military: 'MIL', forces: 'MIL', 'armed forces': 'MIL', navy: 'MIL', 'air force': 'MIL', sergeant: 'MIL',
  // police, intelligence, judiciary
  police: 'COP', policeman: 'COP', 'police chief': 'COP', officer: 'COP', prosecutor: 'JUD', 'prosecutor general': 'JUD',
  'attorney general': 'JUD', judge: 'JUD', justice: 'JUD', 'chief justice': 'JUD', court: 'JUD',
  spy: 'SPY', 'intelligence chief': 'SPY', 'spy chief': 'SPY',
  // non-state
  rebels: 'REB', rebel: 'REB', militants: 'REB', militant: 'REB', insurgents: 'REB', separatists: 'REB', 'separatist leader': 'REB',
  'opposition leader': 'OPP', activist: 'CVL', protesters: 'CVL', journalist: 'JRN', reporter: 'JRN', editor: 'JRN',
  correspondent: 'JRN', ceo: 'BUS', 'chief executive': 'BUS', chairman: 'BUS', executive: 'BUS', businessman: 'BUS',
  billionaire: 'BUS', economist: 'BUS', analyst: 'BUS', 'central bank governor': 'GOV', bishop: 'REL', pope: 'REL',
  patriarch: 'REL', cleric: 'REL', imam: 'REL', doctor: 'MED', refugee: 'REF', refugees: 'REF',
  // more offices and functions seen in news appositions ("Kremlin strongman", "state epidemiologist")
  strongman: 'GOV', autocrat: 'GOV', 'head of government': 'GOV', 'first lady': 'GOV',
  councillor: 'GOV', councilor: 'GOV', 'council member': 'GOV', alderman: 'GOV', epidemiologist: 'MED', physician: 'MED',
  surgeon: 'MED', nurse: 'MED', paramedic: 'MED', 'press officer': 'GOV', attaché: 'GOV', consul: 'GOV',
  'lieutenant colonel': 'MIL', major: 'MIL', lieutenant: 'MIL', commandant: 'MIL', 'chief of staff of the army': 'MIL',
  sheriff: 'COP', detective: 'COP', 'police officer': 'COP', constable: 'COP', inspector: 'COP', magistrate: 'JUD',
  commentator: 'JRN', columnist: 'JRN', anchor: 'JRN', 'bureau chief': 'JRN', photographer: 'JRN', blogger: 'JRN',
  fellow: 'SOC', 'senior fellow': 'SOC', researcher: 'SOC', scholar: 'SOC', observer: 'CVL', resident: 'CVL',
  volunteer: 'CVL', witness: 'CVL', campaigner: 'CVL', dissident: 'CVL', professor: 'EDU', lecturer: 'EDU',
  teacher: 'EDU', student: 'EDU', entrepreneur: 'BUS', investor: 'BUS', banker: 'BUS', tycoon: 'BUS', oligarch: 'BUS',
  'chief operating officer': 'BUS', 'chief financial officer': 'BUS', 'chief executive officer': 'BUS', cfo: 'BUS', coo: 'BUS',
  rabbi: 'REL', priest: 'REL', pastor: 'REL', cardinal: 'REL', archbishop: 'REL', metropolitan: 'REL',
  'lieutenant governor': 'GOV', assemblyman: 'LEG', assemblywoman: 'LEG', reverend: 'REL',
};
// Titles as the AP Stylebook abbreviates them before a name ("Gov. Mike DeWine", "Lt. Col. Jane Roe"; roleKey drops
// the dots) take the sector of the title they stand for (doc/english.ts). "Capt." is a rank, though a captain alone
// may be a team's (GENERIC_ROLES).
const ABBREVIATION_OF = new Map([...TITLE_ABBREVIATIONS].map(([short, word]) => [word, short]));
for (const [role, sector] of Object.entries(ROLE_SECTORS)) for (const short of abbreviatedForms(role)) ROLE_SECTORS[short] ??= sector;
ROLE_SECTORS.capt = 'MIL';

/** The forms of a role phrase with one or more of its words abbreviated ("lieutenant colonel" → "lt colonel",
 *  "lieutenant col", "lt col"). */
function abbreviatedForms(role: string): string[] {
  let forms = [''];
  for (const word of role.split(' ')) {
    const short = ABBREVIATION_OF.get(word);
    forms = forms.flatMap((f) => (short ? [`${f} ${word}`, `${f} ${short}`] : [`${f} ${word}`]));
  }
  return forms.map((f) => f.slice(1)).filter((f) => f !== role);
}

/**
 * Heads that name a function but not its sector ("head of Russia's sovereign wealth fund", "director at Acme",
 * "son-in-law"): the sector comes from the institution or country the phrase names, or from a coordinated person.
 */
export const GENERIC_ROLES = new Set([
  'head', 'chief', 'director', 'deputy director', 'manager', 'lead', 'member', 'founder', 'co-founder', 'chair',
  'chairperson', 'owner', 'partner', 'ally', 'architect', 'expert', 'specialist', 'coordinator', 'representative',
  'lawyer', 'attorney', 'consultant', 'strategist', 'scientist', 'engineer', 'author', 'writer', 'novelist', 'poet',
  'singer', 'actor', 'actress', 'artist', 'musician', 'rapper', 'composer', 'filmmaker', 'designer', 'architect', 'curator',
  'coach', 'player', 'athlete', 'striker', 'goalkeeper', 'midfielder', 'defender', 'champion', 'driver', 'pilot',
  'son-in-law', 'daughter-in-law', 'father-in-law', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'father',
  'mother', 'nephew', 'niece', 'cousin', 'widow', 'friend', 'confidant', 'protégé', 'rival', 'successor', 'predecessor',
  'victim', 'suspect', 'defendant', 'plaintiff', 'worker', 'employee', 'organiser', 'organizer', 'candidate', 'nominee',
  // sport (a captain is a team's unless a force is named: "army captain")
  'captain', 'defenseman', 'defenceman', 'quarterback', 'goalie', 'goaltender', 'winger', 'linebacker', 'pitcher',
  'outfielder', 'infielder', 'shortstop', 'receiver', 'cornerback', 'running back', 'tight end', 'forward', 'manager',
  'head coach', 'teammate', 'rookie', 'skipper', 'star', 'legend', 'veteran',
]);

/**
 * Head words of an institution a role belongs to ("president of the Weatherman Foundation", "Harvard University
 * professor"): its sector overrides the one the role word implies. Words shared with governments or armed groups
 * ("Council", "Union", "Committee", "Bank" of central banks, "Group" of Wagner) are left out on purpose.
 */
export const INSTITUTION_SECTORS: Record<string, string> = {
  foundation: 'SOC', institute: 'SOC', association: 'SOC', society: 'SOC', charity: 'SOC', ngo: 'SOC', trust: 'SOC',
  university: 'EDU', college: 'EDU', school: 'EDU', academy: 'EDU',
  company: 'BUS', corporation: 'BUS', corp: 'BUS', inc: 'BUS', ltd: 'BUS', holdings: 'BUS', airlines: 'BUS', airline: 'BUS',
  airways: 'BUS', co: 'BUS', llc: 'BUS', plc: 'BUS',
  party: 'PTY', church: 'REL', diocese: 'REL', hospital: 'MED', clinic: 'MED', center: 'SOC', centre: 'SOC',
  'think tank': 'SOC', ministry: 'GOV', department: 'GOV', agency: 'GOV', 'air force': 'MIL', army: 'MIL', navy: 'MIL',
  forces: 'MIL', newspaper: 'JRN', magazine: 'JRN', network: 'JRN',
};

/** Sector of the institution named by capitalised words (their last institution head word), if any. */
export function institutionSector(words: readonly string[]): string | undefined {
  for (let i = words.length - 1; i >= 0; i--) {
    const s = INSTITUTION_SECTORS[words[i].toLowerCase().replace(/\.$/, '')];
    if (s) return s;
  }
  return undefined;
}

/** Role words that name a body or a group, not one person: a name after them is not thereby a person. */
export const COLLECTIVE_ROLES = new Set(['administration', 'government', 'cabinet', 'ministry', 'regime', 'parliament', 'court',
  'army', 'military', 'forces', 'armed forces', 'navy', 'air force', 'police', 'troops', 'rebels', 'militants', 'protesters',
  'refugees', 'officials', 'soldiers', 'insurgents', 'separatists', 'veteran']);

/** Names of party families written before an office ("Labour MP", "Tory MPs", "Republican Senator"): the families of
 *  ParlGov's classification as English newspapers name them, lower case. */
export const PARTY_FAMILIES = new Set(['labour', 'tory', 'conservative', 'liberal', 'democrat', 'democratic', 'republican',
  'green', 'socialist', 'communist', 'unionist', 'nationalist']);

/** Words that can stand in front of a role without being part of it ("former", "acting", "top"). */
export const ROLE_MODIFIERS = new Set(['former', 'acting', 'interim', 'deputy', 'top', 'chief', 'senior', 'new', 'then', 'outgoing', 'incoming', 'current', 'special', 'late', 'assistant', 'associate', 'vice', 'ex', 'longtime', 'veteran', 'executive', 'principal']);

/** Honorifics that carry no role: dropped from names ("h.e" of His or Her Excellency, diplomatic protocol: "H.E. Mr.
 *  Pipat"; keys without their last full stop). */
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'mx', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'madam', 'mister', 'h.e']);

/** Former holders are ELI (elites out of office), not the sector of the office. */
export const FORMER = new Set(['former', 'ex', 'late', 'then']);

/** Words that open a noun phrase without being part of a role ("the", "its"): skipped before a description. */
export const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'that']);

/**
 * Lower-case nouns that end like agent nouns ("-ist", "-ian", "-man") yet name no person; an open-class role head
 * must not be one of them. Hand-collected from the nouns before person names that the suffix rule took wrongly.
 */
const NOT_AGENTS = new Set(['floor', 'door', 'error', 'mirror', 'sector', 'factor', 'corridor', 'horror', 'terror', 'harbor',
  'color', 'colour', 'honor', 'humor', 'labor', 'favor', 'behavior', 'motor', 'meteor', 'indian', 'christian', 'german',
  'woman', 'man', 'person', 'human', 'civilian', 'median', 'guardian', 'ocean', 'plan', 'ban', 'clan', 'van', 'span', 'scan',
  'tourism', 'list', 'twist', 'mist', 'wrist', 'fist', 'gist', 'interest', 'minor', 'major', 'mayor', 'editor', 'calendar',
  'dollar', 'tier', 'barrier', 'carrier', 'frontier', 'soldier', 'career', 'pioneer', 'premier', 'dossier', 'courier']);

/** An open-class role head: a lower-case noun shaped like an agent noun ("commentator", "epidemiologist", "historian"). */
export function agentNoun(word: string): boolean {
  const w = word.toLowerCase();
  return /^\p{Ll}+$/u.test(word) && w.length > 4 && !NOT_AGENTS.has(w) && /(ist|ian|man|woman|person|or|eur|ier|eer)s?$/.test(w);
}

const MAX_ROLE_WORDS = Math.max(...[...Object.keys(ROLE_SECTORS), ...GENERIC_ROLES].map((r) => r.split(' ').length));
/** Lower case, a final dot dropped ("Gov." → "gov"), a "then-"/"ex-" prefix dropped, a hyphenated role read as its
 *  words ("Vice-President" → "vice president"; "son-in-law" stays one word). */
export const roleKey = (words: readonly string[]) => words.map(roleWordKey).join(' ');
function roleWordKey(w: string): string {
  const k = w.toLowerCase().replace(/\.$/, '').replace(/^(then|ex|former)[-‐]/, '');
  if (!/[-‐]/.test(k)) return k;
  const spaced = k.replace(/(?<=\p{L})[-‐](?=\p{L})/gu, ' ');
  return isRole(spaced) ? spaced : k;
}

const isRole = (phrase: string) => phrase in ROLE_SECTORS || GENERIC_ROLES.has(phrase);
/** The role a phrase names, singular ("envoys" → "envoy"), or null. */
export function rolePhrase(phrase: string): string | null {
  if (isRole(phrase)) return phrase;
  const singular = phrase.replace(/(?<=[^s])s$/, '');
  return singular !== phrase && isRole(singular) ? singular : null;
}
/** Words that occur inside some role phrase ("foreign" of "foreign minister"): may be capitalised in a title. */
export const ROLE_WORDS = new Set([...Object.keys(ROLE_SECTORS), ...GENERIC_ROLES].flatMap((r) => r.split(' ')).filter((w) => !/^(of|the|and|for|to|in)$/.test(w)));

/** Longest role phrase ending at words[end - 1], as [startIndex, role], or null. */
export function roleEndingAt(words: readonly string[], end: number): [number, string] | null {
  for (let n = Math.min(MAX_ROLE_WORDS, end); n >= 1; n--) {
    const phrase = rolePhrase(roleKey(words.slice(end - n, end)));
    if (phrase) return [end - n, phrase];
  }
  return null;
}

export function sectorOf(role: string): string | undefined {
  const key = roleKey(role.split(/\s+/));
  return ROLE_SECTORS[key] ?? ROLE_SECTORS[rolePhrase(key) ?? ''];
}

/** Sector-bearing words inside a longer role ("foreign ministry deputy director" → ministry → GOV), last first. */
export function sectorInside(words: readonly string[]): string | undefined {
  for (let i = words.length - 1; i >= 0; i--) {
    for (const key of [i > 0 ? roleKey(words.slice(i - 1, i + 1)) : '', roleKey([words[i]])]) {
      const s = ROLE_SECTORS[key] ?? INSTITUTION_SECTORS[key];
      if (key && s && !GENERIC_ROLES.has(key) && !ROLE_MODIFIERS.has(key)) return s;
    }
  }
  return undefined;
}
