// Entity-layer thresholds: how far around a name descriptions are read.
import { packageFile } from '../../resolve-data.js';


/** At most this many tokens in an apposition before or after a name (", head of Russia's sovereign wealth fund,"). */
export const MAX_APPOSITION_TOKENS = 14;
/** At most this many capitalised words name the institution next to a role. */
export const MAX_INSTITUTION_WORDS = 6;
/** At most this many words in a title before a name ("foreign ministry deputy director for …"). */
export const MAX_TITLE_WORDS = 7;
/** A place the gazetteer does not know takes the country of a known place at most this many sentences before it. */
export const NEARBY_PLACE_SENTENCES = 1;
/** At most this many words in a quoted title of a work ("Takin' It to the Streets"). */
export const MAX_WORK_TITLE_WORDS = 10;

/** Given names of one gender (scripts/build-gender.ts), for pronoun agreement. */
export const GIVEN_GENDER_PATH = packageFile('models/given-gender.json');

/** Tokens of a leading adverbial ("Ahead of Tuesday's talks, …", "After his talks with Tusk, …") or of a described
 *  subject ("the Iranian top official") that pronoun resolution reads. */
export const MAX_LEAD_TOKENS = 8;

/** Below this type margin the tagger was unsure of a mention's type, and a gazetteer may settle it (a one-word city
 *  typed an organisation, "flights from Boise and Spokane": margins about 35). Spans under it are exactly right
 *  (tokens and type) 62 % of the time on CoNLL eng.testa against 96 % above, 36 % against 70 % on wikigold (held out;
 *  `npx tsx scripts/eval-margins.ts --bands 0,48`); a city named for its team ("Boise beat Spokane 3-1") scores about
 *  62-66, above it. */
export const UNSURE_TYPE_MARGIN = 48;
