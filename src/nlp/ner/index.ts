// Public API of the NER tagger: load the committed model (cached) and tag tokenised documents.
import { readFileSync } from 'node:fs';
import { NerModel } from './model.js';
import { DEFAULT_MODEL_FILE } from './settings.js';
import { modelFile } from '../../resolve-data.js';

export { NerModel } from './model.js';
export { ENTITY_TYPES, PUBLIC_TYPE_NAME, type EntityType } from './settings.js';
export { tagsToSpans, type EntitySpan } from './labels.js';

/** The committed model (found by resolve-data.ts: in the built package, its uncompressed copy). */
export const DEFAULT_MODEL_PATH = modelFile(DEFAULT_MODEL_FILE);

const cache = new Map<string, NerModel>();

/** Loads (once per path) a model file written by scripts/train-ner.ts. */
export function loadNerModel(path: string | URL = DEFAULT_MODEL_PATH): NerModel {
  const key = String(path);
  let model = cache.get(key);
  if (!model) {
    model = NerModel.decode(readFileSync(path));
    cache.set(key, model);
  }
  return model;
}
