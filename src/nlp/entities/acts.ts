// What an organisation does after its name: speaks, trades, owns. Evidence that a name is an actor, not a place or
// a thing.
import type { TokenView } from './context.js';

/** Verbs an organisation does (speech and business): after a name they make it an actor. */
export const ACTOR_VERBS = /^(said|says|say|announced|announces|reported|reports|plans|planned|launched|launches|hired|sold|sells|bought|buys|acquired|acquires|posted|raised|raises|declined|told|tells|added|offers|offered|ordered|orders|shares)$/i;

/** A verb of an organisation's speech or business after token `last`, or an owner's "'s" before a noun. */
export function actsLikeOrganisation(v: TokenView, last: number): boolean {
  const next = v.words[last + 1] ?? '';
  if (/^[’']s$/.test(next)) return /^(NOUN|PROPN|ADJ|NUM)$/.test(v.tokens[last + 2]?.pos ?? '');
  return ACTOR_VERBS.test(next);
}
