// CoNLL-format NER files: documents (split at -DOCSTART-) of sentences (split at blank lines).
import { readFileSync } from 'node:fs';

export interface ConllSentence {
  tokens: string[];
  /** Gold tags as written (IOB1, IOB2 or BILOU), last column. */
  tags: string[];
  /** Index of each token's line in the file. */
  lines: number[];
}

export interface ConllFile {
  lines: string[];
  docs: ConllSentence[][];
  /** Each document's group, from a `group=KEY` field on its -DOCSTART- line (texts of one story share one), or null. */
  docGroups: (string | null)[];
  /** Each document's id, from an `id=ID` field on its -DOCSTART- line, or null. */
  docIds: (string | null)[];
}

/**
 * Reads a CoNLL file. Files with -DOCSTART- lines are split into documents there; files without them
 * (WikiANN, re3d) make one document per sentence, since their sentences come from unrelated pages.
 */
export function readConll(path: string): ConllFile {
  const lines = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
  while (lines.length && !lines[lines.length - 1].trim()) lines.pop();
  const hasDocs = lines.some(l => l.startsWith('-DOCSTART-'));
  const docs: ConllSentence[][] = [];
  const docGroups: (string | null)[] = [];
  const docIds: (string | null)[] = [];
  let group: string | null = null;
  let id: string | null = null;
  let doc: ConllSentence[] = [];
  let sent: ConllSentence = { tokens: [], tags: [], lines: [] };
  const endSentence = () => {
    if (sent.tokens.length) {
      if (hasDocs) doc.push(sent);
      else docs.push([sent]);
    }
    sent = { tokens: [], tags: [], lines: [] };
  };
  const endDoc = () => {
    endSentence();
    if (doc.length) { docs.push(doc); docGroups.push(group); docIds.push(id); }
    doc = [];
  };
  lines.forEach((line, i) => {
    const f = line.trim().split(/\s+/).filter(Boolean);
    if (!f.length) return endSentence();
    if (f[0] === '-DOCSTART-') {
      endDoc();
      group = f.find(x => x.startsWith('group='))?.slice(6) ?? null;
      id = f.find(x => x.startsWith('id='))?.slice(3) ?? null;
      return;
    }
    sent.tokens.push(f[0]);
    sent.tags.push(f.length > 1 ? f[f.length - 1] : 'O');
    sent.lines.push(i);
  });
  endDoc();
  if (!hasDocs) for (const _ of docs) { docGroups.push(null); docIds.push(null); }
  return { lines, docs, docGroups, docIds };
}

/** The file's lines with a predicted tag appended to every token line (the score-ner.mjs prediction format). */
export function withPredictions(file: ConllFile, predicted: string[][][]): string {
  const out = file.lines.slice();
  file.docs.forEach((doc, d) =>
    doc.forEach((s, k) => s.lines.forEach((ln, i) => (out[ln] = `${file.lines[ln].trimEnd()} ${predicted[d][k][i]}`))),
  );
  return out.join('\n') + '\n';
}
