// Speaker phrases to entities. A phrase that contains a mention is that entity (a person before an organisation before
// a place; a possessor — "Russia's envoy" — and a place or nationality that only modifies a noun — "a Moscow business
// executive", "the French leader" — are not the speaker). A phrase with no name resolves to the entity it refers to:
// he/she to the person quoted last or named last whose gender agrees, "it" to the organisation or place named just
// before, a definite description ("the paper", "the French leader", "the report") to the latest entity the text
// described that way (its role, its titles, its appositions, the documents it authored). An indefinite description
// ("a Russian official") is somebody new: no entity.
import type { Entity } from '../../doc/schema.js';
import { LOCATIVE_PREPOSITIONS, NP_PREPOSITIONS, RELATIVE_PRONOUNS } from './lexicon.js';
import type { TokenRange } from './phrases.js';
import type { Span } from '../../doc/types.js';
import { buildReferents, isPronounText, type Gender, type Referents, type TokenMention } from './referents.js';
import { MAX_ANTECEDENT_MENTIONS, MAX_DESCRIPTOR_TOKENS, MAX_INTRODUCTION_TOKENS, MAX_SENTENCES_BACK_FOR_DOCUMENT, MAX_SENTENCES_BACK_FOR_PRONOUN } from './settings.js';
import { AUTHOR_PREPOSITIONS, DOCUMENT_NOUNS, GENERIC_PERSON_HEADS, PERSON_HEADS } from './speaker-lexicon.js';
import type { View } from './view.js';

