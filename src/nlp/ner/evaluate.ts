// Tagging CoNLL files with the model and entity-level scoring (the same chunk reading as score-ner.mjs).
import type { ConllFile } from './conll.js';
import { labelsToBio, tagsToSpans } from './labels.js';
import type { NerModel } from './model.js';
import type { EntityType } from './settings.js';

/** Our types → CoNLL-2003 names (NORP is a kind of MISC there). */
export function conllTypeName(t: EntityType): string {
  return t === 'NORP' ? 'MISC' : t;
}

/** IOB2 predictions per document / sentence / token, in CoNLL type names. */
export function predictConll(model: NerModel, file: ConllFile): string[][][] {
  return file.docs.map(doc => model.tagLabels(doc.map(s => s.tokens)).map(l => labelsToBio(l, conllTypeName)));
}

export interface Prf { gold: number; pred: number; correct: number; precision: number; recall: number; f1: number }

function prf(correct: number, gold: number, pred: number): Prf {
  const precision = pred ? correct / pred : 0, recall = gold ? correct / gold : 0;
  return { gold, pred, correct, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Micro P/R/F1 over all types and per type; `types` limits both sides to those types (e.g. no MISC on WikiANN). */
export function scoreSpans(file: ConllFile, predicted: string[][][], types?: string[]): { overall: Prf; byType: Record<string, Prf> } {
  const count = new Map<string, { gold: number; pred: number; correct: number }>();
  const bump = (t: string, k: 'gold' | 'pred' | 'correct') => {
    if (types && !types.includes(t)) return;
    if (!count.has(t)) count.set(t, { gold: 0, pred: 0, correct: 0 });
    count.get(t)![k]++;
  };
  file.docs.forEach((doc, d) =>
    doc.forEach((s, k) => {
      const g = tagsToSpans(s.tags), p = tagsToSpans(predicted[d][k]);
      const keys = new Set(g.map(x => `${x.start}:${x.end}:${x.type}`));
      for (const x of g) bump(x.type, 'gold');
      for (const x of p) {
        bump(x.type, 'pred');
        if (keys.has(`${x.start}:${x.end}:${x.type}`)) bump(x.type, 'correct');
      }
    }),
  );
  const byType: Record<string, Prf> = {};
  let c = 0, g = 0, p = 0;
  for (const [t, v] of [...count].sort()) {
    byType[t] = prf(v.correct, v.gold, v.pred);
    c += v.correct; g += v.gold; p += v.pred;
  }
  return { overall: prf(c, g, p), byType };
}
