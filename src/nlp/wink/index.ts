// One shared wink-nlp instance (the model loads once per process). Only sentence boundaries and POS are run:
// wink's own NER and sentiment are not used and would halve the speed.
//
// wink adds every word it has not seen to its lexicon, for good (~100 bytes a word), and a word it has seen once is
// tokenised differently afterwards ("L.A." is one token in a fresh instance, "L.A" + "." once an earlier text held
// "L.A"): the same text would get other tokens, and so other entities, after other texts. forgetNewWords() makes
// every article start from the lexicon the instance was made with. The words stay in wink's list (its per-word
// features are stored by list position), so once WINK_MAX_NEW_WORDS have been added the next article starts a
// fresh instance on a fresh copy of the model.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { WINK_MAX_NEW_WORDS } from './settings.js';

type Wink = ReturnType<typeof winkNLP>;
type Model = typeof model;
/** The part of wink's core model we read: its lexeme list grows as words are added. */
interface Core {
  features: { lexeme: { list: string[]; hash: Record<string, number> } };
}

let instance: Wink | undefined;
let core: Core | undefined;
let intrinsic = 0;
/** Position in wink's lexeme list from which words were learnt since the last forgetNewWords(). */
let learntFrom = 0;

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
  if (!instance) renew();
  return instance!;
}

function renew(): void {
  instance = winkNLP(loaders, ['sbd', 'pos']);
  intrinsic = learntFrom = core!.features.lexeme.list.length;
}

/** Takes the words learnt since the last call out of wink's lookup, so that what comes next is read as by the
 *  instance as it was made. The tokens component calls it before each article (within one article, words learnt in
 *  one paragraph still serve the next: the article always reads the same). */
export function forgetNewWords(): void {
  if (!core) return;
  // Only here, between articles, may a fresh instance take over: within an article it would forget what the
  // article's first paragraphs taught it.
  if (winkNewWords() > WINK_MAX_NEW_WORDS) return renew();
  const { list, hash } = core.features.lexeme;
  for (let i = learntFrom; i < list.length; i++) if (hash[list[i]] === i) delete hash[list[i]];
  learntFrom = list.length;
}

/** Words the current instance has added to its lexicon since it was made. */
export function winkNewWords(): number {
  return core ? core.features.lexeme.list.length - intrinsic : 0;
}
