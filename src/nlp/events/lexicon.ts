// The cue lexicon (cues.json) and actor tables (actors.json) as lookup structures: each cue phrase becomes a
// sequence of word-form sets (the verb's inflections, the noun's plural), indexed by the forms of its first word.
import { readFileSync } from 'node:fs';
import { ACTORS_PATH, CUES_PATH } from './settings.js';

export type PloverType =
  | 'AGREE' | 'CONSULT' | 'SUPPORT' | 'CONCEDE' | 'COOPERATE' | 'AID' | 'RETREAT' | 'REQUEST'
  | 'ACCUSE' | 'REJECT' | 'THREATEN' | 'PROTEST' | 'SANCTION' | 'MOBILIZE' | 'COERCE' | 'ASSAULT';

export interface Cue {
  type: PloverType;
  mode: string | null;
  /** PLOVER context the cue implies ("military aid" → military), if any. */
  context: string | null;
  /** Talks between A and B: both directions. */
  reciprocal: boolean;
  kind: 'verb' | 'noun' | 'adj';
  /** Index of the phrase's inflected verb word (0, or 1 after a manner adverb). */
  verbAt: number;
  /** Accepted lower-case forms of each word of the phrase. */
  words: Set<string>[];
  phrase: string;
}

/** English irregular verb forms (closed list of the irregular verbs that occur in the cue lexicon). */
const IRREGULAR: Record<string, string[]> = {
  meet: ['met'], hold: ['held'], strike: ['struck', 'stricken'], shoot: ['shot'], fight: ['fought'],
  withdraw: ['withdrew', 'withdrawn'], throw: ['threw', 'thrown'], blow: ['blew', 'blown'], break: ['broke', 'broken'],
  give: ['gave', 'given'], send: ['sent'], sell: ['sold'], seek: ['sought'], forgive: ['forgave', 'forgiven'],
  beat: ['beaten'], lead: ['led'], take: ['took', 'taken'], undertake: ['undertook', 'undertaken'], bring: ['brought'],
  freeze: ['froze', 'frozen'], go: ['went', 'gone', 'goes'], pay: ['paid'], make: ['made'], wage: [], lay: ['laid'],
  call: [], let: [], put: [], set: [], cut: [], hit: [], quit: [], spread: [], swear: ['swore', 'sworn'],
  back: [], draw: ['drew', 'drawn'], stand: ['stood'], win: ['won'], flee: ['fled'], mislead: ['misled'],
  deal: ['dealt'], sit: ['sat'], speak: ['spoke', 'spoken'], rebuild: ['rebuilt'], build: ['built'], keep: ['kept'],
};

const VOWEL = /[aeiou]/;

/** Inflections of an English verb lemma (over-generation is harmless: a non-word never matches). */
export function verbForms(lemma: string): string[] {
  const out = new Set([lemma, ...(IRREGULAR[lemma] ?? [])]);
  const last = lemma.slice(-1);
  if (/(s|x|z|ch|sh|o)$/.test(lemma)) out.add(lemma + 'es');
  else if (last === 'y' && !VOWEL.test(lemma.slice(-2, -1))) out.add(lemma.slice(0, -1) + 'ies');
  else out.add(lemma + 's');
  if (last === 'e') {
    out.add(lemma + 'd');
    if (!lemma.endsWith('ee')) out.add(lemma.slice(0, -1) + 'ing');
    else out.add(lemma + 'ing');
  } else if (last === 'y' && !VOWEL.test(lemma.slice(-2, -1))) {
    out.add(lemma.slice(0, -1) + 'ied');
    out.add(lemma + 'ing');
  } else {
    out.add(lemma + 'ed');
    out.add(lemma + 'ing');
    // A final consonant after one vowel may double ("stop" → "stopped", "ban" → "banned").
    if (/[^aeiou][aeiou][bdglmnprt]$/.test(lemma)) {
      out.add(lemma + last + 'ed');
      out.add(lemma + last + 'ing');
    }
  }
  return [...out];
}

/** Singular and plural of a noun. */
export function nounForms(noun: string): string[] {
  if (noun.endsWith('s') && !noun.endsWith('ss')) return [noun];
  if (/(x|z|ch|sh|ss)$/.test(noun)) return [noun, noun + 'es'];
  if (/[^aeiou]y$/.test(noun)) return [noun, noun.slice(0, -1) + 'ies'];
  return [noun, noun + 's'];
}

function parse(entry: string, type: PloverType, kind: Cue['kind']): Cue {
  const reciprocal = entry.startsWith('*');
  const [head, context] = entry.replace(/^\*/, '').split('@');
  const [phrase, mode] = head.split(':');
  const parts = phrase.split(' ');
  // A verb phrase inflects its verb: the first word, or the second after a manner adverb ("sexually abuse").
  const verbAt = kind === 'verb' && parts.length > 1 && /ly$/.test(parts[0]) ? 1 : 0;
  const words = parts.map((w, i) => {
    if (kind === 'verb' && i === verbAt) return new Set(verbForms(w));
    if (kind === 'noun' && i === parts.length - 1) return new Set(nounForms(w));
    return new Set([w]);
  });
  return { type, mode: mode || null, context: context || null, reciprocal, kind, words, phrase, verbAt };
}

