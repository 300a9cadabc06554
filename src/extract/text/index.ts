// Scraped plain text → ExtractedArticle: strip page clutter, first line as title, keep section headings.
//
// Flow: newlines normalised → units (layout.ts: blank-line, one-per-line or hard-wrapped paragraphs) →
// inline markdown artefacts removed (markdown.ts) → title taken from the hint or the first line, and lines
// repeating it marked (title.ts) → every unit classified and scored (classify.ts, lexicon.ts, lexicon-intl.ts) →
// passes.ts handles repeats, tables and lists; inserts.ts captions printed twice or above a bare credit, media
// descriptions and truncated teaser runs → the body is the best-scoring contiguous run (region.ts), extended over
// short inserts and an unpunctuated lead, and cut at the first end marker (ending.ts: contributor lines,
// disclaimers, comment sections, author bios, related-story headers) → teaser headlines inside it go (inserts.ts),
// with the other removable lines → byline and date from the head (head-meta.ts, meta.ts), outlet from the
// clutter (outlet.ts) → blocks (blocks.ts) joined by joinBlocks.
import { joinBlocks } from '../../doc/build-text.js';
import type { ExtractedArticle } from '../../doc/types.js';
import { toBlocks, type KeptUnit } from './blocks.js';
import { classify, REMOVABLE, type Verdict } from './classify.js';
import { readHeadMeta } from './head-meta.js';
import { bodyLanguage } from './language.js';
import { splitUnits, normaliseNewlines, type Layout } from './layout.js';
import { cleanLine, type Marker } from './markdown.js';
import { outletCandidates, outletFromUrl, pickOutlet, tidyName, type OutletHint } from './outlet.js';
import { cutAtEndMarker } from './ending.js';
import { markCaptionEchoes, markHeadlineRuns, markTruncatedRuns } from './inserts.js';
import { findTitleLine, markIntroducedLists, markRepeats, markSiteTaglines, markTableRows } from './passes.js';
import { bestRegion, capRuns, extendOverInserts, extendOverLeads, type InsertRole } from './region.js';
import { HEAVY_REMOVAL_SHARE, LEAD_MIN_WORDS, MENU_RUN_EVIDENCE, MAX_INSERT_LINES, OUTLET_LINE_MAX_WORDS, OUTLET_WEIGHT, REMOVABLE_RUN_CAP } from './settings.js';
import { dashTailNamedInText, domainLabels, siteNameOf, splitSiteName, stripTitleJunk, titleKey, wordCount } from './title.js';
import type { Unit } from './unit.js';

export interface TextHints {
  /** Title known from elsewhere (a JSON Lines record); then the first line is a title only if it matches. */
  title?: string;
  url?: string;
  outlet?: string;
}

/** One unit of the input and what became of it (for evaluation reports and tests). */
export interface TraceUnit {
  raw: string;
  text: string;
  marker: Marker;
  verdict: Verdict;
  reason: string;
  score: number;
  position: 'head' | 'body' | 'tail';
  kept: boolean;
}

export interface TextTrace {
  article: ExtractedArticle;
  layout: Layout | null;
  titleSource: 'hint' | 'first-line' | null;
  units: TraceUnit[];
}

/** Verdicts that show a text carries page clutter (and so has edges to trim). */
const CLUTTER_EVIDENCE: ReadonlySet<Verdict> = new Set<Verdict>(['boilerplate', 'link', 'caption', 'repeat']);

export function extractText(text: string, hints: TextHints = {}): ExtractedArticle {
  return traceText(text, hints).article;
}

export function traceText(input: string, hints: TextHints = {}): TextTrace {
  const text = normaliseNewlines(input ?? '');
  const labels = domainLabels(hints.url);
  const hintTitle = hints.title?.trim() || null;
  const empty = (warning: string): TextTrace => ({
    article: baseArticle(hintTitle ? splitSiteName(hintTitle, labels).core : null, hints, [warning]),
    layout: null,
    titleSource: hintTitle ? 'hint' : null,
    units: [],
  });
  if (!text.trim()) return empty('empty input: no text to extract');

  const { units: rawUnits, layout } = splitUnits(text);
  const units: Unit[] = rawUnits.map((u) => {
    const c = cleanLine(u.raw);
    return { raw: u.raw, ...c, ...classify(c) };
  });

  // Names the clutter gives, used to recognise a dash-separated site name in the title.
  const clutterHints: OutletHint[] = [];
  for (const u of units) if (wordCount(u.text) <= OUTLET_LINE_MAX_WORDS) clutterHints.push(...outletCandidates(u.text));

  const knownNames = clutterHints.map((h) => h.name);
  const { title, titleSource, titleKeys, siteName } = readTitle(units, text, hintTitle, labels, knownNames);

  const titleLines = markRepeats(units, titleKeys);
  markSiteTaglines(units, siteName ? siteNameOf(siteName) : null);
  markTableRows(units);
  markIntroducedLists(units);
  markCaptionEchoes(units);
  markTruncatedRuns(units);

  const { start, end } = findBody(units);
  markHeadlineRuns(units, start, end);
  const inBody = (i: number) => i >= start && i <= end;

  // Byline and date: lines before the body and its first few lines (author and date lines leave the body).
  const { byline, published } = readHeadMeta(units, start, end);

  const kept: KeptUnit[] = [];
  const outletHints: OutletHint[] = [];
  const trace: TraceUnit[] = units.map((u, i) => {
    const keep = inBody(i) && !REMOVABLE.has(u.verdict);
    if (keep) kept.push({ text: u.text, marker: u.marker, verdict: u.verdict, emphasised: u.emphasised });
    else outletHints.push(...outletCandidates(u.text));
    return {
      raw: u.raw,
      text: u.text,
      marker: u.marker,
      verdict: u.verdict,
      reason: u.reason,
      score: u.score,
      position: i < start ? 'head' : i > end ? 'tail' : 'body',
      kept: keep,
    };
  });

  const siteHint = siteName ? tidyName(siteName) : null;
  if (siteHint) outletHints.push({ name: siteHint, weight: OUTLET_WEIGHT.titleSuffix });
  // A head line repeating the title often carries the site name the hint lacks ("Title - Site Skip to…").
  for (const line of titleLines) {
    const site = splitSiteName(line, labels, knownNames).site;
    const name = site ? tidyName(site) : null;
    if (name) outletHints.push({ name, weight: OUTLET_WEIGHT.repeatedTitleSuffix });
  }
  const outlet = hints.outlet?.trim() || pickOutlet(outletHints, labels) || outletFromUrl(hints.url);

  const { text: body, blocks } = joinBlocks(toBlocks(kept));
  const warnings: string[] = [];
  if (!body) warnings.push('no body text left after removing clutter');
  else if (1 - body.length / text.trim().length > HEAVY_REMOVAL_SHARE && units.length > 3) {
    warnings.push(`clutter removal dropped ${Math.round((1 - body.length / text.trim().length) * 100)}% of the text`);
  }
  if (!title) warnings.push('no title found');

  const article: ExtractedArticle = {
    ...baseArticle(title, hints, warnings),
    byline,
    published,
    outlet: outlet || null,
    language: bodyLanguage(body),
    text: body,
    blocks,
  };
  return { article, layout, titleSource, units: trace };
}

