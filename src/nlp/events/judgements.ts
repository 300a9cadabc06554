// A teller's judgement of another party, an accusation (CAMEO 11, PLOVER ACCUSE: disapprove) that no accusing verb
// carries: "Zelensky said it was “not fair” that Trump …" (the one judged follows "that" or "for") and "Trump said
// Ukraine was holding up a peace deal" (the one judged is the obstructing clause's subject). Only the words are
// matched here (lexicon judgements); the coder finds the teller and the subject.
import { isQuoteMark } from '../../doc/english.js';
import type { Actor } from './actors.js';
import { lexicon } from './lexicon.js';
import { BE_FORMS } from './words.js';

export interface Judgement {
  cueFirst: number;
  cueLast: number;
  /** The actor judged (index into the actors), or 'subject': the subject of the clause before the cue. */
  judged: number | 'subject';
}

/** Words between an obstruction and its peace noun ("holding up a [lasting] peace deal"). */
const PEACE_GAP = 3;

/** Last token of the word sequence `seq` at token i, or -1. */
function matchAt(w: readonly string[], i: number, seq: readonly string[], s1: number): number {
  if (i + seq.length - 1 > s1) return -1;
  for (let k = 0; k < seq.length; k++) if (w[i + k] !== seq[k]) return -1;
  return i + seq.length - 1;
}

/** The judgements of the sentence of tokens [s0, s1] (`w`: lower-case words). Linear: a few lookups per token. */
export function findJudgements(w: readonly string[], pos: (i: number) => string, actorAt: Int32Array, actors: readonly Actor[], s0: number, s1: number): Judgement[] {
  const { disapproval, obstruction, peaceNouns } = lexicon().judgements;
  const out: Judgement[] = [];
  for (let i = s0; i <= s1; i++) {
    if (w[i] === 'it' && BE_FORMS.has(w[i + 1] ?? '')) {
      let j = i + 2;
      while (j <= s1 && (isQuoteMark(w[j]) || pos(j) === 'ADV') && w[j] !== 'not') j++;
      for (const seq of disapproval) {
        const last = matchAt(w, j, seq, s1);
        if (last < 0) continue;
        let k = last + 1;
        while (k <= s1 && isQuoteMark(w[k])) k++;
        if (w[k] !== 'that' && w[k] !== 'for') break;
        const at = w[k + 1] === 'the' ? k + 2 : k + 1;
        const a = at <= s1 ? actorAt[at] : -1;
        if (a >= 0 && actors[a].first === at) out.push({ cueFirst: j, cueLast: last, judged: a });
        break;
      }
      continue;
    }
    for (const seq of obstruction.get(w[i]) ?? []) {
      const last = matchAt(w, i, seq, s1);
      if (last < 0) continue;
      for (let k = last + 1; k <= Math.min(s1, last + PEACE_GAP); k++) {
        if (peaceNouns.has(w[k])) {
          out.push({ cueFirst: i, cueLast: last, judged: 'subject' });
          break;
        }
      }
      break;
    }
  }
  return out;
}