export interface Lexicon {
  /** First-word form → cues starting with it, longest phrase first. */
  byFirst: Map<string, Cue[]>;
  /** Lower-case actor-organisation name → IGO | NGO. */
  orgCodes: Map<string, string>;
  /** Group noun → PLOVER sector ("troops" → MIL). */
  sectors: Map<string, string>;
  /** Longest organisation name, in words. */
  maxOrgWords: number;
  /** Every proper word prefix of an organisation's name ("united", "united nations"), lower case: a scan for names
   *  stops as soon as what it read starts none. */
  orgPrefixes: Set<string>;
  /** Group noun that names an actor on its own ("rebels", "riot police") → PLOVER sector. */
  groups: Map<string, string>;
  /** Lower-case country name or nationality word the gazetteer lacks or misreads → ISO-3 code. */
  countryAliases: Map<string, string>;
  /** The nationality words among them ("Bosnian"): adjectival actors. */
  demonymAliases: Set<string>;
  /** Cue phrase → object words one of which must follow it ('@people': people), or that make it no event. */
  objectNeeds: Map<string, ReadonlySet<string> | '@people'>;
  /** Cue phrase → the name of the shared object list it needs ("prevent" → "assembly"), when it needs one. */
  objectList: Map<string, string>;
  objectExcludes: Map<string, ReadonlySet<string>>;
  /** Protest cue phrase → the type and mode it takes when a state or its forces act, or null (no event). */
  stateSenses: Map<string, { type: PloverType; mode: string | null } | null>;
  /** A teller's judgements of another party: word sequences of disapproval and of obstruction, and peace nouns. */
  judgements: { disapproval: string[][]; obstruction: ReadonlyMap<string, string[][]>; peaceNouns: ReadonlySet<string> };
}

let cached: Lexicon | undefined;

/** Word sequences of phrases, indexed by their first word (a per-token lookup, not a scan of every phrase). */
function byFirstWord(phrases: readonly string[]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const p of phrases) {
    const seq = p.split(' ');
    const list = out.get(seq[0]);
    if (list) list.push(seq);
    else out.set(seq[0], [seq]);
  }
  return out;
}

export function lexicon(): Lexicon {
  if (cached) return cached;
  const cues = JSON.parse(readFileSync(CUES_PATH, 'utf8')) as Record<'verbs' | 'nouns' | 'adjectives', Record<string, string[]>> & { stateSenses: Record<string, string | null>; judgements: { disapproval: string[]; obstruction: string[]; peaceNouns: string[] }; objectSenses: { lists: Record<string, string[]>; needs: Record<string, string[] | string>; excludes: Record<string, string[]> } };
  const actors = JSON.parse(readFileSync(ACTORS_PATH, 'utf8')) as { igo: string[]; ngo: string[]; img: string[]; sectors: Record<string, string>; groups: Record<string, string>; countryAliases: Record<string, string>; demonymAliases: Record<string, string> };
  const byFirst = new Map<string, Cue[]>();
  const groups = { verb: cues.verbs, noun: cues.nouns, adj: cues.adjectives };
  for (const kind of ['verb', 'noun', 'adj'] as const) {
    for (const [type, entries] of Object.entries(groups[kind])) {
      for (const e of entries) {
        const cue = parse(e, type as PloverType, kind);
        for (const f of cue.words[0]) {
          const list = byFirst.get(f) ?? [];
          list.push(cue);
          byFirst.set(f, list);
        }
      }
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  const lists = new Map(Object.entries(cues.objectSenses.lists).map(([k, v]) => [k, new Set(v)] as const));
  const objectNeeds = new Map<string, ReadonlySet<string> | '@people'>();
  const objectList = new Map<string, string>();
  for (const [phrase, v] of Object.entries(cues.objectSenses.needs)) {
    if (v === '@people') objectNeeds.set(phrase, v);
    else if (typeof v === 'string') {
      const list = lists.get(v.slice(1));
      if (!list) throw new Error(`cues.json: objectSenses.needs.${phrase} names no list (${v})`);
      objectNeeds.set(phrase, list);
      objectList.set(phrase, v.slice(1));
    } else objectNeeds.set(phrase, new Set(v));
  }
  const objectExcludes = new Map(Object.entries(cues.objectSenses.excludes).map(([k, v]) => [k, new Set(v)] as const));
  const stateSenses = new Map<string, { type: PloverType; mode: string | null } | null>();
  for (const [phrase, sense] of Object.entries(cues.stateSenses)) {
    if (phrase === 'note') continue;
    const [type, mode] = (sense ?? '').split(':');
    stateSenses.set(phrase, sense ? { type: type as PloverType, mode: mode || null } : null);
  }
  const orgCodes = new Map<string, string>();
  // Each name as written ("al-qaeda", an entity's name) and as its tokens read ("al - qaeda": the hyphen is a token).
  const addOrg = (name: string, code: string) => {
    orgCodes.set(name.toLowerCase(), code);
    orgCodes.set(name.toLowerCase().replace(/\s*-\s*/g, ' - '), code);
  };
  for (const n of actors.igo) addOrg(n, 'IGO');
  for (const n of actors.ngo) addOrg(n, 'NGO');
  for (const n of actors.img) addOrg(n, 'IMG');
  const maxOrgWords = Math.max(...[...orgCodes.keys()].map((k) => k.split(' ').length));
  const orgPrefixes = new Set<string>();
  for (const k of orgCodes.keys()) {
    const w = k.split(' ');
    for (let n = 1; n < w.length; n++) orgPrefixes.add(w.slice(0, n).join(' '));
  }
  cached = { byFirst, orgCodes, orgPrefixes, sectors: new Map(Object.entries(actors.sectors)), maxOrgWords, groups: new Map(Object.entries(actors.groups)), countryAliases: new Map([...Object.entries(actors.countryAliases), ...Object.entries(actors.demonymAliases)]), demonymAliases: new Set(Object.keys(actors.demonymAliases)), stateSenses, objectNeeds, objectList, objectExcludes,
    judgements: { disapproval: cues.judgements.disapproval.map((p) => p.split(' ')), obstruction: byFirstWord(cues.judgements.obstruction), peaceNouns: new Set(cues.judgements.peaceNouns) } };
  return cached;
}
