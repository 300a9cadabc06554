// Our own NER annotations of news texts (training/ner/README.md): per text, each name as written with its type, and
// where they fall in a tokenised text. Names rather than offsets, so the file holds no text of the articles.
import type { Span } from '../../../doc/types.js';

/** Types an annotation may give; NORP is written as MISC in the CoNLL file, as CoNLL-2003 does. */
const TYPES: Record<string, string> = { PER: 'PER', ORG: 'ORG', LOC: 'LOC', MISC: 'MISC', NORP: 'MISC' };

export interface TextAnnotation {
  /** Each name (exactly as written) with its CoNLL type. */
  names: Map<string, string>;
  /** Names the annotator saw used with two types in the text: their sentences are not trained on. */
  ambiguous: Set<string>;
}

/**
 * Reads lines `ID<TAB>TYPE<TAB>NAME`, `ID<TAB>AMBIG<TAB>NAME` and `ID<TAB>DONE`; only texts marked DONE are kept (a
 * text without its DONE line was not finished, and its unlisted names would be read as non-names).
 */
export function readAnnotations(tsv: string): Map<string, TextAnnotation> {
  const all = new Map<string, TextAnnotation>();
  const done = new Set<string>();
  tsv.split('\n').forEach((line, n) => {
    const f = line.replace(/\r$/, '').split('\t');
    if (!f[0].trim()) return;
    const [id, kind, name] = [f[0].trim(), (f[1] ?? '').trim(), (f[2] ?? '').trim()];
    if (kind === 'DONE') { done.add(id); return; }
    if (!name || (kind !== 'AMBIG' && !(kind in TYPES))) throw new Error(`annotation line ${n + 1}: expected ID, type and name: ${line}`);
    const ann = all.get(id) ?? { names: new Map(), ambiguous: new Set() };
    all.set(id, ann);
    const before = ann.names.get(name);
    if (kind === 'AMBIG' || (before && before !== TYPES[kind])) { ann.ambiguous.add(name); ann.names.delete(name); }
    else if (!ann.ambiguous.has(name)) ann.names.set(name, TYPES[kind]);
  });
  for (const id of done) if (!all.has(id)) all.set(id, { names: new Map(), ambiguous: new Set() });
  return new Map([...all].filter(([id]) => done.has(id)));
}

export interface MarkedTokens {
  /** IOB2 tag of each token. */
  tags: string[];
  /** Tokens of a name annotated with two types. */
  ambiguous: boolean[];
  /** Name occurrences marked. */
  count: number;
}

/**
 * Marks each annotated name at every occurrence in `text` whose ends are token ends, longest names first, never over
 * a token already marked ("Detroit Lions" before "Detroit"); a name that does not start and end on token edges ("Wick"
 * inside "Wicks") is no occurrence.
 */
export function markNames(text: string, tokens: readonly Span[], ann: TextAnnotation): MarkedTokens {
  const tags: string[] = tokens.map(() => 'O');
  const ambiguous = tokens.map(() => false);
  const byStart = new Map(tokens.map((t, i) => [t.start, i]));
  const byEnd = new Map(tokens.map((t, i) => [t.end, i]));
  const taken = tokens.map(() => false);
  let count = 0;
  const entries: [string, string | null][] = [...ann.names, ...[...ann.ambiguous].map(n => [n, null] as [string, null])];
  entries.sort((a, b) => b[0].length - a[0].length);
  for (const [name, type] of entries) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const first = byStart.get(at), last = byEnd.get(at + name.length);
      if (first === undefined || last === undefined || last < first) continue;
      if (taken.slice(first, last + 1).some(Boolean)) continue;
      for (let i = first; i <= last; i++) {
        taken[i] = true;
        if (type === null) ambiguous[i] = true;
        else tags[i] = `${i === first ? 'B' : 'I'}-${type}`;
      }
      if (type !== null) count++;
    }
  }
  return { tags, ambiguous, count };
}