const POSSESSIVE = /^['’]s?$/;
const TYPE_RANK: Record<string, number> = { PERSON: 3, ORG: 2, NORP: 1, LOC: 1, MISC: 0 };
/** Types that only modify a noun they stand before ("a Moscow business executive", "Russian officials"). */
const MODIFIER_TYPES = new Set(['LOC', 'NORP', 'MISC']);
const PRONOUN_GENDER: ReadonlyMap<string, Gender> = new Map([['he', 'm'], ['his', 'm'], ['him', 'm'], ['she', 'f'], ['her', 'f']]);
const DEFINITE = new Set(['the', 'this', 'that']);
const POSSESSIVE_DETS = new Set(['his', 'her', 'its', 'their']);
const RELATIVE = new Set(['who', 'which', 'that', ',']);
const NOMINAL = new Set(['NOUN', 'PROPN']);
/** A relative clause that names its antecedent ("who called herself", "who is named", "who goes by"). */
const NAMING = /\b(?:call(?:s|ed)?|nam(?:es|ed)|go(?:es)? by|went by)(?: (?:him|her|them)sel(?:f|ves))? $/;

export class SpeakerLinker {
  private built: Referents | null = null;
  /** Entity-layer links of pronoun mentions, by start offset. */
  private readonly pronounLinks = new Map<number, Entity>();
  private readonly byId = new Map<string, Entity>();
  private last: { id: string; sentence: number } | null = null;

  constructor(private readonly v: View, private readonly entities: readonly Entity[] | undefined) {}

  /** What the text says about the entities, read on the first speaker to link (most texts quote nobody). */
  private get refs(): Referents {
    if (!this.built) {
      this.built = buildReferents(this.v, this.entities);
      for (const e of this.entities ?? []) {
        this.byId.set(e.id, e);
        for (const m of e.mentions) if (isPronounText(m.text)) this.pronounLinks.set(m.start, e);
      }
    }
    return this.built;
  }

  /** The entity of the speaker phrase `r` (with its apposition, if any); quotes must come in text order. `reported`
   *  is what the quote says (character spans): a pronoun speaker may refer to the subject it opens with ("Acme lost
   *  10%, it said"), never to a name further inside ("If the deadline is missed, the Trump administration will act,
   *  he added": not Trump; "…a conversion to God," he said: not God). */
  link(r: TokenRange, reported: readonly Span[] = []): string | null {
    const v = this.v;
    void this.refs;
    const sentence = v.sentence[r.first];
    const own = this.named(r);
    const apposed = own.id === null && r.apposition ? this.named(r.apposition) : null;
    let id = own.id ?? apposed?.id ?? null;
    let person = id !== null && this.entity(id)?.type === 'PERSON';
    if (id === null) {
      const resolved = this.resolve(r, reported, own.titled || !!apposed?.titled);
      // "the President of Azerbaijan" with nobody the text made that president: the country stands for its office.
      id = resolved?.id ?? (own.place ?? apposed?.place)?.entity.id ?? null;
      person = resolved?.type === 'PERSON';
    }
    // Only people are carried over to a later "he said".
    if (id && person) this.last = { id, sentence };
    return id;
  }

  private entity(id: string): Entity | undefined {
    return this.byId.get(id);
  }

  /** The head of the phrase: its last noun before any preposition ("the director of the FBI" → director, "a judge
   * in Texas" → judge), a trailing relative pronoun aside. */
  private head(r: TokenRange): number {
    const v = this.v;
    let last = r.last;
    while (last > r.first && RELATIVE.has(v.lower[last])) last--;
    let h = -1;
    for (let i = r.first; i <= last; i++) {
      if (h >= 0 && (NP_PREPOSITIONS.has(v.lower[i]) || LOCATIVE_PREPOSITIONS.has(v.lower[i]) || v.lower[i] === 'by')) break;
      if (NOMINAL.has(v.pos[i]) || v.pos[i] === 'PRON') h = i;
    }
    return h < 0 ? last : h;
  }

  /** The mention inside the phrase that names the speaker (`id`); failing one, whether the phrase is a capitalised
   *  person's title placed by a country (`titled`: "the Ukrainian President", only a person of that country is the
   *  speaker) and the place such a title names (`place`: "the President of Azerbaijan"), for want of the person. */
  private named(r: TokenRange): { id: string | null; titled: boolean; place: TokenMention | null } {
    const v = this.v;
    const h = this.head(r);
    // (A sentence's first word is capitalised, and often tagged a name, whatever it is: "Voters in North Texas…",
    // "Few in Ukraine…"; one that names nobody the entity layer knows is a common word.)
    const opening = h === v.sentenceFirst[v.sentence[h]];
    const common = this.refs.mentionOf[h] < 0 &&
      ((v.pos[h] === 'NOUN' && /^\p{Ll}/u.test(v.word[h])) || (opening && (v.pos[h] === 'NOUN' || v.pos[h] === 'PROPN' || v.pos[h] === 'ADJ' || v.pos[h] === 'PRON')));
    // A capitalised person's title as the head ("the Ukrainian President", "the President of Ukraine"): the
    // phrase names a person; a country or nationality in it only places that person.
    const personTitle = this.refs.mentionOf[h] < 0 && PERSON_HEADS.has(v.lower[h]) && /^\p{Lu}/u.test(v.word[h]);
    let best: TokenMention | null = null;
    let bestScore = -1;
    let seen = -1;
    let relative = false;
    let titled = false;
    let place: TokenMention | null = null;
    for (let i = r.first; i <= r.last; i++) {
      // A name inside a relative clause on the speaker is somebody else ("the man who shot Jane Roe"), unless the
      // clause names the speaker ("a woman who called herself Svetlana").
      if (i > r.first && RELATIVE_PRONOUNS.has(v.lower[i]) && v.pos[i] === 'PRON') relative = true;
      const k = this.refs.mentionOf[i];
      if (k >= 0 && relative && !NAMING.test(v.text.slice(Math.max(v.start[r.first], v.start[i] - 24), v.start[i]))) continue;
      if (k < 0 || k === seen) continue;
      seen = k;
      const m = this.refs.mentions[k];
      // A possessor ("Russia's envoy") is not the speaker, nor a place or nationality before a common noun; a phrase
      // that is the possessor alone ("Russia's" of "Russia's insistence on…") is.
      if (m.last + 1 < r.last && POSSESSIVE.test(v.lower[m.last + 1] ?? '')) continue;
      if ((common || personTitle) && m.last < h && MODIFIER_TYPES.has(m.entity.type)) {
        if (personTitle) titled = true;
        continue;
      }
      if (personTitle && m.first > h && MODIFIER_TYPES.has(m.entity.type)) {
        if (m.entity.type === 'LOC' && !place) place = m;
        titled = true;
        continue;
      }
      // A nationality speaks only as the whole phrase ("The Russians said"), never as a word in it ("the head of the
      // Russian delegation", "Russian media reported").
      if (m.entity.type === 'NORP' && m.last < r.last) continue;
      // Nor the place where the speaker is ("a federal judge in Texas", "voters in North Texas"); "the government of
      // Ukraine" stays Ukraine's.
      if (common && m.first > h && m.entity.type === 'LOC' && this.located(m.first, h)) continue;
      // Nor a place after a noun of person but that person's office ("the president of Azerbaijan" stays the
      // country's): "a displaced woman from Donetsk", "Russia's point man for relations with the United States".
      if (common && m.first > h && m.entity.type === 'LOC' && PERSON_HEADS.has(v.lower[h]) && v.lower[h + 1] !== 'of') continue;
      const overlap = Math.min(m.last, r.last) - Math.max(m.first, r.first) + 1;
      const score = (TYPE_RANK[m.entity.type] ?? 0) * 10000 + overlap;
      if (score > bestScore) {
        best = m;
        bestScore = score;
      }
    }
    return { id: best ? best.entity.id : null, titled, place };
  }

  /** Does a locative preposition ("in", "at"…) lead from the head at h to the name starting at token i? */
  private located(i: number, h: number): boolean {
    const v = this.v;
    let p = i - 1;
    while (p > h && (v.pos[p] === 'DET' || v.pos[p] === 'ADJ')) p--;
    return p > h && LOCATIVE_PREPOSITIONS.has(v.lower[p]);
  }

  /** A phrase with no name in it: a pronoun or a definite description, resolved to what it refers to. */
  private resolve(r: TokenRange, reported: readonly Span[], strict = false): Entity | null {
    const v = this.v;
    const first = v.lower[r.first];
    if (r.first === r.last && v.pos[r.first] === 'PRON') return this.pronoun(r.first, reported);
    if (POSSESSIVE_DETS.has(first)) return this.pronoun(r.first, reported);
    const h = this.head(r);
    const head = v.lower[h];
    if (DOCUMENT_NOUNS.has(head)) {
      const author = this.author(h);
      if (author || !DEFINITE.has(first)) return author;
      // "the paper" after "one Russian newspaper, Nezavisimaya Gazeta"; else the author of the last document named.
      return this.described(r, h, false) ?? this.lastSource(r.first);
    }
    if (!DEFINITE.has(first) || (v.pos[h] !== 'NOUN' && !(strict && v.pos[h] === 'PROPN'))) return null;
    const described = this.described(r, h, true, strict);
    if (described || strict || !PERSON_HEADS.has(v.lower[h]) || !this.last || v.sentence[r.first] - this.last.sentence > MAX_SENTENCES_BACK_FOR_PRONOUN) return described;
    // "…,” said the actor: the person quoted just before, when the text gave that person no other noun of person.
    const last = this.entity(this.last.id);
    const words = last ? [...(this.refs.descriptors.get(last.id) ?? [])] : [];
    return last && !words.some((w) => PERSON_HEADS.has(w)) ? last : null;
  }

  /** he/she: the entity layer's link, else the person quoted last, else the person named last, whose gender does not
   * disagree; it/its: the organisation or place named last in the sentence or the one before. None named inside the
   * reported words past their subject: the entity layer's link is dropped when its latest mention before the
   * pronoun is such a name. */
  private pronoun(i: number, reported: readonly Span[]): Entity | null {
    const v = this.v;
    const w = v.lower[i];
    const sentence = v.sentence[i];
    const inReported = (m: TokenMention) => reported.some((s) => v.start[m.first] >= s.start && v.end[m.last] <= s.end && !this.opens(m, s));
    let linked = this.pronounLinks.get(v.start[i]) ?? null;
    if (linked && reported.length) {
      const lastBefore = this.before(i, () => true, (e) => e === linked);
      if (lastBefore && inReported(lastBefore)) linked = null;
    }
    const gender = PRONOUN_GENDER.get(w);
    if (gender) {
      const fits = (e: Entity | null | undefined) => !!e && e.type === 'PERSON' && this.refs.gender.get(e.id) !== (gender === 'm' ? 'f' : 'm');
      if (fits(linked)) return linked;
      if (this.last && sentence - this.last.sentence <= MAX_SENTENCES_BACK_FOR_PRONOUN) {
        const e = this.entity(this.last.id);
        if (fits(e)) return e!;
      }
      return this.before(i, (m) => sentence - v.sentence[m.first] <= MAX_SENTENCES_BACK_FOR_PRONOUN, (e, m) => fits(e) && !inReported(m))?.entity ?? null;
    }
    if (w === 'it' || w === 'its') {
      // Not a name that only modifies a noun ("its order of 30 Boeing jets, it announced…").
      // (An organisation or a place: a thing named before, "US$" or "COVID-19", says nothing.)
      return this.before(i, (m) => sentence - v.sentence[m.first] <= 1, (e, m) => (e.type === 'ORG' || e.type === 'LOC') && !this.modifies(m) && !inReported(m))?.entity ?? null;
    }
    return linked;
  }

  /** Whether mention m is (in) the subject the reported words `s` open with: no verb before it in them, and not a
   *  name that only modifies a noun ("the Trump administration"). */
  private opens(m: TokenMention, s: Span): boolean {
    const v = this.v;
    if (this.modifies(m)) return false;
    for (let t = m.first - 1; t >= 0 && v.start[t] >= s.start; t--) if (v.pos[t] === 'VERB' || v.pos[t] === 'AUX') return false;
    return true;
  }

  /** A name that only modifies the common noun after it ("30 Boeing jets", "the Trump administration"). */
  private modifies(m: TokenMention): boolean {
    const v = this.v;
    return m.last + 1 < v.n && v.pos[m.last + 1] === 'NOUN' && /^\p{Ll}/u.test(v.word[m.last + 1]);
  }

  /** The latest mention before token i (at most MAX_ANTECEDENT_MENTIONS back, while `near` holds) whose entity `ok`
   * accepts. */
  private before(i: number, near: (m: TokenMention) => boolean, ok: (e: Entity, m: TokenMention) => boolean): TokenMention | null {
    const ms = this.refs.mentions;
    let lo = 0;
    let hi = ms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ms[mid].first < i) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1; k >= 0 && lo - k <= MAX_ANTECEDENT_MENTIONS && near(ms[k]); k--) if (ok(ms[k].entity, ms[k])) return ms[k];
    return null;
  }

  /** "a report from the Center for…", "research by one think tank, the Royal United Services Institute": the author
   * named after the document noun at h. */
  private author(h: number): Entity | null {
    const v = this.v;
    let i = h + 1;
    if (i >= v.n || !AUTHOR_PREPOSITIONS.has(v.lower[i])) return null;
    for (i++; i < v.n && i - h <= 2 * MAX_DESCRIPTOR_TOKENS && v.sentence[i] === v.sentence[h]; i++) {
      if (v.pos[i] === 'VERB' || v.pos[i] === 'AUX' || v.markOf[i] >= 0 || v.inQuote[i] >= 0) return null;
      const k = this.refs.mentionOf[i];
      if (k >= 0 && (this.refs.mentions[k].entity.type === 'ORG' || this.refs.mentions[k].entity.type === 'PERSON')) return this.refs.mentions[k].entity;
    }
    return null;
  }

  /** "the report": the author of the latest document the text named. */
  private lastSource(i: number): Entity | null {
    const v = this.v;
    let found: Entity | null = null;
    for (const m of this.refs.sources) {
      if (m.first >= i) break;
      if (v.sentence[i] - v.sentence[m.first] <= MAX_SENTENCES_BACK_FOR_DOCUMENT) found = m.entity;
    }
    return found;
  }

  /** "the paper", "the French leader", "the ministry": the latest entity the text described with the head noun (its
   * role, titles, appositions, or a word of its name), or — for a generic noun of office — the latest person given a
   * role; a place or nationality in the description must be the entity's country. */
  private described(r: TokenRange, h: number, generic: boolean, strict = false): Entity | null {
    const v = this.v;
    const head = v.lower[h];
    // The countries the phrase names, before its head ("the French leader") or after it ("the President of Ukraine").
    const countries = new Set<string>();
    for (let i = r.first; i <= r.last; i++) {
      const k = this.refs.mentionOf[i];
      const e = k >= 0 && i !== h ? this.refs.mentions[k].entity : null;
      if (e?.country && (i < h || MODIFIER_TYPES.has(e.type))) countries.add(e.country);
    }
    // "the head of the Kiel Institute's research centre": a body the phrase names, whose whole name the candidate's
    // own descriptions must hold.
    const bodies: string[][] = [];
    for (let i = h + 1; i <= r.last; i++) {
      const k = this.refs.mentionOf[i];
      if (k >= 0 && this.refs.mentions[k].entity.type === 'ORG' && (i === h + 1 || this.refs.mentionOf[i - 1] !== k)) bodies.push(this.refs.mentions[k].entity.name.toLowerCase().split(/\s+/));
    }
    const tied = (e: Entity) => {
      const words = this.refs.descriptors.get(e.id);
      return !!words && bodies.some((name) => name.every((w) => words.has(w)));
    };
    const person = PERSON_HEADS.has(head);
    const fits = (w: string) => w === head || (head.length >= 4 && w.endsWith(head));
    const ok = (e: Entity): boolean => {
      if (person && e.type !== 'PERSON') return false;
      // A named thing speaks only as a document ("the convention states"), not as "the war" (World War II).
      if (e.type === 'MISC' && !DOCUMENT_NOUNS.has(head)) return false;
      // (After a capitalised title placed by a country, the candidate must hold that country: "the President of
      // Azerbaijan" is no president the text placed nowhere.)
      if (countries.size && (strict ? !(e.country && countries.has(e.country)) : e.country && !countries.has(e.country))) return false;
      if (bodies.length && e.type === 'PERSON' && !tied(e)) return false;
      const words = this.refs.descriptors.get(e.id);
      if (words && [...words].some(fits)) return true;
      if (!person && e.name.toLowerCase().split(/\s+/).includes(head)) return true;
      return generic && GENERIC_PERSON_HEADS.has(head) && e.type === 'PERSON' && (!!e.role || (!!words && [...words].some((w) => PERSON_HEADS.has(w))));
    };
    const found = this.before(r.first, () => true, ok);
    // "…, according to a U.S. official. …, the official said": somebody unnamed introduced with the same noun after
    // the entity's mention is whom the description takes up.
    return found && !this.introducedSince(head, found.last + 1, r.first) ? found.entity : null;
  }

  /** Is somebody introduced by an indefinite description with head noun `head` ("a U.S. official", "an aide") in
   *  tokens [from, to)? */
  private introducedSince(head: string, from: number, to: number): boolean {
    const v = this.v;
    for (let i = Math.max(from, to - MAX_INTRODUCTION_TOKENS); i < to; i++) {
      if (v.lower[i] !== head || this.refs.mentionOf[i] >= 0) continue;
      for (let j = i - 1; j >= from && i - j <= MAX_DESCRIPTOR_TOKENS; j--) {
        if (v.lower[j] === 'a' || v.lower[j] === 'an') return true;
        if (v.pos[j] !== 'ADJ' && v.pos[j] !== 'PROPN' && v.pos[j] !== 'NOUN' && v.word[j] !== '.') break;
      }
    }
    return false;
  }
}
