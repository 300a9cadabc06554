// Counting how UTF-8-like a byte string is, to tell "UTF-8 with a few stray bytes" from a legacy charset.

export interface Utf8Stats {
  /** Well-formed multi-byte sequences. */
  multibyte: number;
  /** Bytes that start no well-formed sequence. */
  invalid: number;
}

/** Allowed range of the second byte after special lead bytes (no overlongs, surrogates or > U+10FFFF). */
function secondByteOk(lead: number, b: number): boolean {
  if (lead === 0xe0) return b >= 0xa0 && b <= 0xbf;
  if (lead === 0xed) return b >= 0x80 && b <= 0x9f;
  if (lead === 0xf0) return b >= 0x90 && b <= 0xbf;
  if (lead === 0xf4) return b >= 0x80 && b <= 0x8f;
  return b >= 0x80 && b <= 0xbf;
}

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

export function utf8Stats(bytes: Uint8Array): Utf8Stats {
  let multibyte = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    const len = sequenceLength(lead);
    let ok = len > 0 && i + len <= bytes.length && secondByteOk(lead, bytes[i + 1]);
    for (let k = 2; ok && k < len; k++) ok = bytes[i + k] >= 0x80 && bytes[i + k] <= 0xbf;
    if (ok) {
      multibyte++;
      i += len;
    } else {
      invalid++;
      i++;
    }
  }
  return { multibyte, invalid };
}
