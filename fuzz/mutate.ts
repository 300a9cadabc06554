// Fuzz inputs: seeded mutations of real-looking articles (byte flips, truncation, huge lines, control characters,
// broken HTML, deep nesting, JSON Lines with junk) and generated pathological texts. Same seed, same files.
import { PATHOLOGICAL, prng } from '../bench/pathological-texts.js';

export interface FuzzCase {
  /** File name (its extension decides how the CLI reads it). */
  name: string;
  bytes: Buffer;
  /** Which mutation or generator made it. */
  kind: string;
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: Rand, n: number) => Math.floor(r() * n);

function flipBytes(r: Rand, b: Buffer): Buffer {
  const out = Buffer.from(b);
  for (let i = 0, n = 1 + int(r, 64); i < n && out.length; i++) out[int(r, out.length)] = int(r, 256);
  return out;
}
const truncate = (r: Rand, b: Buffer) => b.subarray(0, int(r, b.length + 1));
function hugeLine(r: Rand, b: Buffer, max: number): Buffer {
  const at = int(r, b.length + 1);
  const unit = pick(r, ['a', 'Word ', '"', '<', 'said ', '1,000 ', '\u00e9', '\u{1F600}']);
  return Buffer.concat([b.subarray(0, at), Buffer.from(unit.repeat(Math.ceil((max / 5 + int(r, max)) / unit.length))), b.subarray(at)]);
}
function controlChars(r: Rand, b: Buffer): Buffer {
  const parts: Buffer[] = [];
  let last = 0;
  for (let i = 0, n = 1 + int(r, 40); i < n; i++) {
    const at = last + int(r, Math.max(1, (b.length - last) / 4));
    parts.push(b.subarray(last, at), Buffer.from(pick(r, ['\x00', '\x1b[2J', '\x1b]0;pwned\x07', '\x07', '\r', '\x0b\x0c', '\ufeff', '\u202e', '\x7f', '\ud800'])));
    last = at;
  }
  parts.push(b.subarray(last));
  return Buffer.concat(parts);
}
function brokenHtml(r: Rand, b: Buffer): Buffer {
  let s = b.toString('utf8');
  s = s.replace(/<\/(p|div|a|h1|h2|body|head|html|li|script|style)>/g, (m) => (r() < 0.5 ? '' : m));
  const junk = ['<', '>', '<!--', '<![CDATA[', '<script>', '<style>', '&#x110000;', '&amp', '<a href="javascript:x">', '</'];
  for (let i = 0, n = int(r, 30); i < n; i++) {
    const at = int(r, s.length + 1);
    s = s.slice(0, at) + pick(r, junk) + s.slice(at);
  }
  return Buffer.from(s);
}
function deepNesting(r: Rand, max: number): Buffer {
  const depth = 1_000 + int(r, max / 20);
  const tag = pick(r, ['div', 'span', 'b', 'p', 'table', 'li']);
  return Buffer.from(`<html><body>${`<${tag}>`.repeat(depth)}A story about Tarvel, officials said.${r() < 0.5 ? `</${tag}>`.repeat(depth) : ''}</body></html>`);
}
function jsonlJunk(r: Rand, texts: readonly string[]): Buffer {
  const lines: string[] = [];
  for (let i = 0, n = 1 + int(r, 40); i < n; i++) {
    const x = r();
    if (x < 0.5) lines.push(JSON.stringify({ id: `r${i}`, title: `Record ${i}`, text: pick(r, texts).slice(0, 5_000 + int(r, 20_000)) }));
    else if (x < 0.6) lines.push('{"text": "unterminated');
    else if (x < 0.7) lines.push(JSON.stringify({ text: 42, title: null, url: 'javascript:alert(1)' }));
    else if (x < 0.8) lines.push('\x00\x01\x02 binary junk \xff');
    else if (x < 0.9) lines.push(JSON.stringify([1, 2, { nested: { deep: [[[[[]]]]] } }]));
    else lines.push('[' .repeat(10_000 + int(r, 100_000)));
  }
  return Buffer.from(lines.join(r() < 0.5 ? '\n' : '\r\n'));
}

const MUTATIONS = ['flip', 'truncate', 'huge-line', 'control', 'broken-html', 'deep-nesting', 'jsonl-junk', 'generated'] as const;

/** `n` cases from `seed`, mutating the given sample files (text or HTML, with their names); `max`: about the most
 *  bytes a mutation adds (huge lines, generated texts; deep nesting gets max/20 levels). */
export function fuzzCases(seed: number, n: number, samples: readonly { name: string; bytes: Buffer }[], max = 1_000_000): FuzzCase[] {
  const r = prng(seed);
  const texts = samples.map((s) => s.bytes.toString('utf8'));
  const cases: FuzzCase[] = [];
  for (let i = 0; i < n; i++) {
    const kind = MUTATIONS[i % MUTATIONS.length]!;
    const sample = pick(r, samples);
    const ext = sample.name.endsWith('.html') ? 'html' : 'txt';
    const id = String(i).padStart(4, '0');
    let c: FuzzCase;
    switch (kind) {
      case 'flip': c = { name: `${id}-flip.${ext}`, bytes: flipBytes(r, sample.bytes), kind }; break;
      case 'truncate': c = { name: `${id}-truncate.${ext}`, bytes: truncate(r, sample.bytes), kind }; break;
      case 'huge-line': c = { name: `${id}-huge-line.${ext}`, bytes: hugeLine(r, sample.bytes, max), kind }; break;
      case 'control': c = { name: `${id}-control.${ext}`, bytes: controlChars(r, sample.bytes), kind }; break;
      case 'broken-html': c = { name: `${id}-broken.html`, bytes: brokenHtml(r, sample.bytes), kind }; break;
      case 'deep-nesting': c = { name: `${id}-deep.html`, bytes: deepNesting(r, max), kind }; break;
      case 'jsonl-junk': c = { name: `${id}-junk.jsonl`, bytes: jsonlJunk(r, texts), kind }; break;
      default: {
        const gen = pick(r, Object.keys(PATHOLOGICAL));
        c = { name: `${id}-gen-${gen}.txt`, bytes: Buffer.from(PATHOLOGICAL[gen]!(10_000 + int(r, max / 3), 1 + int(r, 1000))), kind: `generated:${gen}` };
      }
    }
    cases.push(c);
  }
  return cases;
}
