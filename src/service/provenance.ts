// The provenance the store keeps with each version, from the input item it was analysed from.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { InputItem } from '../input/types.js';
import type { Provenance } from '../store/types.js';

/** `item` is the decoded input the batch hands its sink: a batch that stores must decode in its own thread. */
export function provenanceOf(item: InputItem | undefined): Provenance {
  if (!item) throw new Error('provenance: the batch left its inputs to its workers to decode (decodeInWorkers)');
  const digest = createHash('sha256').update(item.content).digest('hex').slice(0, 16);
  switch (item.from) {
    case 'url':
      return { kind: 'fetch', source: item.source, finalUrl: item.meta.url ?? item.source, digest };
    case 'record':
      return { kind: 'record', source: item.source, recordId: item.meta.id ?? null, digest };
    case 'stdin':
      return { kind: 'stdin', source: item.source, digest };
    default:
      return { kind: 'file', source: item.source, path: resolve(item.source), digest };
  }
}
