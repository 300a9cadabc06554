// Closed-class words the event coder reads around a cue: English auxiliaries, modals, negators, determiners and
// prepositions (closed classes of English grammar), plus two short open lists written for this layer, each
// commented: speech verbs (whose complement clause is reported speech) and light verbs (whose object noun names
// the event: "launched a strike", "held talks").
import { POSSESSIVE_DETERMINERS } from '../../doc/english.js';

/** Sectors of a state's own agents: its government, army and police. */
export const STATE_SECTORS: ReadonlySet<string> = new Set(['GOV', 'MIL', 'COP']);

/** Sectors of political actors (plover_v2_ontology.json "sector_codes"): the state's arms, its courts and
 *  legislature, parties, rebels and militias, opposition, former officials, partially recognised entities. */
export const POLITICAL_SECTORS: ReadonlySet<string> = new Set([...STATE_SECTORS, 'JUD', 'LEG', 'PRM', 'PTY', 'REB', 'SPY', 'ELI', 'OPP', 'PRE']);

/** Forms of "be" that make a following participle passive ("was attacked by"). */
export const BE_FORMS = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", "'re", 'am']);

/** Negators: the event did not happen. */
export const NEGATORS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'nt', 'without']);

/** Modals and conditionals: the event may happen. */
export const HYPOTHETICAL = new Set(['would', 'could', 'might', 'may', "'d", 'should', 'if', 'unless', 'whether', 'possibly', 'perhaps', 'potential', 'potentially', 'unlikely']);

/** Names of the parties around a state, not of the state ("Allies agreed …", "its partners"): they never take the
 *  country their sentence names. Our list. */
export const COUNTERPART_NAMES = new Set(['allies', 'allied', 'ally', 'partners', 'partner', 'members', 'donors', 'signatories', 'observers']);

/** Nouns of a mere possibility: the event noun they are "of" has not happened ("the risk of war", "a chance of an
 *  invasion"). Our list. */
export const POSSIBILITY_NOUNS = new Set(['chance', 'chances', 'possibility', 'possibilities', 'risk', 'risks', 'prospect', 'prospects', 'threat', 'likelihood', 'danger', 'fear', 'fears', 'spectre', 'specter', 'scenario']);

/** Adjectives that make an event noun a mere possibility ("possible talks", "a proposed ceasefire"): our list. */
export const NOUN_HEDGES = new Set(['possible', 'prospective', 'proposed', 'potential', 'eventual', 'hypothetical']);

/** Markers of an event still to come ("will", "plans to", "is set to"). */
export const FUTURE = new Set(['will', "'ll", 'shall', 'wo', 'plan', 'plans', 'planned', 'planning', 'expected', 'set', 'due', 'going', 'intend', 'intends', 'aim', 'aims', 'scheduled', 'upcoming', 'next', 'future', 'prepare', 'prepares', 'preparing']);

/** Verbs of denial: what follows them is an event someone says did not happen. */
export const DENIAL = new Set(['deny', 'denies', 'denied', 'denying', 'refute', 'refutes', 'refuted', 'dispute', 'disputes', 'disputed']);

/** Speech and report verbs: what follows is reported speech, told by the actor before them (our list: the common
 *  reporting verbs of English news). */
export const SPEECH = new Set([
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'add', 'adds', 'added', 'state', 'states', 'stated',
  'announce', 'announces', 'announced', 'claim', 'claims', 'claimed', 'report', 'reports', 'reported', 'confirm',
  'confirms', 'confirmed', 'note', 'notes', 'noted', 'write', 'writes', 'wrote',
  'declare', 'declares', 'declared', 'assert', 'asserts', 'asserted', 'argue', 'argues', 'argued', 'believe',
  'believes', 'believed', 'think', 'thinks', 'thought', 'suggest', 'suggests', 'suggested', 'explain', 'explained',
  'explains', 'acknowledge', 'acknowledged', 'acknowledges', 'admit', 'admitted', 'admits', 'indicate', 'indicated',
  'according', 'quoted', 'quoting', 'reiterated', 'reiterates', 'reiterate', 'emphasized', 'stressed', 'recalled',
]);

