// windows-1252 decoding done by hand: Node 20's TextDecoder('windows-1252') (and every latin1 label, which
// WHATWG maps to it) decodes 0x80–0x9F as C1 controls, i.e. as ISO-8859-1, so smart quotes and dashes of
// legacy pages would be lost. Bytes 0x00–0x7F and 0xA0–0xFF are identical in both.

/** Code points of bytes 0x80–0x9F (the five holes map to the C1 control of the same value, as WHATWG does). */
const HIGH_C1: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
  return latin1.replace(/[\x80-\x9f]/g, (c) => String.fromCharCode(HIGH_C1[c.charCodeAt(0) - 0x80]));
}
