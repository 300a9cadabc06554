// Phrase readers of the events coder: small questions about the words around a cue that need only the sentence's
// words and actors — a measure before a noun, a mediator written onto it, a giving verb's recipient, a labour
// strike, the doer of a demanded passive, the actors of an object. The coder (code.ts) asks; nothing here decides an
// event on its own.
import type { Doc } from '../../doc/doc.js';
import { isDash } from '../../doc/english.js';
import type { Actor } from './actors.js';
import { lexicon, type Cue } from './lexicon.js';
import type { Found } from './senses.js';
import { TARGET_WINDOW } from './settings.js';
import { LABOUR_STRIKE_WORDS, MEDIATED, SPEECH } from './words.js';

export class PhraseReader {
  constructor(
    private readonly doc: Doc,
    /** Lower-case words of the Doc's tokens. */
    private readonly w: readonly string[],
    private readonly actorAt: Int32Array,
    private readonly actors: readonly Actor[],
  ) {}

  /** An adverb or preposition before a number, or before another that is ("nearly 25,000", "more than 100",
   *  "up to 40"). */
  qualifiesNumber(i: number): boolean {
    const t = this.doc.tokens;
    const qualifier = (k: number) => t[k]?.pos === 'ADV' || t[k]?.pos === 'ADP' || t[k]?.pos === 'ADJ';
    if (!qualifier(i)) return false;
    return t[i + 1]?.pos === 'NUM' || (qualifier(i + 1) && t[i + 2]?.pos === 'NUM');
  }

  /** Whether the actor ending at token `last` is written onto a mediator's participle ("US-mediated", "Qatari-brokered"). */
  mediatorAt(last: number): boolean {
    return isDash(this.w[last + 1] ?? '') && MEDIATED.has(this.w[last + 2] ?? '');
  }

  /** Whether the participle at token i follows a speech verb and its comma ("he said, urging …", "she said, adding"). */
  afterSpeech(i: number): boolean {
    return /ing$/.test(this.w[i]) && this.w[i - 1] === ',' && SPEECH.has(this.w[i - 2] ?? '');
  }

  /** Whether an actor's words read as a name: not a numeral ("Minsk-II", "World War II"). */
  isName(a: Actor): boolean {
    return !/^[IVX]+$/.test(this.doc.text.slice(this.doc.tokens[a.first].start, this.doc.tokens[a.last].end));
  }

  /** A "strike" of workers, not of arms: a word of labour before it ("a nationwide strike", "an open-ended strike",
   *  "rail workers' strike"), pay after it ("a strike over pay"), or workers, a union or civilians as its source. */
  labourStrike(f: Found, source: Actor[]): boolean {
    if (f.cue.type !== 'ASSAULT' || f.cue.kind !== 'noun' || !f.cue.words[f.cue.words.length - 1].has('strike') || f.first !== f.last) return false;
    for (let i = f.first - 1; i >= Math.max(0, f.first - 3); i--) {
      if (LABOUR_STRIKE_WORDS.has(this.w[i])) return true;
      if (!(this.doc.tokens[i].pos === 'ADJ' || isDash(this.w[i]) || this.doc.tokens[i].pos === 'VERB')) break;
    }
    if ((this.w[f.last + 1] === 'over' || this.w[f.last + 1] === 'for') && LABOUR_STRIKE_WORDS.has(this.w[f.last + 2] ?? '')) return true;
    return source.some((a) => a.sector === 'CVL' || a.sector === 'LAB' || (a.id !== null && /\b(union|workers|federation of labou?r)\b/i.test(this.doc.text.slice(this.doc.tokens[a.first].start, this.doc.tokens[a.last].end))));
  }

  /** Whether only adjectives stand between tokens `i` and `j` (exclusive). */
  onlyAdjectivesBetween(i: number, j: number): boolean {
    for (let k = i + 1; k < j; k++) if (this.doc.tokens[k].pos !== 'ADJ') return false;
    return true;
  }

  /** Whether the recipient of a giving verb ending at `last` is named as one: after "to"/"for", or right after
   *  the verb and before "with". */
  givenTo(last: number, target: Actor[]): boolean {
    if (!target.length) return false;
    const t = target[0];
    if (t.first > 0 && (this.w[t.first - 1] === 'to' || this.w[t.first - 1] === 'for')) return true;
    return t.first === last + 1 && this.w[target[target.length - 1].last + 1] === 'with';
  }

  /** Whether the cue restricts an assembly: its object must be a protest or a crowd (lexicon list 'assembly'). */
  restrictsAssembly(cue: Cue): boolean {
    return lexicon().objectList.get(cue.phrase) === 'assembly';
  }

  /** The actors of the noun phrase after token `last`, up to its first verb, comma or preposition (but "of"). */
  objectActors(last: number, ce: number): Actor[] {
    const out: Actor[] = [];
    for (let i = last + 1; i <= Math.min(ce, last + TARGET_WINDOW); i++) {
      const pos = this.doc.tokens[i].pos;
      if (pos === 'VERB' || this.w[i] === ',' || (pos === 'ADP' && this.w[i] !== 'of')) break;
      const k = this.actorAt[i];
      if (k >= 0 && this.actors[k].first === i) {
        out.push(this.actors[k]);
        i = this.actors[k].last;
      }
    }
    return out;
  }

  /** Whether "for" stands before the noun starting at token `first` (adjectives between): "for [indirect] talks". */
  purposeFor(first: number, cs: number): boolean {
    for (let i = first - 1; i >= Math.max(cs, first - 3); i--) {
      // (Not "ready for talks": an adjective's complement, no journey.)
      if (this.w[i] === 'for') return i - 1 < cs || this.doc.tokens[i - 1].pos !== 'ADJ';
      if (this.doc.tokens[i].pos !== 'ADJ') return false;
    }
    return false;
  }

  /** After an object, "[to] be <participle> [adverbs] by|from <actor>": that actor, else null. */
  passiveDoer(last: number, end: number): Actor | null {
    let i = last + 1;
    if (this.w[i] === 'to') i++;
    if (this.w[i] !== 'be' || this.doc.tokens[i + 1]?.pos !== 'VERB' || !/(ed|en|wn)$/.test(this.w[i + 1] ?? '')) return null;
    for (let j = i + 2; j < end; j++) {
      if (this.w[j] === 'by' || this.w[j] === 'from') {
        const at = this.w[j + 1] === 'the' ? j + 2 : j + 1;
        const k = this.actorAt[at];
        return k >= 0 && this.actors[k].first === at && this.actors[k].codes.length ? this.actors[k] : null;
      }
      const pos = this.doc.tokens[j].pos;
      if (pos !== 'ADV' && pos !== 'ADP' && pos !== 'PART') return null;
    }
    return null;
  }
}
