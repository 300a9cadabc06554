// Working types of the quote extractor, before speakers are linked to entities.
import type { Span } from '../../doc/types.js';
import type { Cue } from './cues.js';
import type { TokenRange } from './phrases.js';

export type QuoteKind = 'direct' | 'partial' | 'indirect';

export interface Found {
  kind: QuoteKind;
  /** Content, one piece per paragraph or per side of an interrupting frame ("A,” he said, “B"). */
  pieces: Span[];
  cue: Cue | null;
  speaker: TokenRange | null;
  /** Quotes of one attribution share a group: the halves of an interrupted quote, the paragraphs that continue a
   * quote with no frame of their own. */
  group: number;
}
