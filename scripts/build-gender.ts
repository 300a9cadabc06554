// Builds models/given-gender.json: given names that the name lists of @faker-js/faker (MIT) give one gender only,
// over its Latin-script locales (a name listed female in some locales and male in others is left out). Pronoun
// resolution reads it so that "she" does not go to "Vladimir …". Run: npx tsx scripts/build-gender.ts
import { writeFileSync } from 'node:fs';
import { allLocales } from '@faker-js/faker';
import { GIVEN_GENDER_PATH } from '../src/nlp/entities/settings.js';

const LATIN = /^[\p{Script=Latin}][\p{Script=Latin}'’-]*$/u;
const votes = new Map<string, { f: number; m: number }>();
for (const locale of Object.values(allLocales) as { person?: { first_name?: { female?: unknown; male?: unknown } } }[]) {
  const names = locale.person?.first_name;
  if (!names) continue;
  for (const g of ['female', 'male'] as const) {
    const list = names[g];
    if (!Array.isArray(list)) continue;
    for (const raw of list) {
      if (typeof raw !== 'string' || !LATIN.test(raw)) continue;
      const name = raw.toLowerCase();
      const v = votes.get(name) ?? { f: 0, m: 0 };
      v[g === 'female' ? 'f' : 'm']++;
      votes.set(name, v);
    }
  }
}
const f: string[] = [];
const m: string[] = [];
for (const [name, v] of votes) {
  if (v.f && !v.m) f.push(name);
  else if (v.m && !v.f) m.push(name);
}
f.sort();
m.sort();
writeFileSync(new URL(GIVEN_GENDER_PATH), JSON.stringify({ source: '@faker-js/faker first_name lists (MIT), Latin-script locales; names of one gender only', f, m }) + '\n');
console.log(`given-gender.json: ${f.length} female, ${m.length} male names`);
