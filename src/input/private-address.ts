// SSRF guard: which IP addresses a fetched URL must not reach (loopback, private, link-local incl. cloud
// metadata, CGNAT, multicast, reserved), for IPv4, IPv6 and IPv6 forms that embed an IPv4 address.
import net from 'node:net';

/** [first address, prefix length, class] for IPv4. */
const V4_BLOCKED: readonly [string, number, string][] = [
  ['0.0.0.0', 8, 'this-network'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'shared (CGNAT)'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'reserved'],
  ['192.0.2.0', 24, 'documentation'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['198.51.100.0', 24, 'documentation'],
  ['203.0.113.0', 24, 'documentation'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'],
];

function parseV4(ip: string): number | null {
  const parts = ip.split('.');
  if (parts.length !== 4) return null;
  let n = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return null;
    n = n * 256 + Number(p);
  }
  return n;
}

function classifyV4(n: number): string | null {
  for (const [base, prefix, cls] of V4_BLOCKED) {
    const size = 2 ** (32 - prefix);
    const start = parseV4(base)!;
    if (n >= start && n < start + size) return cls;
  }
  return null;
}

/** Eight 16-bit groups of an IPv6 address (zone and brackets removed), or null. */
function parseV6(ip: string): number[] | null {
  let s = ip.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (!net.isIPv6(s)) return null;
  // A trailing dotted IPv4 part ("::ffff:127.0.0.1") becomes its two hex groups.
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (v4) {
    const n = parseV4(v4[1]);
    if (n === null) return null;
    s = s.slice(0, -v4[1].length) + `${Math.floor(n / 65536).toString(16)}:${(n % 65536).toString(16)}`;
  }
  const groups = (x: string): number[] => (x ? x.split(':').map((g) => parseInt(g, 16)) : []);
  if (!s.includes('::')) {
    const all = groups(s);
    return all.length === 8 ? all : null;
  }
  const [head, tail] = s.split('::');
  const left = groups(head);
  const right = groups(tail);
  const fill = 8 - left.length - right.length;
  if (fill < 0) return null;
  return [...left, ...new Array<number>(fill).fill(0), ...right];
}

const v4FromGroups = (hi: number, lo: number): number => hi * 65536 + lo;

function classifyV6(g: number[]): string | null {
  const zeros = (from: number, to: number): boolean => g.slice(from, to).every((x) => x === 0);
  if (zeros(0, 8)) return 'unspecified';
  if (zeros(0, 7) && g[7] === 1) return 'loopback';
  // ::ffff:a.b.c.d (IPv4-mapped): judged as the IPv4 address it carries.
  if (zeros(0, 5) && g[5] === 0xffff) return classifyV4(v4FromGroups(g[6], g[7]));
  // ::ffff:0:a.b.c.d (IPv4-translated, RFC 2765) is never a public destination: its IPv4 class, else reserved.
  if (zeros(0, 4) && g[4] === 0xffff && g[5] === 0) return classifyV4(v4FromGroups(g[6], g[7])) ?? 'reserved (IPv4-translated)';
  if (zeros(0, 6)) return 'reserved (IPv4-compatible)';
  // 64:ff9b::/96 (NAT64) carries an IPv4 address; 64:ff9b:1::/48 is local-use NAT64.
  if (g[0] === 0x64 && g[1] === 0xff9b && zeros(2, 6)) return classifyV4(v4FromGroups(g[6], g[7]));
  if (g[0] === 0x64 && g[1] === 0xff9b && g[2] === 1) return 'private (local NAT64)';
  if (g[0] === 0x100 && zeros(1, 4)) return 'reserved (discard)';
  if (g[0] === 0x2001 && g[1] === 0x0db8) return 'documentation';
  if (g[0] === 0x2001 && g[1] === 0) return 'reserved (Teredo)';
  // 2002::/16 (6to4) carries an IPv4 address in groups 1–2.
  if (g[0] === 0x2002) return classifyV4(v4FromGroups(g[1], g[2]));
  if ((g[0] & 0xfe00) === 0xfc00) return 'unique-local';
  if ((g[0] & 0xffc0) === 0xfe80) return 'link-local';
  if ((g[0] & 0xffc0) === 0xfec0) return 'site-local';
  if ((g[0] & 0xff00) === 0xff00) return 'multicast';
  return null;
}

/**
 * Why an address must not be fetched ("loopback", "private", "link-local", …), or null when it is public.
 * Anything that is not a valid IP address is refused too ("invalid address").
 */
export function classifyAddress(ip: string): string | null {
  const v4 = parseV4(ip);
  if (v4 !== null) return classifyV4(v4);
  const v6 = parseV6(ip);
  if (v6 !== null) return classifyV6(v6);
  return 'invalid address';
}

export function isPrivateAddress(ip: string): boolean {
  return classifyAddress(ip) !== null;
}
