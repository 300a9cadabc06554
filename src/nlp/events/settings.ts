// Every tunable constant of the events layer, in one place.
import { layerFile } from '../../resolve-data.js';

/** The cue lexicon (our own; see its "origin" field) and the actor-code tables, kept as data. */
export const CUES_PATH = layerFile('nlp/events/cues.json');
export const ACTORS_PATH = layerFile('nlp/events/actors.json');

/** A target is looked for at most this many tokens after the cue (beyond it, the actor belongs to another fact). */
export const TARGET_WINDOW = 18;

/** A noun cue takes as its source an actor that ends at most this many tokens before it ("Russia's [massive] attack"). */
export const NOUN_SOURCE_GAP = 3;

/** The verb governing a noun cue ("launched a missile strike") is at most this many tokens before it. */
export const LIGHT_VERB_GAP = 7;

/** Auxiliaries, negation and modals of a cue are looked for at most this many tokens before it. */
export const AUX_WINDOW = 5;

/** A passive cue's agent ("by X") is at most this many tokens after it. */
export const AGENT_WINDOW = 6;

/** Two tellings of an event merge only when their dates are this many days apart at most (or one has none). */
export const MERGE_MAX_DAYS = 0;

/** A trailing attribution (", a senior official said on Saturday") is at most this many tokens long. */
export const ATTRIBUTION_MAX_TOKENS = 20;

/** An event that names only its source, and that no fuller telling in the article takes as a mention, is kept only
 *  for these types. One-sided rows are where dictionary coders go wrong most: keeping AGREE, RETREAT, PROTEST,
 *  MOBILIZE and CONCEDE ones raised GSR type F1 0.56 → 0.61 but cut article event precision on half B 0.46 → 0.37.
 *  Kept: the types PLOVER 2.0 defines as acts on oneself (a withdrawal, a release, a ceasefire; a deployment), which
 *  need no recipient: neither half of the GSR nor article precision falls (GSR B full F1 0.508 → 0.520). AGREE raised
 *  GSR A but cut article precision (A 19/24 → 19/26), so it stays out. */
export const ONE_SIDED_TYPES: ReadonlySet<string> = new Set<string>(['RETREAT', 'MOBILIZE']);

/** Verbal types kept with their source alone only when a political actor states an act as a fact, in the active
 *  voice, with a verb ("Papandreou demanded immediate elections", "Kostunica promised to democratize Serbia"; see
 *  statedAlone in index.ts): a noun ("his demands"), a passive ("Ukraine is being asked"), a people ("Americans are
 *  proposing") or a firm ("The Times is committed to publishing …") is where one-sided rows of these types went
 *  wrong (keeping them all: seedlike precision B 24/32 → 24/39, 7 wrong AEB rows). */
export const ONE_SIDED_STATED: ReadonlySet<string> = new Set<string>(['AGREE', 'REQUEST']);

/** A noun cue's recipient is introduced by a preposition at most this many tokens after it ("strikes [overnight] on"). */
export const NOUN_PREP_GAP = 2;

/** "talks [in Abu Dhabi] between Russia and Ukraine": the "between" of a reciprocal noun is at most this far after it. */
export const BETWEEN_GAP = 5;

/** "after", "as", "since" open a clause when a verb follows within this many tokens ("as US and Israeli war planes
 *  struck"); else they are prepositions ("after four years"). */
export const SUBORDINATE_VERB_WINDOW = 8;

/** A clause is read at most this many tokens either side of a cue: a run-on "sentence" (a list, a table row) stays
 *  linear to code. */
export const MAX_CLAUSE_TOKENS = 60;

/** A titled person or an organisation without a country, in a sentence naming exactly one country, belongs to it. */
export const SOLE_COUNTRY_FALLBACK = true;

/** A bare "allow" is access when a word of access or return (words.ts ACCESS_OBJECTS) comes at most this many tokens
 *  after it ("allow up to 13,000 refugees … to return": the refugees come fourth). */
export const ACCESS_WINDOW = 8;

/** "called for Assad to be [quickly] extradited from Moscow": how far after the demanded object the doer is looked for. */
export const PASSIVE_DOER_WINDOW = 8;

/** "refused to respond to a demand from X": how far after a rejecting verb the asking noun may stand. */
export const ASKER_WINDOW = 6;
