// One shared wink-nlp instance (the model loads once per process). Only sentence boundaries and POS are run:
// wink's own NER and sentiment are not used and would halve the speed.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

let instance: ReturnType<typeof winkNLP> | undefined;

export function wink(): ReturnType<typeof winkNLP> {
  instance ??= winkNLP(model, ['sbd', 'pos']);
  return instance;
}
