// Role words (titles, offices, functions) and the PLOVER sector each implies
// (../shared/data/events/plover_v2_ontology.json: GOV, MIL, LEG, JUD, COP, REB, SPY, PTY, JRN, BUS, …).

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
  senator: 'LEG', sen: 'LEG', congressman: 'LEG', congresswoman: 'LEG', representative: 'LEG', rep: 'LEG',
  lawmaker: 'LEG', legislator: 'LEG', 'member of parliament': 'LEG', mp: 'LEG', speaker: 'LEG', parliament: 'LEG',
  deputy: 'LEG', parliamentarian: 'LEG',
  // military
  general: 'MIL', gen: 'MIL', 'lieutenant general': 'MIL', 'lt. gen': 'MIL', 'major general': 'MIL', admiral: 'MIL',
  adm: 'MIL', colonel: 'MIL', col: 'MIL', commander: 'MIL', 'commander-in-chief': 'GOV', 'army chief': 'MIL',
  'chief of the general staff': 'MIL', marshal: 'MIL', troops: 'MIL', soldiers: 'MIL', soldier: 'MIL', army: 'MIL',
  military: 'MIL', forces: 'MIL', 'armed forces': 'MIL', navy: 'MIL', 'air force': 'MIL', sergeant: 'MIL', captain: 'MIL',
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
};

/**
 * Head words of an institution a role belongs to ("president of the Weatherman Foundation", "Harvard University
 * professor"): its sector overrides the one the role word implies. Words shared with governments or armed groups
 * ("Council", "Union", "Committee", "Bank" of central banks, "Group" of Wagner) are left out on purpose.
 */
export const INSTITUTION_SECTORS: Record<string, string> = {
  foundation: 'SOC', institute: 'SOC', association: 'SOC', society: 'SOC', charity: 'SOC', ngo: 'SOC', trust: 'SOC',
  university: 'EDU', college: 'EDU', school: 'EDU', academy: 'EDU',
  company: 'BUS', corporation: 'BUS', corp: 'BUS', inc: 'BUS', ltd: 'BUS', holdings: 'BUS', airlines: 'BUS',
  party: 'PTY', church: 'REL', diocese: 'REL', hospital: 'MED', clinic: 'MED',
};

/** Sector of the institution named by capitalised words (their last institution head word), if any. */
export function institutionSector(words: readonly string[]): string | undefined {
  for (let i = words.length - 1; i >= 0; i--) {
    const s = INSTITUTION_SECTORS[words[i].toLowerCase().replace(/\.$/, '')];
    if (s) return s;
  }
  return undefined;
}

/** Words that can stand in front of a role without being part of it ("former", "acting", "top"). */
export const ROLE_MODIFIERS = new Set(['former', 'acting', 'interim', 'deputy', 'top', 'chief', 'senior', 'new', 'then', 'outgoing', 'incoming', 'current', 'special', 'late']);

/** Honorifics that carry no role: dropped from names. */
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'madam', 'mister']);

/** Former holders are ELI (elites out of office), not the sector of the office. */
export const FORMER = new Set(['former', 'ex', 'late']);

const MAX_ROLE_WORDS = Math.max(...Object.keys(ROLE_SECTORS).map((r) => r.split(' ').length));

export const roleKey = (words: readonly string[]) => words.map((w) => w.toLowerCase().replace(/\.$/, '')).join(' ');

/** Longest role phrase ending at words[end - 1], as [startIndex, role], or null. */
export function roleEndingAt(words: readonly string[], end: number): [number, string] | null {
  for (let n = Math.min(MAX_ROLE_WORDS, end); n >= 1; n--) {
    const phrase = roleKey(words.slice(end - n, end));
    if (phrase in ROLE_SECTORS) return [end - n, phrase];
  }
  return null;
}

export function sectorOf(role: string): string | undefined {
  return ROLE_SECTORS[roleKey(role.split(/\s+/))];
}
