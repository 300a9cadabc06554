// Evaluate extractMetadata on the two labelled page sets in ../shared:
//   readability-pages (87 pages, index.jsonl: title, byline, published, outlet, lang) and
//   trafilatura (490 pages, annotations.json meta: title, author, date, sitename).
// Usage: npx tsx scripts/eval-metadata.ts [--set readability|trafilatura] [--failures title,byline,date,outlet,language]
//        [--json] [--baseline]
// --baseline scores @mozilla/readability's metadata (title, byline, publishedTime, siteName, lang; jsdom, slow)
// under the same rules instead of ours, for comparison. Readability's byline is one string: it is split like gold.
//
// Comparisons (each over the pages whose gold value is non-empty):
//   title    : equal after normalise() — NFKC, lower-case, curly quotes/dashes → ASCII, whitespace collapsed,
//              trailing punctuation trimmed.
//   title~   : (lenient, reported beside) also counts a title that differs from the gold only by a site/section
//              part after a separator (" | ", " - ", " – ", " — ", " · ", "_", " :: ") on either side, e.g. gold
//              "How to Build a Terrarium | eHow" vs "How to Build a Terrarium": Readability's gold keeps such tails.
//   byline   : same set of names, case-insensitive, after normalise(). Gold strings (Readability's raw byline
//              text) are read as: lines; a leading "by"/"written by"/"von"/"par" removed; lines with a digit
//              and a space (dates; a single token with digits is a user name) and URLs in parentheses dropped; then split into names on , ; / & " and " " und " " et ".
//              Gold arrays are taken as they are.
//   date     : the date part (YYYY-MM-DD, first 10 characters) is equal; gold keeps its own zone.
//   outlet   : equal after normalise().
//   language : primary subtag equal (readability-pages only).
// "empty ok" counts, for pages whose gold is an empty string (trafilatura: annotated as absent), how often we
// also return nothing.
// The page URL (when the gold has an http(s) one) is passed as opts.url, as a crawler would.
import { readFileSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'htmlparser2';
import { extractMetadata, type HtmlMetadata } from '../src/extract/metadata/index.js';

const SHARED = fileURLToPath(new URL('../../shared/data/extraction/', import.meta.url));
const FIELDS = ['title', 'title~', 'byline', 'date', 'outlet', 'language'] as const;
type Field = (typeof FIELDS)[number];

interface Gold {
  id: string;
  file: string;
  url?: string;
  title?: string | null;
  byline?: string | string[] | null;
  date?: string | null;
  outlet?: string | null;
  language?: string | null;
}

interface Tally { n: number; ok: number; emptyN: number; emptyOk: number }

type Extractor = (html: string, url: string | undefined) => HtmlMetadata;

const ours: Extractor = (html, url) => {
  const p0 = process.cpuUsage();
  const dom = parseDocument(html);
  const parsed = process.cpuUsage(p0);
  timing.parseMs += (parsed.user + parsed.system) / 1000;
  extractMetadata(dom, { url }); // warm-up: the timing below is of a second, JIT-compiled call
  const t0 = process.cpuUsage();
  const m = extractMetadata(dom, { url });
  const used = process.cpuUsage(t0);
  timing.ms += (used.user + used.system) / 1000;
  return m;
};
/** CPU time (not wall time: the machine is shared) spent in the extractor, summed over pages. */
const timing = { ms: 0, parseMs: 0 };

async function readabilityBaseline(): Promise<Extractor> {
  // jsdom ships no types here; a variable specifier keeps tsc from resolving it, and this minimal shape is all we use.
  const jsdomName = 'jsdom';
  const { JSDOM, VirtualConsole } = (await import(jsdomName)) as {
    JSDOM: new (html: string, opts: object) => { window: { document: Document; close(): void } };
    VirtualConsole: new () => object;
  };
  const { Readability } = await import('@mozilla/readability');
  return (html, url) => {
    const dom = new JSDOM(html, { url: url ?? 'https://example.invalid/', virtualConsole: new VirtualConsole() });
    const t0 = process.cpuUsage();
    const r = new Readability(dom.window.document).parse();
    const used = process.cpuUsage(t0);
    timing.ms += (used.user + used.system) / 1000;
    dom.window.close();
    return {
      title: r?.title ?? null, byline: r?.byline ? goldNames(r.byline) : [], published: r?.publishedTime ?? null,
      outlet: r?.siteName ?? null, url: null, language: r?.lang ? r.lang.split(/[-_]/)[0].toLowerCase() : null,
    };
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const only = argValue(args, '--set');
  const failures = new Set((argValue(args, '--failures') ?? '').split(',').filter(Boolean));
  const json = args.includes('--json');
  if (!existsSync(SHARED)) {
    console.error(`shared data not found at ${SHARED}`);
    process.exit(2);
  }
  const extract = args.includes('--baseline') ? await readabilityBaseline() : ours;
  const results: Record<string, Record<string, unknown>> = {};
  const sets: Array<[string, () => Gold[]]> = [['readability', loadReadability], ['trafilatura', loadTrafilatura]];
  for (const [name, load] of sets) {
    if (only && only !== name) continue;
    results[name] = evaluate(name, load(), extract, failures, json);
  }
  if (json) console.log(JSON.stringify(results));
}

function evaluate(name: string, golds: Gold[], extract: Extractor, failures: Set<string>, quiet: boolean): Record<string, unknown> {
  const tallies = Object.fromEntries(FIELDS.map((f) => [f, { n: 0, ok: 0, emptyN: 0, emptyOk: 0 }])) as Record<Field, Tally>;
  timing.ms = 0;
  timing.parseMs = 0;
  for (const g of golds) {
    const html = decode(gunzipSync(readFileSync(g.file)));
    const url = g.url && /^https?:\/\//.test(g.url) ? g.url : undefined;
    let m: HtmlMetadata;
    try {
      m = extract(html, url);
    } catch {
      m = { title: null, byline: [], published: null, outlet: null, url: null, language: null };
    }
    for (const f of FIELDS) {
      const gold = goldOf(g, f);
      if (gold === undefined) continue;
      const t = tallies[f];
      const predEmpty = isEmpty(predOf(m, f));
      if (isEmpty(gold)) {
        t.emptyN++;
        if (predEmpty) t.emptyOk++;
        else if (failures.has(f) && !quiet) console.log(`  ∅ ${f} ${g.id}  gold: (none)  pred: ${JSON.stringify(predOf(m, f))}`);
        continue;
      }
      t.n++;
      const ok = same(f, gold as string | string[], m);
      if (ok) t.ok++;
      else if (failures.has(f) && !quiet) console.log(`  ✗ ${f} ${g.id}\n      gold: ${JSON.stringify(gold)}\n      pred: ${JSON.stringify(predOf(m, f))}`);
    }
  }
  const ms = timing.ms;
  const out: Record<string, unknown> = { pages: golds.length, msPerPage: +(ms / golds.length).toFixed(3) };
  if (!quiet) console.log(`\n${name}: ${golds.length} pages, ${extract === ours ? 'extractMetadata (warm)' : 'Readability.parse'} ${(ms / golds.length).toFixed(2)} ms CPU/page`
    + (timing.parseMs ? ` (htmlparser2 parse: ${(timing.parseMs / golds.length).toFixed(2)} ms)` : ''));
  for (const f of FIELDS) {
    const t = tallies[f];
    if (t.n === 0 && t.emptyN === 0) continue;
    out[f] = { n: t.n, accuracy: t.n ? +(t.ok / t.n).toFixed(4) : null, emptyN: t.emptyN, emptyOk: t.emptyOk };
    if (!quiet) {
      const acc = t.n ? `${(100 * t.ok / t.n).toFixed(1).padStart(5)} %  (${t.ok}/${t.n})` : '    —';
      const empty = t.emptyN ? `   empty ok ${t.emptyOk}/${t.emptyN}` : '';
      console.log(`  ${f.padEnd(9)} ${acc}${empty}`);
    }
  }
  return out;
}

function goldOf(g: Gold, f: Field): string | string[] | null | undefined {
  switch (f) {
    case 'title': case 'title~': return g.title;
    case 'byline': return g.byline;
    case 'date': return g.date;
    case 'outlet': return g.outlet;
    case 'language': return g.language;
  }
}

function predOf(m: HtmlMetadata, f: Field): string | string[] | null {
  switch (f) {
    case 'title': case 'title~': return m.title;
    case 'byline': return m.byline;
    case 'date': return m.published;
    case 'outlet': return m.outlet;
    case 'language': return m.language;
  }
}

function same(f: Field, gold: string | string[], m: HtmlMetadata): boolean {
  switch (f) {
    case 'title': return normalise(String(gold)) === normalise(m.title ?? '');
    case 'title~': return sameExceptSitePart(normalise(String(gold)), normalise(m.title ?? ''));
    case 'outlet': return normalise(String(gold)) === normalise(m.outlet ?? '');
    case 'language': return String(gold).toLowerCase().split(/[-_]/)[0] === m.language;
    case 'date': return String(gold).trim().slice(0, 10) === (m.published ?? '').slice(0, 10);
    case 'byline': {
      const g = new Set(goldNames(gold));
      const p = new Set(m.byline.map(normalise));
      return g.size === p.size && [...g].every((x) => p.has(x));
    }
  }
}

function sameExceptSitePart(a: string, b: string): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  const sep = /^\s*(?:\||-|·|_|::|»|•)\s*/;
  if (long.startsWith(short) && sep.test(long.slice(short.length))) return true;
  if (long.endsWith(short) && /\s*(?:\||-|·|_|::|»|•)\s*$/.test(long.slice(0, long.length - short.length))) return true;
  return false;
}

function goldNames(gold: string | string[]): string[] {
  if (Array.isArray(gold)) return gold.map(normalise).filter(Boolean);
  return gold.split(/\n/)
    .map((line) => normalise(line.replace(/\(\s*https?:[^)]*\)/g, '')).replace(/^(?:written by|by|von|par)\b\s*/, ''))
    .filter((line) => line && !(/\d/.test(line) && /\s/.test(line)))
    .flatMap((line) => line.split(/[,;/&]| and | und | et /))
    .map((x) => x.trim())
    .filter(Boolean);
}

