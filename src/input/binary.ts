// Binary detection: known file signatures first (to name them), then NUL bytes that are not UTF-16 text.
import { BINARY_SNIFF_BYTES } from './settings.js';
import { looksUtf16 } from './encoding.js';

interface Signature {
  name: string;
  /** Bytes at `offset`; null = any byte. */
  bytes: readonly (number | null)[];
  offset?: number;
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

/** Signatures long or specific enough that text cannot start with them by accident. */
const SIGNATURES: readonly Signature[] = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: ascii('GIF87a') },
  { name: 'GIF image', bytes: ascii('GIF89a') },
  { name: 'WebP image', bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')] },
  { name: 'TIFF image', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'TIFF image', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: 'ICO image', bytes: [0x00, 0x00, 0x01, 0x00] },
  { name: 'PDF document', bytes: ascii('%PDF-') },
  { name: 'ZIP archive', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'ZIP archive', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: 'gzip data', bytes: [0x1f, 0x8b] },
  { name: 'bzip2 archive', bytes: [...ascii('BZh'), null, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59] },
  { name: 'xz archive', bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { name: '7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'zstd data', bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { name: 'RAR archive', bytes: ascii('Rar!\x1a\x07') },
  { name: 'ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'Mach-O executable', bytes: [0xcf, 0xfa, 0xed, 0xfe] },
  { name: 'Mach-O executable', bytes: [0xfe, 0xed, 0xfa, 0xcf] },
  { name: 'WebAssembly module', bytes: [0x00, 0x61, 0x73, 0x6d] },
  { name: 'SQLite database', bytes: ascii('SQLite format 3\0') },
  { name: 'MS Office (OLE) document', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: 'MP4 video', bytes: ascii('ftyp'), offset: 4 },
  { name: 'Ogg media', bytes: ascii('OggS') },
  { name: 'WOFF font', bytes: ascii('wOFF') },
  { name: 'WOFF2 font', bytes: ascii('wOF2') },
  { name: 'MP3 audio', bytes: [...ascii('ID3'), null, 0x00] },
  { name: 'WAV audio', bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WAVE')] },
];

function matches(head: Uint8Array, sig: Signature): boolean {
  const offset = sig.offset ?? 0;
  if (head.length < offset + sig.bytes.length) return false;
  return sig.bytes.every((b, i) => b === null || head[offset + i] === b);
}

/**
 * What kind of binary the bytes are ("PNG image", "binary data"), or null for text.
 * UTF-16 text has NULs too: it is recognised (BOM or NUL parity) before NULs count as binary.
 */
export function detectBinary(bytes: Uint8Array): string | null {
  const head = bytes.subarray(0, BINARY_SNIFF_BYTES);
  const sig = detectSignature(head);
  if (sig) return sig;
  if (!head.includes(0)) return null;
  if (hasUtf16Bom(head) || looksUtf16(head)) return null;
  return 'contains NUL bytes';
}

/** The kind of file whose signature (magic number) the bytes start with, or null. */
export function detectSignature(head: Uint8Array): string | null {
  for (const sig of SIGNATURES) if (matches(head, sig)) return sig.name;
  return null;
}

function hasUtf16Bom(b: Uint8Array): boolean {
  return b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff));
}