/** Verbs whose object noun names the event they report ("launched a missile strike", "held talks", "imposed
 *  sanctions"): our list of English support verbs for event nouns. */
export const LIGHT_VERBS = new Set([
  'launch', 'launched', 'launches', 'launching', 'carry', 'carried', 'carries', 'carrying', 'conduct', 'conducted',
  'conducts', 'stage', 'staged', 'stages', 'hold', 'held', 'holds', 'holding', 'begin', 'began', 'begun', 'begins',
  'start', 'started', 'starts', 'impose', 'imposed', 'imposes', 'issue', 'issued', 'issues', 'make', 'made', 'makes',
  'sign', 'signed', 'signs', 'reach', 'reached', 'reaches', 'wage', 'waged', 'wages', 'waging', 'mount', 'mounted',
  'resume', 'resumed', 'resumes', 'unleash', 'unleashed', 'unleashes', 'step', 'stepped', 'intensify', 'intensified',
  'continue', 'continued', 'continues', 'announce', 'announced', 'announces', 'order', 'ordered', 'orders', 'give',
  'gave', 'given', 'gives', 'provide', 'provided', 'provides', 'send', 'sent', 'sends', 'file', 'filed', 'files',
  'level', 'levelled', 'leveled', 'host', 'hosted', 'hosts', 'open', 'opened', 'opens', 'pay', 'paid', 'pays',
  'attend', 'attended', 'attends', 'join', 'joined', 'joins', 'agree', 'agreed', 'agrees', 'approve', 'approved',
  'approves', 'extend', 'extended', 'extends', 'finalize', 'finalized', 'finalise', 'finalised', 'announce',
  'propose', 'proposed', 'proposes', 'offer', 'offered', 'offers', 'seal', 'sealed', 'end', 'ended', 'ends', 'press', 'complete', 'completed', 'completes', 'mounts',
  'declare', 'declared', 'declares', 'reimpose', 'reimposed', 'reimposes', 'speed', 'speeded', 'sped', 'accelerate',
  'accelerated', 'accelerates', 'hasten', 'hastened', 'hastens',
]);

/** Verbs whose object is the thing demanded ("demanded elections", "sought an apology"), not whom they address:
 *  lemmas, inflected by the lexicon. */
export const DEMANDING_VERBS: readonly string[] = ['demand', 'seek'];

/** Words that open a time phrase ("last December", "next week", "this year"). */
export const TIME_DEICTICS = new Set(['last', 'next', 'this']);

/** Degree adverbs: a participle after one is an adjective ("the most pressing problems", "a very threatening tone"). */
export const DEGREE_ADVERBS = new Set(['most', 'more', 'less', 'least', 'very', 'so', 'too', 'increasingly']);

/** Prepositions of an act's cause or circumstance ("… following the deaths of two Israelis", "amid protests by
 *  Serbs", "despite pressure from Kenya"): an actor after them is not the act's recipient. */
export const ADJUNCT_PREPS = new Set(['following', 'amid', 'amidst', 'despite']);

/** Prepositions after which a place is where the event happened, not who took part. */
export const LOCATIVE = new Set(['in', 'at', 'near', 'inside', 'outside', 'across', 'around', 'throughout', 'from', 'into', 'over', 'off', 'along']);

/** Prepositions (and the complementiser) that introduce the recipient after a noun cue ("talks with", "attack on",
 *  "aid to", "its demand that Israel …"). */
export const TARGET_PREPS = new Set(['with', 'to', 'against', 'on', 'upon', 'for', 'of', 'toward', 'towards', 'at', 'into', 'between', 'in', 'that']);

