// How well the scraped-text path reads an article's publication date from its own date lines, on real scraped
// texts whose date is known: the eight seedlike-dev articles and the seed (gold `published`), the Ukraine web
// crawl (records' `published`, 39 of 60), and, turned into scraped text by ../shared/tools/scrape-text.mjs, the
// trafilatura-eval pages (gold meta date) and the Readability test pages (gold published). The extractor is
// given no date; webcrawl records get their title and URL as the JSON Lines path would.
// Per set and per fixed half (pages by site, articles by outlet): texts with a known date, how many got a date
// from the text, how many of those are the same day, within one day (time zones), or wrong, and how many texts
// without a known date got one anyway.
//
//   npx tsx scripts/eval-datelines.ts [--wrong]      (--wrong lists every wrong or unjudged date found)
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { extractText, type TextHints } from '../src/extract/text/index.js';
import { splitHalves, siteOf, type Half } from '../src/doc/halves.js';

const SHARED = fileURLToPath(new URL('../../shared/', import.meta.url));
const showWrong = process.argv.includes('--wrong');

interface Case {
  set: string;
  id: string;
  group: string;
  text: string;
  hints: TextHints;
  gold: string | null;
}

async function loadCases(): Promise<Case[]> {
  const cases: Case[] = [];
  const seedlike = `${SHARED}data/seedlike-dev/`;
  for (const f of readdirSync(seedlike).filter((n) => /^\d+\.txt$/.test(n)).sort()) {
    const gold = JSON.parse(readFileSync(seedlike + f.replace('.txt', '.expected.json'), 'utf8'));
    cases.push({ set: 'seedlike-dev', id: f, group: gold.outlet_hint ?? f, text: readFileSync(seedlike + f, 'utf8'), hints: {}, gold: gold.published ?? null });
  }
  const seed = `${SHARED}seed/`;
  if (existsSync(`${seed}expected.json`)) {
    const gold = JSON.parse(readFileSync(`${seed}expected.json`, 'utf8'));
    const file = readdirSync(seed).find((n) => n.endsWith('.txt'));
    if (file) cases.push({ set: 'seed', id: file, group: 'seed', text: readFileSync(seed + file, 'utf8'), hints: {}, gold: gold.published ?? null });
  }
  for (const line of readFileSync(`${SHARED}data/corpora/ukraine/webcrawl_2026.jsonl`, 'utf8').split('\n').filter(Boolean)) {
    const r = JSON.parse(line);
    cases.push({ set: 'webcrawl', id: r.id, group: siteOf(r.url ?? r.id), text: r.text ?? '', hints: { title: r.title, url: r.url }, gold: r.published?.slice(0, 10) ?? null });
  }
  // @ts-expect-error: a plain ESM script without types
  const { scrapeText } = (await import('../../shared/tools/scrape-text.mjs')) as { scrapeText: (html: string) => string };
  const traf = `${SHARED}data/extraction/trafilatura/`;
  for (const a of JSON.parse(readFileSync(`${traf}annotations.json`, 'utf8')) as { url: string; path: string; meta?: { date?: string } }[]) {
    const html = gunzipSync(readFileSync(traf + a.path)).toString('utf8');
    cases.push({ set: 'trafilatura', id: a.url, group: siteOf(a.url), text: scrapeText(html), hints: {}, gold: a.meta?.date?.slice(0, 10) || null });
  }
  const rdb = `${SHARED}data/extraction/readability-pages/`;
  for (const line of readFileSync(`${rdb}index.jsonl`, 'utf8').split('\n').filter(Boolean)) {
    const r = JSON.parse(line);
    const dir = `${rdb}${r.id.replace(/^readability-/, '')}/`;
    if (!existsSync(`${dir}source.html.gz`)) continue;
    const html = gunzipSync(readFileSync(`${dir}source.html.gz`)).toString('utf8');
    cases.push({ set: 'readability', id: r.id, group: siteOf(r.url ?? r.id), text: scrapeText(html), hints: {}, gold: r.published?.slice(0, 10) || null });
  }
  return cases;
}

interface Tally { withGold: number; found: number; same: number; nearDay: number; wrong: number; noGoldFound: number }
const empty = (): Tally => ({ withGold: 0, found: 0, same: 0, nearDay: 0, wrong: 0, noGoldFound: 0 });

function days(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

async function main(): Promise<void> {
  const cases = await loadCases();
  const halves = new Map<string, Half[]>();
  for (const set of new Set(cases.map((c) => c.set))) {
    const of = cases.filter((c) => c.set === set);
    halves.set(set, splitHalves(of.map((c) => c.group)));
  }
  const tallies = new Map<string, Tally>();
  const add = (key: string, f: (t: Tally) => void) => {
    if (!tallies.has(key)) tallies.set(key, empty());
    f(tallies.get(key)!);
  };
  const index = new Map<string, number>();
  for (const c of cases) {
    const i = index.get(c.set) ?? 0;
    index.set(c.set, i + 1);
    const half = halves.get(c.set)![i];
    const found = extractText(c.text, c.hints).published;
    for (const key of [`${c.set} ${half}`, `${c.set} all`, `ALL ${half}`, 'ALL all']) {
      add(key, (t) => {
        if (!c.gold) {
          if (found) t.noGoldFound++;
          return;
        }
        t.withGold++;
        if (!found) return;
        t.found++;
        const d = days(found, c.gold);
        if (d === 0) t.same++;
        else if (d <= 1) t.nearDay++;
        else t.wrong++;
      });
    }
    if (process.argv.includes('--all')) console.log(`CASE ${half} ${c.gold ?? '-'} ${found ?? '-'} ${c.set} ${c.id}`);
    if (showWrong && found && (!c.gold || days(found, c.gold) > 1))
      console.log(`${c.gold ? 'WRONG' : 'NO GOLD'}  ${half}  gold ${c.gold ?? '-'}  found ${found}  ${c.set} ${c.id}`);
  }
  console.log('set            half  with-date  found  same-day  ±1 day  wrong  found-without-gold');
  for (const [key, t] of [...tallies].sort(([a], [b]) => a.localeCompare(b))) {
    const [set, half] = key.split(' ');
    console.log(
      `${set.padEnd(14)} ${half.padEnd(5)} ${String(t.withGold).padStart(9)} ${String(t.found).padStart(6)} ${String(t.same).padStart(9)} ` +
        `${String(t.nearDay).padStart(7)} ${String(t.wrong).padStart(6)} ${String(t.noGoldFound).padStart(19)}`,
    );
  }
}

await main();
