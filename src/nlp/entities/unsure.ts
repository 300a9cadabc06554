// Whether the tagger was sure of a mention's type: rules may settle a type the tagger hesitated over with evidence
// they would not trust against a sure tagger (a one-word city typed an organisation only by its context).
import { UNSURE_TYPE_MARGIN } from './settings.js';
import type { RawMention } from './types.js';

/** The tagger gave the mention its type, and with a small margin over the runner-up (ner/margins.ts). */
export const unsureType = (m: RawMention): boolean => !!m.tagged && m.tagged.type === m.type && m.tagged.margin < UNSURE_TYPE_MARGIN;