/** Determiners and possessives skipped inside a cue phrase ("reach [a] deal") and before a noun cue. */
export const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'new', 'fresh', 'further', 'more', 'additional']);

/** Words that end a clause: an event's actors are not looked for past them. */
export const CLAUSE_BREAKS = new Set([';', ':', '–', '—', 'while', 'whereas', 'although', 'though', 'but', 'because', 'since', 'after', 'before', 'when', 'as', 'who', 'which', 'where', 'whose']);

/** Coordinators joining compound actors ("Hungary and Romania", "Britain, France and Germany"). */
export const ACTOR_JOINERS = new Set(['and', ',', '&']);

/** Pronouns that stand for an actor named before them in the sentence ("Syria says it is willing …"). */
export const PRONOUNS = new Set(['it', 'its', 'they', 'their', 'he', 'his', 'she', 'her', 'we', 'our', 'i']);

/** Modals of obligation: "X said Y must / should …" is X's demand on Y (CAMEO 10, REQUEST). */
export const OBLIGATION = new Set(['must', 'should']);

/** Relative pronouns: after a comma they open a clause about the actor before it (", who urged …,"). */
export const RELATIVES = new Set(['who', 'which', 'where', 'whose']);

/** Speech verbs whose next noun phrase is the one told, not the teller ("he told the BBC …"). */
export const ADDRESSEE_VERBS = new Set(['told', 'tell', 'tells', 'telling', 'informed', 'assured', 'reminded']);

/** Nouns of "both sides", "the two countries": the two parties of the article's last reciprocal event. */
export const PAIR_NOUNS = new Set(['sides', 'countries', 'parties', 'nations', 'governments', 'leaders', 'delegations', 'capitals', 'neighbours', 'neighbors']);

/** Determiners that point back to something already told ("the talks", "those negotiations"). */
export const ANAPHORIC = new Set(['the', 'those', 'these', 'this', 'that', 'such', 'their']);

/** Marks joining the two sides of a pair before a noun ("Russia-Ukraine talks", "US/Iran negotiations"). */
export const PAIR_JOINERS = new Set(['-', '–', '/']);

/** Possessive pronouns: before a name they modify it ("its European Community partners"), they are not the subject. */
export const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our']);

/** Clause-break words that are also prepositions ("after four years", "as a result"): they break a clause only
 *  when a verb of their own follows. */
export const PREPOSITION_OR_CONJUNCTION = new Set(['after', 'before', 'since', 'as']);

/** Verbs of asking (English directive verbs): the clause they govern is wanted, not done ("demanding that he
 *  resign", "urged that troops withdraw"). */
export const DIRECTIVES = new Set(['demand', 'demands', 'demanded', 'demanding', 'urge', 'urges', 'urged', 'urging', 'ask', 'asks',
  'asked', 'asking', 'insist', 'insists', 'insisted', 'insisting', 'request', 'requests', 'requested', 'requesting', 'propose',
  'proposes', 'proposed', 'proposing', 'recommend', 'recommends', 'recommended', 'recommending', 'want', 'wants', 'wanted']);

/** Nouns of people held or set free, besides the actor groups and sector nouns of actors.json (which releasesPeople
 *  reads too: "prisoners", "soldiers"): our list of the English nouns news uses for captives ("released 50 hostages").
 *  A release (PLOVER RETREAT, mode release) is of people; "released a statement / the figures" is not an event. */
export const CAPTIVE_NOUNS = new Set([
  'hostage', 'hostages', 'captive', 'captives', 'detainee', 'detainees', 'prisoner', 'inmate', 'pow', 'pows',
  'persons', 'person', 'man', 'men', 'woman', 'women', 'child', 'children', 'boy', 'boys', 'girl', 'girls',
  'civilian', 'crew', 'crews', 'crewmembers', 'sailor', 'sailors', 'fishermen', 'journalist', 'reporter',
  'reporters', 'activist', 'dissident', 'dissidents', 'soldier', 'servicemen', 'national', 'citizen', 'migrant',
  'migrants', 'passenger', 'passengers', 'tourist', 'tourists', 'member', 'members', 'opponent', 'opponents',
  'suspect', 'suspects', 'worker', 'student', 'bodies', 'remains',
]);

