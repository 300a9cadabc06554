// One shared wink-nlp instance (the model loads once per process). Only sentence boundaries and POS are run:
// wink's own NER and sentiment are not used and would halve the speed.
//
// wink adds every word it has not seen to its lexicon, for good (~100 bytes a word): over a long batch of new names
// that grows without bound. Once WINK_MAX_NEW_WORDS have been added, the next call starts a fresh instance on a
// fresh copy of the model.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { WINK_MAX_NEW_WORDS } from './settings.js';

type Wink = ReturnType<typeof winkNLP>;
type Model = typeof model;
/** The part of wink's core model we read: its lexeme list grows as words are added. */
interface Core {
  features: { lexeme: { list: unknown[] } };
}

let instance: Wink | undefined;
let core: Core | undefined;
let intrinsic = 0;

/** The model with its loaders as wink calls them, except that the core model is kept (to read its lexicon's size)
 *  and the custom-entity meta model is loaded once: its loader serialises its data again at every call, so a
 *  second instance would get a twice-escaped copy. */
const loaders: Model = (() => {
  const m = model as unknown as Record<string, unknown> & { core: () => Core; metaCER: () => unknown };
  let metaCER: unknown;
  return {
    ...m,
    core: () => (core = m.core()),
    metaCER: () => (metaCER ??= m.metaCER()),
  } as unknown as Model;
})();

export function wink(): Wink {
  if (!instance || winkNewWords() > WINK_MAX_NEW_WORDS) {
    instance = winkNLP(loaders, ['sbd', 'pos']);
    intrinsic = core!.features.lexeme.list.length;
  }
  return instance;
}

/** Words the current instance has added to its lexicon since it was made. */
export function winkNewWords(): number {
  return core ? core.features.lexeme.list.length - intrinsic : 0;
}