interface TitleFound {
  title: string | null;
  titleSource: TextTrace['titleSource'];
  /** Comparison keys of the title, to find its repeats. */
  titleKeys: string[];
  /** The site name the title's suffix gave. */
  siteName: string | null;
}

/** Title: the hint, or the first line (after navigation junk), which is marked as the title line; its site-name
 *  suffix is split off by the domain, the names the clutter gives, or a dash tail the text names again. */
function readTitle(units: Unit[], text: string, hintTitle: string | null, labels: readonly string[], knownNames: string[]): TitleFound {
  const firstTitle = hintTitle ?? units.find((u) => u.text)?.text ?? '';
  const namedTail = dashTailNamedInText(firstTitle, text);
  if (namedTail) knownNames.push(namedTail);
  if (hintTitle) {
    const split = splitSiteName(hintTitle, labels, knownNames);
    return { title: split.core, titleSource: 'hint', titleKeys: [titleKey(split.core), titleKey(stripTitleJunk(hintTitle))], siteName: split.site };
  }
  const first = findTitleLine(units);
  if (first < 0) return { title: null, titleSource: null, titleKeys: [], siteName: null };
  const line = stripTitleJunk(units[first].text);
  const split = splitSiteName(line, labels, knownNames);
  units[first] = { ...units[first], verdict: 'title', reason: 'title line', score: 0 };
  return { title: split.core, titleSource: 'first-line', titleKeys: [titleKey(split.core), titleKey(line)], siteName: split.site };
}

/**
 * The body's first and last unit. A text without any sign of page clutter (no lexicon hit, link line or
 * caption) is clean: short lines in it are table rows or headings, not menus, so nothing is trimmed from its
 * edges. When no unit scores positive, everything that is not removable is kept.
 */
function findBody(units: Unit[]): { start: number; end: number } {
  const all = { start: 0, end: units.length - 1 };
  if (!hasClutter(units)) return all;
  const removable = units.map((u) => REMOVABLE.has(u.verdict));
  const roles = units.map((u): InsertRole =>
    u.verdict === 'empty' ? 'blank' : REMOVABLE.has(u.verdict) ? 'insert' : u.verdict === 'prose' ? 'prose' : 'other',
  );
  const best = bestRegion(capRuns(units.map((u) => u.score), removable, REMOVABLE_RUN_CAP));
  if (best.end < best.start) return all;
  // 'long' lines are not in title case (those are 'menu'): sentence-case lines without a final full stop.
  const isLead = (i: number) => units[i].verdict === 'long' && !units[i].marker && wordCount(units[i].text) >= LEAD_MIN_WORDS;
  const extended = extendOverLeads(extendOverInserts(best, roles, MAX_INSERT_LINES), isLead, (i) => units[i].verdict === 'empty');
  for (let i = extended.start; i < best.start; i++) if (isLead(i)) units[i] = { ...units[i], verdict: 'prose', reason: 'unpunctuated lead' };
  return cutAtEndMarker(units, extended);
}

/** Signs of page clutter: a lexicon hit, a link line or a caption, a repeated line, or a run of menu labels. */
function hasClutter(units: readonly Unit[]): boolean {
  let labels = 0;
  for (const u of units) {
    if (CLUTTER_EVIDENCE.has(u.verdict)) return true;
    if (u.verdict === 'empty') continue;
    labels = u.verdict === 'short' || u.verdict === 'menu' ? labels + 1 : 0;
    if (labels >= MENU_RUN_EVIDENCE) return true;
  }
  return false;
}

function baseArticle(title: string | null, hints: TextHints, warnings: string[]): ExtractedArticle {
  return {
    title,
    byline: [],
    published: null,
    outlet: hints.outlet?.trim() || null,
    url: hints.url ?? null,
    language: null,
    text: '',
    blocks: [],
    warnings,
  };
}

