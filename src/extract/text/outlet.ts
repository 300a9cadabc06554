// Outlet name recovered from the clutter a scraped text carries: "The Daily Sabah Newsletter",
// "© 2026 Outlet Name", "Subscribe to X", "Follow X on Twitter", "Follow X's coverage", "X content is licensed",
// "Published daily by X", and the site-name suffix of the title. Names agreeing with the URL's domain win.
import { matchKey } from './lexicon.js';
import { DOMAIN_BONUS, OUTLET_MAX_WORDS } from './settings.js';
import { hostOf, matchesDomain, squash, wordCount } from './title.js';

interface Pattern {
  re: RegExp;
  weight: number;
}

// Each pattern captures the name in group 1. They run on the cleaned line (original case).
const PATTERNS: Pattern[] = [
  { re: /^(?:The\s+)?(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}&'’.-]*|of|and|the|&)){0,5})\s+[Nn]ewsletters?\.?$/u, weight: 3 },
  { re: /(?:©|\([cC]\)|[Cc]opyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?:by\s+)?(.{2,80}?)(?:\s*[,;|·∙•]|\.(?=\s|$)|\s+[Aa]ll [Rr]ights|\s+[Pp]rivacy|\s+[Tt]erms|\s+[Ss]ite\s|$)/u, weight: 3 },
  { re: /^[Ss]ubscribe to (?:the\s+)?(\p{Lu}.{1,50}?)(?:\s+(?:for|on|to|and)\s.*)?[.!]?$/u, weight: 2 },
  { re: /^[Ff]ollow (.{2,50}?)(?:['’]s coverage| on (?:Twitter|X|Facebook|Instagram|LinkedIn|Telegram|YouTube|TikTok|Threads|Bluesky|Google News|WhatsApp)\b)/u, weight: 2 },
  { re: /^(.{2,50}?) content is licensed under\b/u, weight: 1 },
  { re: /^[Pp]ublished (?:daily |weekly |monthly )?by (?:the\s+)?(.{2,60}?)\.?$/u, weight: 2 },
];

/** Words that show a capture is not a name ("Subscribe to our newsletter", "© 2026 All rights reserved"). */
const NOT_A_NAME = /^(?:(?:our|your|this|these|us|we|my|all|receive|get|a|an)\b|(?:the|newsletters?|daily|weekly|free|rights|privacy|terms|policy|website|site)$)/i;

export interface OutletHint {
  name: string;
  weight: number;
}

/** Candidate names in one clutter line. */
export function outletCandidates(line: string): OutletHint[] {
  const out: OutletHint[] = [];
  for (const p of PATTERNS) {
    const m = p.re.exec(line.trim());
    if (!m) continue;
    const name = tidyName(m[1]);
    if (name) out.push({ name, weight: p.weight });
  }
  return out;
}


/** The best-supported name, or null. `labels` are the URL's domain labels. */
export function pickOutlet(hints: readonly OutletHint[], labels: readonly string[]): string | null {
  const totals = new Map<string, { name: string; score: number; first: number }>();
  hints.forEach((h, i) => {
    const key = squash(h.name);
    const cur = totals.get(key);
    if (cur) cur.score += h.weight;
    else totals.set(key, { name: h.name, score: h.weight + (matchesDomain(h.name, labels) ? DOMAIN_BONUS : 0), first: i });
  });
  let best: { name: string; score: number; first: number } | null = null;
  for (const t of totals.values()) {
    if (!best || t.score > best.score || (t.score === best.score && t.first < best.first)) best = t;
  }
  return best ? best.name : null;
}

/** Last resort (weak): the URL's host, e.g. "reuters.com"; a domain is not a name, so it is given as is. */
export function outletFromUrl(url: string | undefined | null): string | null {
  return hostOf(url);
}

/** Trims and validates a captured name; "The" is dropped before names of two or more words ("Daily Sabah"). */
export function tidyName(raw: string): string | null {
  let name = raw.replace(/[*_]+/g, '').replace(/[\s.,;:!|·∙•-]+$/u, '').replace(/^[\s"“'‘]+|[\s"”'’]+$/gu, '').trim();
  name = name.replace(/['’]s$/u, '');
  if (/^the\s+/i.test(name) && wordCount(name) >= 3) name = name.replace(/^the\s+/i, '');
  const words = wordCount(name);
  if (!words || words > OUTLET_MAX_WORDS) return null;
  if (NOT_A_NAME.test(name)) return null;
  if (!/^[\p{Lu}\p{N}]/u.test(name)) return null;
  if (/[.!?]\s/.test(name) || /^\d+$/.test(name)) return null;
  if (matchKey(name).includes('all rights')) return null;
  return name;
}