/** Personal pronouns that can be the people released ("freed him", "released them"). */
export const PERSONAL_OBJECTS = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'himself', 'herself', 'themselves']);

/** Determiners and possessives before a participle that modifies the noun after it ("the convicted offender", "his
 *  banned party"): such a participle names no event. Closed class of English. */
export const MODIFIER_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', ...POSSESSIVE_DETERMINERS]);

/** What news says someone declined or refused to do that is no rejection of anyone ("declined to comment"): our list
 *  of the reporting formulas of English news. */
export const NON_EVENT_COMPLEMENTS = new Set([
  'comment', 'say', 'elaborate', 'confirm', 'disclose', 'specify', 'speculate', 'reveal', 'identify', 'name', 'immediately',
]);

/** Words after a bare "allow" that make it an act of access or return (PLOVER RETREAT, mode access): "allowed aid
 *  convoys", "allow refugees to return", "allow the return of inspectors"; "allowed companies to bid" is not one. Our
 *  list, after the PLOVER 2.0 manual's examples. */
export const ACCESS_OBJECTS = new Set([
  'access', 'aid', 'convoy', 'convoys', 'inspector', 'inspectors', 'monitor', 'monitors', 'observer', 'observers',
  'entry', 'passage', 'evacuation', 'evacuations', 'delivery', 'deliveries', 'shipment', 'shipments', 'supplies',
  'humanitarian', 'corridor', 'corridors', 'refugees', 'return', 'enter', 'cross', 'visit', 'leave', 'evacuate',
]);

/** Objects of "grant" that make it aid (PLOVER AID): "granted asylum", "granted $2 billion in aid"; "granted an
 *  interview" is not. Our list. */
export const GRANT_OBJECTS = new Set([
  'asylum', 'aid', 'assistance', 'loan', 'loans', 'credit', 'credits', 'funds', 'funding', 'money', 'relief', 'refuge',
  'protection', 'amnesty', 'pardon', 'visas', 'visa', 'residence', 'citizenship', 'sanctuary', 'waiver', 'waivers',
]);

/** Participles written onto a third party before an event noun ("US-mediated talks", "Qatari-brokered truce"): it
 *  arranges the event and is neither side of it (our list: the verbs of mediation English news uses; not "led",
 *  "backed" or "sponsored": "US-led strikes" are the US's). */
export const MEDIATED = new Set(['mediated', 'brokered', 'hosted', 'facilitated', 'chaired', 'overseen', 'convened']);

/** Nouns of asking or offering: what a rejection answers ("rejected calls by Belarus's rulers", "turned down an offer
 *  from Moscow": the asker is the one rejected). Our list. */
export const ASKING_NOUNS = new Set(['call', 'calls', 'demand', 'demands', 'request', 'requests', 'proposal', 'proposals', 'offer', 'offers', 'plea', 'pleas', 'appeal', 'appeals', 'bid', 'overture', 'overtures', 'invitation', 'ultimatum', 'plan']);

/** Words that make a "strike" a labour strike, before it ("a nationwide strike", "an open-ended strike") or after
 *  "over"/"for" ("a strike over pay"). Our list, from English labour reporting. */
export const LABOUR_STRIKE_WORDS = new Set(['nationwide', 'national', 'general', 'wildcat', 'indefinite', 'ended', 'day', 'one-day', 'warning', 'labour', 'labor', 'sit-down', 'workers', "workers'", 'union', 'teachers', 'doctors', 'nurses', 'miners', 'rail', 'transport', 'dockers', 'pay', 'wages', 'wage', 'salaries', 'pensions', 'conditions']);
