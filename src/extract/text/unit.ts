// A unit of the input (a line or a joined paragraph) as it goes through the cleaner.
import type { Verdict } from './classify.js';
import type { Marker } from './markdown.js';

export interface Unit {
  raw: string;
  text: string;
  marker: Marker;
  linkShare: number;
  emphasised: boolean;
  verdict: Verdict;
  reason: string;
  score: number;
}
