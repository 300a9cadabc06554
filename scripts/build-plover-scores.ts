// Builds src/nlp/events/plover-scores.json — the PLOVER 2.0 quad of each event type and the conflict–cooperation
// score of each type and mode — from ../shared/data/events/plover_v2_ontology.json (CC BY-SA 4.0, Open Event Data
// Alliance), so that the event exports never read development data at run time.
//   npx tsx scripts/build-plover-scores.ts
import { readFileSync, writeFileSync } from 'node:fs';

const ontology = JSON.parse(readFileSync(new URL('../../shared/data/events/plover_v2_ontology.json', import.meta.url), 'utf8')) as {
  event_types: Record<string, { quad?: string }>;
  event_mode_scores: Record<string, number>;
};
const quads: Record<string, string> = {};
for (const [type, t] of Object.entries(ontology.event_types)) if (t.quad) quads[type] = t.quad;
const out = {
  source: 'PLOVER 2.0 ontology (plover_v2_ontology.json), Open Event Data Alliance; CC BY-SA 4.0 — this extract is under the same licence',
  quads,
  scores: ontology.event_mode_scores,
};
writeFileSync(new URL('../src/nlp/events/plover-scores.json', import.meta.url), JSON.stringify(out, null, 2) + '\n');
console.log(`${Object.keys(quads).length} quads, ${Object.keys(out.scores).length} scores`);
