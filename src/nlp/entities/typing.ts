// Mentions grouped into one cluster per referent, then typed by what the article and the lexicons say, in order:
// heads and articles, bodies and owned things, the corpus's word knowledge, places, products, brands and teams, lists
// and the kinds that open them, cities that win or lose games or play them, places the text positions, days and
// colours, Title-Case phrases the text also writes in lower case, and last the names too weakly attested to report.
// Each pass is linear in the clusters.
import { place } from '../geo/index.js';
import type { TokenView } from './context.js';
import { clusterMentions, type Cluster } from './cluster.js';
import { articledPeople, featuresArePlaces, placesNeverPlaced, productsAreThings } from './names.js';
import { gazetteerPlaces, namesByHeads } from './heads.js';
import { givenNamesJoin, isNameWord, isPlaceWord, lexicalTypes, namesBeforeBodyHeads, ownedThings } from './lexical.js';
import { institution } from './institutions.js';
import { brandsAndTeams, listSiblings } from './brands.js';
import { daysProductsColours } from './things.js';
import { namesByTheirNoun, namesUsedAsThings, namesWithIndefiniteArticle } from './uses.js';
import { positionedMentions, positionedPlaces } from './positioned.js';
import { unnamedPeople, weakNames } from './evidence.js';
import { unsureFirms, unsurePeople } from './unsure.js';
import { dropCommonPhrases } from './common-phrases.js';
import { numberedThings } from './model-numbers.js';
import { teamsByResults, teamsInGames } from './teams.js';
import { listsOfKind } from './kinds.js';
import { clusterLists } from './lists.js';
import type { Mention } from './types.js';

const isPlace = (name: string) => !!place(name);
const isInstitution = (name: string) => !!institution(name);
const isKnown = (name: string) => isInstitution(name) || isPlace(name);

/** The clusters of the mentions, typed, with the ones that are no entity dropped. */
export function typedClusters(v: TokenView, mentions: readonly Mention[]): Cluster[] {
  let clusters = givenNamesJoin(clusterMentions(mentions));
  namesByHeads(v, clusters, isInstitution);
  gazetteerPlaces(clusters, (name) => place(name)?.kind, isInstitution);
  unsurePeople(clusters);
  articledPeople(v, clusters);
  namesBeforeBodyHeads(v, clusters);
  ownedThings(v, clusters);
  clusters = lexicalTypes(v, clusters, isPlace);
  unsureFirms(v, clusters);
  featuresArePlaces(v, clusters, isInstitution);
  productsAreThings(v, clusters, isKnown);
  brandsAndTeams(v, clusters, isKnown);
  namesUsedAsThings(v, clusters, isKnown);
  namesWithIndefiniteArticle(v, clusters);
  numberedThings(v, clusters, isKnown);
  namesByTheirNoun(v, clusters, isKnown);
  // (The lists of names are read once: the rules below retype clusters but move no mention.)
  const lists = clusterLists(v, clusters);
  listSiblings(clusters, lists, isPlace);
  listsOfKind(v, clusters, lists);
  teamsByResults(v, clusters, (name) => place(name)?.kind === 'country');
  teamsInGames(v, clusters, (name) => place(name)?.kind);
  const placed = positionedMentions(v, lists);
  positionedPlaces(v, clusters, placed, isKnown);
  clusters = daysProductsColours(v, clusters, isKnown);
  clusters = placesNeverPlaced(v, clusters, isPlace, isPlaceWord, placed);
  clusters = dropCommonPhrases(v, clusters, isKnown);
  return unnamedPeople(v, weakNames(v, clusters), isNameWord);
}
