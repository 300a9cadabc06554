// Country codes (ISO 3166-1 alpha-3, plus CAMEO region codes for regions) of place names, demonyms and capitals.
import { readFileSync } from 'node:fs';
import { GEO_PATH, GEO_STATES_SHARING_NAMES } from './settings.js';

export interface GeoData {
  /** Country names and spellings → code. */
  names: Record<string, string>;
  /** Demonyms ("Ukrainian") → code. */
  demonyms: Record<string, string>;
  /** Capitals → code: a capital often stands for its government ("Moscow said"). */
  capitals: Record<string, string>;
  /** Other cities → code. */
  cities: Record<string, string>;
  /** Sub-national regions (states, provinces, Länder, oblasts) → code: places in a country, not the country. */
  regions: Record<string, string>;
}

export type PlaceKind = 'country' | 'capital' | 'city' | 'region';

let data: GeoData | undefined;
let folded: Map<string, { code: string; kind: PlaceKind }> | undefined;
let foldedDemonyms: Map<string, string> | undefined;

// Diacritics folded too: "Zurich" finds "Zürich", "Chisinau" "Chișinău"; and the apostrophes and half rings of
// transliterations: "Samarra" finds "Sāmarrā’".
// (Plain ASCII, most names, skips the Unicode decomposition.)
const ASCII = /^[\x20-\x7e]*$/;
export const foldPlaceName = (s: string) =>
  (ASCII.test(s) ? s : s.normalize('NFD').replace(/\p{M}/gu, '')).replace(/^the\s+/i, '').replace(/[’']s$/, '').replace(/[’'‘ʿʾʻ`]/gu, '').replace(/\s+/g, ' ').trim().toLowerCase();

function load(): void {
  data ??= JSON.parse(readFileSync(GEO_PATH, 'utf8')) as GeoData;
  if (folded) return;
  folded = new Map();
  // Later kinds never overwrite earlier ones: a country name beats a city of the same name. A region beats a city of
  // its name in another country ("Virginia" is the state, not the South African town; "Ontario" the province).
  const regions = data.regions ?? {};
  for (const [kind, table] of [['country', data.names], ['capital', data.capitals], ['city', data.cities], ['region', regions]] as const)
    for (const [name, code] of Object.entries(table)) {
      if (kind === 'city' && regions[name] && regions[name] !== code) continue;
      if (!folded.has(foldPlaceName(name))) folded.set(foldPlaceName(name), { code, kind });
    }
  foldedDemonyms = new Map();
  for (const [name, code] of Object.entries(data.demonyms)) {
    foldedDemonyms.set(foldPlaceName(name), code);
    if (!/(ese|ss|ch|sh)$/i.test(name)) foldedDemonyms.set(foldPlaceName(name) + 's', code); // "Ukrainians", "Israelis"
  }
}

/** The place a name denotes, if the gazetteer knows it ("Kyiv" → UKR capital, "U.S." → USA country). */
export function place(name: string): { code: string; kind: PlaceKind } | null {
  load();
  return folded!.get(foldPlaceName(name)) ?? null;
}

/** The country code of a demonym ("Ukrainian", "Russians" → …). */
export function demonym(word: string): string | null {
  load();
  return foldedDemonyms!.get(foldPlaceName(word)) ?? null;
}

/** Country of a place name or a demonym. */
export function countryOf(word: string): string | null {
  return place(word)?.code ?? demonym(word);
}

let regionCodes: Map<string, string> | undefined;

/**
 * The country of a sub-national region's name ("Ontario" → CAN, "N.M." → USA), including the US states whose names a
 * country or a capital also bears ("Georgia", "Washington"), which place() reads as the country or the capital: what
 * a place's qualifier after a comma means ("London, Ontario", "Athens, Georgia").
 */
export function regionCountry(name: string): string | undefined {
  load();
  if (!regionCodes) {
    regionCodes = new Map();
    for (const table of [data!.regions ?? {}, GEO_STATES_SHARING_NAMES])
      for (const [n, code] of Object.entries(table)) regionCodes.set(foldPlaceName(n), code);
  }
  return regionCodes.get(foldPlaceName(name));
}
