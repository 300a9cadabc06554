// htmlparser2's Tokenizer reads its input one character at a time through its state machine, even where it only
// waits for a given character: text up to the next '<' or '&', an attribute value up to its closing quote or an
// '&', a script or comment up to its end. This subclass skips such stretches with String.prototype.indexOf (native
// code) and hands every other character to the stock states: the same tokens, in a fraction of the time (the text
// and attribute values of a news page are most of its characters).
//
// The states are internals of htmlparser2 (12.x). The overrides are installed only when the methods they stand in
// for exist, so a version without them only loses the speed-up; parse.test.ts checks the trees come out the same.
import { Tokenizer } from 'htmlparser2';

/** What the overrides read and replace (private in htmlparser2's types). */
interface TokenizerInternals {
  buffer: string;
  index: number;
  offset: number;
  decodeEntities: boolean;
  stateText(c: number): void;
  handleInAttributeValue(c: number, quote: number): void;
  fastForwardTo(c: number): boolean;
}

const LT = 0x3c; // <
const AMP = 0x26; // &

/** Where the next '&' lies in the buffer, searched once and reused while reading forward: attribute values and text
 *  both stop at '&', and a fresh search from every attribute could read the rest of the page each time. */
class SkippingTokenizer extends Tokenizer {
  ampBuffer: string | null = null;
  ampFrom = 0;
  ampAt = -1;
}

/** The instance as the overrides see it (htmlparser2's private fields are not in its public type). */
type Skipping = TokenizerInternals & Pick<SkippingTokenizer, 'ampBuffer' | 'ampFrom' | 'ampAt'>;

/** Index of the first '&' at or after `at` in the buffer, or the buffer's length. */
function nextAmp(t: Skipping, at: number): number {
  if (t.ampBuffer !== t.buffer || at < t.ampFrom || (t.ampAt !== -1 && at > t.ampAt)) {
    t.ampBuffer = t.buffer;
    t.ampFrom = at;
    t.ampAt = t.buffer.indexOf('&', at);
  }
  return t.ampAt === -1 ? t.buffer.length : t.ampAt;
}

/** Index of the first `ch` at or after `at` in the buffer, or the buffer's length. */
function nextChar(t: Skipping, ch: string, at: number): number {
  const i = t.buffer.indexOf(ch, at);
  return i === -1 ? t.buffer.length : i;
}

const QUOTES: Record<number, string> = { 0x22: '"', 0x27: "'" };

function install(): typeof Tokenizer {
  const base = Tokenizer.prototype as unknown as TokenizerInternals;
  if (typeof base.stateText !== 'function' || typeof base.handleInAttributeValue !== 'function' || typeof base.fastForwardTo !== 'function') {
    return Tokenizer;
  }
  const proto = SkippingTokenizer.prototype as unknown as Skipping;

  // Text: every character but '<' and '&' is left as it is; the parse loop steps past the last one skipped.
  proto.stateText = function (this: Skipping, c: number): void {
    if (c === LT || c === AMP || !this.decodeEntities) return base.stateText.call(this, c);
    const at = this.index - this.offset;
    this.index = Math.min(nextChar(this, '<', at), nextAmp(this, at)) + this.offset - 1;
  };

  // A quoted attribute value: every character but its quote and '&' is left as it is.
  proto.handleInAttributeValue = function (this: Skipping, c: number, quote: number): void {
    const q = QUOTES[quote];
    if (c === quote || c === AMP || !this.decodeEntities || q === undefined) return base.handleInAttributeValue.call(this, c, quote);
    const at = this.index - this.offset;
    this.index = Math.min(nextChar(this, q, at), nextAmp(this, at)) + this.offset - 1;
  };

  // Waiting for one character (the end of a script, comment or closing tag): one native search.
  proto.fastForwardTo = function (this: Skipping, c: number): boolean {
    const i = this.buffer.indexOf(String.fromCharCode(c), this.index + 1 - this.offset);
    if (i !== -1) {
      this.index = i + this.offset;
      return true;
    }
    this.index = this.buffer.length + this.offset - 1;
    return false;
  };
  return SkippingTokenizer;
}

/** The tokenizer the parser uses: htmlparser2's, with the skips above when its internals are as expected. */
export const FastTokenizer: typeof Tokenizer = install();