export function normalise(s: string): string {
  return s.normalize('NFKC').toLowerCase()
    .replace(/[‘’‚‛′`´]/g, "'").replace(/[“”„‟″«»]/g, '"').replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ').trim().replace(/[\s.,;:!]+$/, '');
}

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
}

/** Bytes → text: valid UTF-8 stays UTF-8 (saved copies often keep a stale declaration), else the charset a
 * <meta> declares in the first 4 KB, else UTF-8 with replacement characters. */
function decode(buf: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch { /* not UTF-8: use the declared charset */ }
  const head = buf.subarray(0, 4096).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  const label = m ? m[1].toLowerCase() : 'utf-8';
  try {
    return new TextDecoder(label).decode(buf);
  } catch {
    return new TextDecoder('utf-8').decode(buf);
  }
}

function loadReadability(): Gold[] {
  const dir = `${SHARED}readability-pages/`;
  return readFileSync(`${dir}index.jsonl`, 'utf8').split('\n').filter(Boolean).map((line) => {
    const r = JSON.parse(line) as { id: string; url?: string; outlet?: string; published?: string; title?: string; labels: { html_path: string; byline?: string | null; lang?: string | null } };
    // Readability's null means "it found none", not "the page has none": unlabelled (undefined).
    return {
      id: r.id, file: dir + r.labels.html_path, url: r.url, title: r.title ?? undefined, byline: r.labels.byline ?? undefined,
      date: r.published ?? undefined, outlet: r.outlet ?? undefined, language: r.labels.lang ?? undefined,
    };
  });
}

function loadTrafilatura(): Gold[] {
  const dir = `${SHARED}trafilatura/`;
  const rows = JSON.parse(readFileSync(`${dir}annotations.json`, 'utf8')) as Array<{ url: string; file: string; path: string; meta?: { title?: string; author?: string | string[]; date?: string; sitename?: string } }>;
  return rows.map((r) => {
    const meta = r.meta ?? {};
    const has = Object.keys(meta).length > 0;
    return {
      id: r.file, file: dir + r.path, url: r.url,
      // Pages without a meta block are unlabelled (undefined), not "absent" (empty string).
      title: has ? meta.title ?? '' : undefined,
      byline: has ? meta.author ?? '' : undefined,
      date: has ? meta.date ?? '' : undefined,
      outlet: has && meta.sitename !== undefined ? meta.sitename : undefined,
    };
  });
}

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
