// Word lists for resolving speakers that are descriptions rather than names. Closed classes of English nouns,
// written out by hand: the nouns of gendered kinship and office (the usual English masculine/feminine pairs), the
// nouns that name a written document an organisation publishes, and the generic nouns a newspaper uses for a person
// in office or for an organisation once it has been named ("the French leader", "the group").

/** Nouns that are only said of a man / of a woman. */
export const MALE_WORDS = new Set([
  'man', 'men', 'boy', 'father', 'son', 'brother', 'husband', 'uncle', 'nephew', 'grandfather', 'grandson', 'king',
  'prince', 'duke', 'lord', 'sir', 'widower', 'spokesman', 'chairman', 'businessman', 'congressman', 'councilman',
  'alderman', 'sportsman', 'statesman', 'actor', 'monk', 'priest', 'gentleman', 'boyfriend', 'fiance', 'dad',
]);
export const FEMALE_WORDS = new Set([
  'woman', 'women', 'girl', 'mother', 'daughter', 'sister', 'wife', 'aunt', 'niece', 'grandmother', 'granddaughter',
  'queen', 'princess', 'duchess', 'lady', 'dame', 'widow', 'spokeswoman', 'chairwoman', 'businesswoman',
  'congresswoman', 'councilwoman', 'sportswoman', 'stateswoman', 'actress', 'nun', 'girlfriend', 'fiancee', 'mom',
  'mum',
]);

/** Nouns of documents that speak for their author ("the report adds", "a study from X found"). */
export const DOCUMENT_NOUNS = new Set([
  'report', 'reports', 'study', 'studies', 'research', 'survey', 'analysis', 'paper', 'poll', 'statement',
  'investigation', 'assessment', 'review', 'estimate', 'estimates', 'findings', 'data', 'document', 'letter',
  'filing', 'memo', 'audit', 'inquiry', 'briefing', 'release', 'note', 'bulletin', 'forecast', 'index', 'update',
]);

/** Prepositions after a document noun that name its author ("a report from X", "research by X"). */
export const AUTHOR_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'from', 'of']);

/** What a finding comes from besides a document: a verb of evidence with one of these (or a document) before it
 *  reports with a bare noun phrase ("polling averages show Clinton with a lead", "the figures showed a rise"). */
export const DATA_NOUNS = new Set([
  'polling', 'polls', 'average', 'averages', 'figures', 'statistics', 'numbers', 'results', 'census', 'records', 'count',
  'tally', 'surveys', 'studies', 'analyses', 'tests', 'test', 'experiment', 'experiments', 'trial', 'trials', 'model',
  'models', 'projections', 'projection', 'calculations',
]);

/** Generic nouns for a person in office: they fit any person the text gave a role ("the French leader"). */
export const GENERIC_PERSON_HEADS = new Set([
  'leader', 'official', 'politician', 'diplomat', 'lawmaker', 'statesman', 'stateswoman', 'incumbent', 'head',
  'chief', 'executive', 'officeholder',
]);

/** Nouns that describe a person rather than an organisation or a thing, for "the X" with no antecedent named. */
export const PERSON_HEADS = new Set([
  ...GENERIC_PERSON_HEADS, 'man', 'woman', 'president', 'minister', 'spokesman', 'spokeswoman', 'spokesperson',
  'envoy', 'adviser', 'advisor', 'senator', 'governor', 'mayor', 'secretary', 'ambassador', 'general', 'commander',
  'chancellor', 'premier', 'director', 'founder', 'ceo', 'chairman', 'chairwoman', 'analyst', 'expert', 'economist',
  'author', 'writer', 'actor', 'actress', 'singer', 'player', 'coach', 'manager', 'candidate', 'nominee',
  'representative', 'judge', 'prosecutor', 'lawyer', 'attorney', 'researcher', 'scientist', 'professor', 'fellow',
  'owner', 'king', 'queen', 'prince', 'princess', 'pope', 'monarch', 'prime',
]);
