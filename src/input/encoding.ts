// Bytes → string: BOM, then the declared charset (HTTP header, else <meta>/XML declaration), checked against
// what the bytes are; then heuristics (UTF-16 by NUL parity, valid UTF-8, else windows-1252).
import { isUtf8 } from 'node:buffer';
import {
  CHARSET_SNIFF_BYTES,
  FALLBACK_ENCODING,
  UTF16_MAX_OTHER_NUL_SHARE,
  UTF16_MIN_NUL_SHARE,
  UTF16_SNIFF_BYTES,
  UTF8_MIN_VALID_PER_INVALID,
} from './settings.js';
import { utf8Stats } from './utf8-stats.js';
import { decodeWindows1252 } from './windows-1252.js';

export interface Decoded {
  text: string;
  /** Canonical (WHATWG) name of the charset used, e.g. "utf-8", "windows-1252", "iso-8859-2". */
  encoding: string;
  warnings: string[];
}

type Utf16 = 'utf-16le' | 'utf-16be';

const BOMS: readonly { bytes: readonly number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** Canonical name of a charset label ("latin1" → "windows-1252", as browsers do), or null when unsupported. */
export function normalizeCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const clean = label.trim().replace(/^["']|["']$/g, '').trim();
  if (!clean) return null;
  try {
    return new TextDecoder(clean).encoding;
  } catch {
    return null;
  }
}

/** charset parameter of a Content-Type header value, or null. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType ?? '');
  return m ? m[2] : null;
}

/** The charset a document declares about itself near its start: XML declaration or <meta charset>/http-equiv. */
export function sniffDeclaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, CHARSET_SNIFF_BYTES)).toString('latin1');
  const xml = /^\s*<\?xml\b[^>]*\bencoding\s*=\s*["']([\w.:+-]+)["']/i.exec(head);
  if (xml) return xml[1];
  // Covers <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">.
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:+-]+)/i.exec(head);
  return meta ? meta[1] : null;
}

/** UTF-16 without BOM: ASCII-range text leaves a NUL in every other byte, all on one side. */
export function looksUtf16(bytes: Uint8Array): Utf16 | null {
  const n = Math.min(bytes.length, UTF16_SNIFF_BYTES) & ~1;
  const pairs = n / 2;
  if (pairs < 2) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const even = evenNul / pairs;
  const odd = oddNul / pairs;
  if (odd >= UTF16_MIN_NUL_SHARE && even <= UTF16_MAX_OTHER_NUL_SHARE) return 'utf-16le';
  if (even >= UTF16_MIN_NUL_SHARE && odd <= UTF16_MAX_OTHER_NUL_SHARE) return 'utf-16be';
  return null;
}

function hasHighBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return true;
  return false;
}

function decodeAs(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  // TextDecoder drops a leading BOM of its own encoding (ignoreBOM defaults to false).
  return new TextDecoder(encoding).decode(bytes);
}

type Utf8Verdict = 'valid' | 'mostly' | 'no';

/** valid: strict UTF-8; mostly: UTF-8 with a few stray bytes (decoded lossily); no: some other charset. */
function utf8Verdict(bytes: Uint8Array): Utf8Verdict {
  if (isUtf8(bytes)) return 'valid';
  const { multibyte, invalid } = utf8Stats(bytes);
  return multibyte >= invalid * UTF8_MIN_VALID_PER_INVALID ? 'mostly' : 'no';
}

function strayBytesWarning(bytes: Uint8Array, declared: string | null): string {
  const { invalid } = utf8Stats(bytes);
  const what = declared ? `declared charset ${declared}; content is utf-8` : 'content is utf-8';
  return `${what} except ${invalid} invalid byte${invalid === 1 ? '' : 's'}; decoded as utf-8 with replacement characters`;
}

/** What the bytes themselves say, ignoring any declaration. */
function detectFromBytes(bytes: Uint8Array, warnings: string[]): string {
  const utf16 = looksUtf16(bytes);
  if (utf16) return utf16;
  const verdict = utf8Verdict(bytes);
  if (verdict === 'mostly') warnings.push(strayBytesWarning(bytes, null));
  return verdict === 'no' ? FALLBACK_ENCODING : 'utf-8';
}

/** The declaration to trust: the caller's (HTTP header) if it names a known charset, else the document's own. */
function pickDeclared(bytes: Uint8Array, declared: string | null | undefined, warnings: string[]): { label: string; canon: string } | null {
  for (const label of [declared, sniffDeclaredCharset(bytes)]) {
    if (!label) continue;
    const canon = normalizeCharset(label);
    if (canon) return { label, canon };
    warnings.push(`unknown charset ${label} ignored`);
  }
  return null;
}

/** The encoding to use given a declaration: the declaration, unless the bytes plainly are something else. */
function resolveDeclared(bytes: Uint8Array, label: string, canon: string, warnings: string[]): string {
  const utf16 = looksUtf16(bytes);
  const mislabel = (actual: string, what = actual): string => {
    warnings.push(`declared charset ${label} but content is ${what}; decoded as ${actual}`);
    return actual;
  };
  if (canon === 'utf-16le' || canon === 'utf-16be') {
    if (utf16) return utf16 === canon ? canon : mislabel(utf16);
    const actual = detectFromBytes(bytes, []);
    return mislabel(actual, 'not utf-16');
  }
  if (utf16) return mislabel(utf16);
  const verdict = utf8Verdict(bytes);
  if (canon === 'utf-8') {
    if (verdict === 'valid') return canon;
    if (verdict === 'mostly') {
      warnings.push(strayBytesWarning(bytes, null));
      return canon;
    }
    return mislabel(FALLBACK_ENCODING, 'not valid utf-8');
  }
  // A legacy charset declared over bytes that are (mostly) multi-byte UTF-8: the label is wrong (very common).
  if (verdict === 'valid' && hasHighBytes(bytes)) return mislabel('utf-8');
  if (verdict === 'mostly') {
    warnings.push(strayBytesWarning(bytes, label));
    return 'utf-8';
  }
  return canon;
}

/**
 * Decode bytes into text. `declared` is a charset from outside the document (HTTP Content-Type); the
 * document's own declaration is looked for in its first bytes. A BOM wins over both.
 */
export function decodeBytes(bytes: Buffer, declared?: string | null): Decoded {
  const warnings: string[] = [];
  const bom = BOMS.find((b) => b.bytes.every((x, i) => bytes[i] === x));
  if (bom) {
    const canon = normalizeCharset(declared);
    if (declared && canon !== bom.encoding) warnings.push(`declared charset ${declared} but byte order mark says ${bom.encoding}`);
    return { text: decodeAs(bytes.subarray(bom.bytes.length), bom.encoding), encoding: bom.encoding, warnings };
  }
  const decl = pickDeclared(bytes, declared, warnings);
  const encoding = decl ? resolveDeclared(bytes, decl.label, decl.canon, warnings) : detectFromBytes(bytes, warnings);
  return { text: decodeAs(bytes, encoding), encoding, warnings };
}
