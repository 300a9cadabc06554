// The cue lexicon against the PLOVER 2.0 ontology: every type, mode and context it names exists there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { lexicon } from './lexicon.js';

const ONTOLOGY = new URL('../../../../shared/data/events/plover_v2_ontology.json', import.meta.url);

test('every cue names a PLOVER 2.0 type, one of its modes and a PLOVER context', { skip: !existsSync(ONTOLOGY) }, () => {
  const o = JSON.parse(readFileSync(ONTOLOGY, 'utf8')) as { event_types: Record<string, { modes: string[] }>; contexts: string[] };
  const seen = new Set<string>();
  for (const cues of lexicon().byFirst.values()) {
    for (const c of cues) {
      seen.add(c.type);
      assert.ok(o.event_types[c.type], `${c.phrase}: unknown type ${c.type}`);
      if (c.mode) assert.ok(o.event_types[c.type].modes.map((m) => m.toLowerCase()).includes(c.mode), `${c.phrase}: ${c.mode} is no ${c.type} mode`);
      if (c.context) assert.ok(o.contexts.includes(c.context), `${c.phrase}: unknown context ${c.context}`);
    }
  }
  assert.equal(seen.size, 16, 'all 16 PLOVER types have cues');
});
