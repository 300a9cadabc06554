import type { Doc } from './doc.js';

/** Names of the Doc layers a component may read or fill. */
export type Layer = 'text' | 'blocks' | 'sentences' | 'tokens' | 'entities' | 'quotes' | 'attributions' | 'amounts' | 'times' | 'events';

/** A pipeline component: a function over the Doc that declares what it needs and what it fills. */
export interface Component {
  name: string;
  requires: readonly Layer[];
  assigns: readonly Layer[];
  run(doc: Doc): void;
}
