import type { Doc } from '../doc/doc.js';
import type { Component, Layer } from '../doc/component.js';

/** An ordered list of components; the order is checked once, at construction. */
export class Pipeline {
  readonly components: readonly Component[];

  constructor(components: readonly Component[]) {
    const have = new Set<Layer>(['text', 'blocks']);
    for (const c of components) {
      const missing = c.requires.filter((l) => !have.has(l));
      if (missing.length) throw new Error(`pipeline: component "${c.name}" requires ${missing.join(', ')}, which nothing before it assigns`);
      for (const l of c.assigns) have.add(l);
    }
    this.components = components;
  }

  run(doc: Doc): Doc {
    for (const c of this.components) c.run(doc);
    return doc;
  }
}
