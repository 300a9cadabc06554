// Story clusters, built incrementally: each article, as it arrives, joins the open story whose term centroid is most
// similar (TF-IDF cosine over headline terms, lead terms and name features), if that story has an article within
// STORIES.windowDays; otherwise it starts a story. Candidates come from an inverted index over the article's
// heaviest terms, skipping terms too common to discriminate, so the cost per article does not grow with the store.
// When the article or the story is undated, the figures of each (quantities: a magnitude, a toll, a score, with the
// word beside them) back the text up or tell two events of one kind apart. A bridge article close to two stories
// merges them. Copies (see copies.ts) join their original's story directly.
// All state lives in a StoryState (state.ts): in memory, or the store's tables (persisted and resumed).
import { CentroidCosine, QUANTITY } from './centroid-cosine.js';
import { CopyIndex, type CopyPrint, type CopyResult } from './copies.js';
import type { Link } from './credit.js';
import { STORIES } from './settings.js';
import { MemoryStoryState, type CopyState, type StoryRecord, type StoryState } from './state.js';
import { contentTerms, isTitleCase, names, quantities } from './text.js';

export interface StoryInput {
  id: string;
  title?: string;
  text?: string;
  /** ISO date or anything Date.parse reads; undefined when unknown (no time window then). */
  published?: string | Date;
  outlet?: string;
  url?: string;
  links?: readonly Link[];
  /** Entity names or ids from an analysis, when there is one; otherwise capitalised phrases are used. */
  entities?: readonly string[];
}

export interface Assignment {
  id: string;
  /** The story the article joined at arrival (later merges are followed by storyOf). */
  story: string;
  similarity: number;
  merged: string[];
  copy?: CopyResult['copy'];
  credited?: string;
}

const DAY = 86_400_000;

/** The first k entries of a map in the order of `cmp` (a total order), without sorting them all: a story's terms
 *  can vote for thousands of stories, of which the first maxCandidates are kept. */
function topK<K, V>(m: Map<K, V>, k: number, cmp: (x: [K, V], y: [K, V]) => number): [K, V][] {
  const top: [K, V][] = [];
  for (const e of m) {
    if (top.length === k && cmp(e, top[k - 1]!) >= 0) continue;
    let lo = 0, hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cmp(top[mid]!, e) < 0) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, e);
    if (top.length > k) top.pop();
  }
  return top;
}

/** The terms of an article's counts that weigh in the cosine (not its quantities). */
function* vecTerms(counts: Map<string, number>): Iterable<string> {
  for (const t of counts.keys()) if (!t.startsWith(QUANTITY)) yield t;
}

function toTime(p: StoryInput['published']): number | undefined {
  if (p === undefined) return undefined;
  const t = p instanceof Date ? p.getTime() : Date.parse(p);
  return Number.isFinite(t) ? t : undefined;
}

/** Term counts of an article: sublinear counts of headline terms (×titleWeight), lead terms and names (×nameWeight). */
export function articleTerms(a: StoryInput): Map<string, number> {
  const raw = new Map<string, number>();
  const add = (t: string, w: number) => raw.set(t, (raw.get(t) ?? 0) + w);
  for (const t of contentTerms(a.title ?? '')) add(t, STORIES.titleWeight);
  const body = a.text ?? '';
  for (const t of contentTerms(body, STORIES.maxBodyWords)) add(t, 1);
  const nameSource = a.entities ?? names(`${a.title && !isTitleCase(a.title) ? a.title + '\n' : ''}${body.slice(0, 4000)}`);
  for (const n of nameSource) add(n.startsWith('#') ? n : `#${n.toLowerCase()}`, STORIES.nameWeight);
  const out = new Map<string, number>();
  for (const [t, c] of raw) out.set(t, 1 + Math.log(c));
  return out;
}

/** Quantity features of an article (see quantities in text.ts), from the start of its headline and text. */
export function articleQuantities(a: StoryInput): string[] {
  return quantities(`${a.title ?? ''}\n${a.text ?? ''}`, STORIES.quantityWords);
}

/** An article's counts as a story keeps them: its terms, then its quantities (with the QUANTITY prefix), which ride
 *  along (so a story keeps them, in memory or in the store) but take no part in the cosine: they only confirm or
 *  contradict (see slotEvidence). */
export function storyCounts(a: StoryInput): Map<string, number> {
  const counts = articleTerms(a);
  for (const q of articleQuantities(a)) counts.set(`${QUANTITY}${q}`, 1);
  return counts;
}

/** What add() reads of an article's text, computed ahead of time (features.ts): its copy print and its counts as
 *  two arrays (in the order storyCounts gives them: a centroid's sums follow it). */
export interface StoryFeatures {
  print?: CopyPrint;
  terms: string[];
  weights: Float64Array;
}

/** An article's counts from its features, in their order. */
function countsOf(f: StoryFeatures): Map<string, number> {
  const counts = new Map<string, number>();
  f.terms.forEach((t, i) => counts.set(t, f.weights[i]!));
  return counts;
}

export class StoryIndex {
  readonly copies: CopyIndex;

  /** `state` and `copyState`: where centroids, postings, members and signatures live (in memory by default; the
   *  store passes its own, see state.ts). */
  constructor(private readonly state: StoryState = new MemoryStoryState(), copyState?: CopyState) {
    this.copies = new CopyIndex(copyState);
  }

  /** IDF (of the moment) and centroid cosines; read only while an article is added. */
  private readonly cos = new CentroidCosine((t) => this.state.df(t));

  private idf(t: string): number {
    return this.cos.idf(t);
  }

  /** The current story of an article (after merges). */
  storyOf(articleId: string): string | undefined {
    const s = this.state.joined(articleId);
    return s === undefined ? undefined : this.state.root(s);
  }

  /** A story's articles, distinct outlets, copies and first/last dates. */
  story(id: string): { id: string; articles: string[]; outlets: number; copies: number; first?: string; last?: string } | undefined {
    const s = this.state.story(this.state.root(id));
    if (!s) return undefined;
    const iso = (t?: number) => (t === undefined ? undefined : new Date(t).toISOString());
    return { id: s.id, articles: this.state.members(s.id), outlets: s.outlets.size, copies: s.copies, first: iso(s.first), last: iso(s.last) };
  }

  /** Slots (see quantities) that the article and the story both fill: `agree` with a figure in common, `conflict`
   *  with none (another magnitude, another toll, another score). */
  private slotEvidence(slots: Map<string, string[]>, s: StoryRecord): { agree: number; conflict: number } {
    if (!slots.size) return { agree: 0, conflict: 0 };
    const story = new Map<string, Set<string>>();
    for (const t of s.counts.keys()) {
      if (!t.startsWith(QUANTITY)) continue;
      const eq = t.lastIndexOf('=');
      const slot = t.slice(QUANTITY.length, eq);
      if (!slots.has(slot)) continue;
      const vs = story.get(slot) ?? new Set<string>();
      vs.add(t.slice(eq + 1));
      story.set(slot, vs);
    }
    let agree = 0, conflict = 0;
    for (const [slot, vs] of story) {
      if (slots.get(slot)!.some((v) => vs.has(v))) agree++;
      else conflict++;
    }
    return { agree, conflict };
  }

  private inWindow(s: StoryRecord, t: number | undefined): boolean {
    if (t === undefined || s.first === undefined || s.last === undefined) return true;
    const w = STORIES.windowDays * DAY;
    // Near its nearest dated article, and the story no longer than maxSpanDays with it (no chaining for weeks).
    const span = Math.max(t, s.last) - Math.min(t, s.first);
    return t >= s.first - w && t <= s.last + w && span <= STORIES.maxSpanDays * DAY;
  }

  /** Adds an article: links copies, then joins it to a story (or starts one); returns where it went. `features`:
   *  its storyFeatures() when computed ahead of time (from the same title, text, links and entities). */
  add(a: StoryInput, features?: StoryFeatures): Assignment {
    const copy = a.text
      ? this.copies.add({ id: a.id, title: a.title, text: a.text, outlet: a.outlet, url: a.url, links: a.links }, features?.print)
      : undefined;
    const counts = features ? countsOf(features) : storyCounts(a);
    this.state.setDocs(this.state.docs() + 1);
    const vec = new Map<string, number>();
    const slots = new Map<string, string[]>();
    for (const t of counts.keys()) {
      if (!t.startsWith(QUANTITY)) this.state.addDf(t);
      else {
        const eq = t.lastIndexOf('=');
        const slot = t.slice(QUANTITY.length, eq);
        slots.set(slot, [...(slots.get(slot) ?? []), t.slice(eq + 1)]);
      }
    }
    this.cos.begin(this.state.docs(), vecTerms(counts));
    let vnorm = 0;
    for (const [t, c] of counts) {
      if (t.startsWith(QUANTITY)) continue;
      const w = c * this.idf(t);
      vec.set(t, w);
      vnorm += w * w;
    }
    vnorm = Math.sqrt(vnorm);
    this.cos.setVector(vec);
    const time = toTime(a.published);

    // Candidates: stories posted under the article's heaviest terms, common terms skipped.
    const query = [...vec.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, STORIES.queryTerms);
    const votes = new Map<string, number>();
    for (const [t, w] of query) {
      const list = this.state.postings(t, STORIES.maxPosting);
      if (!list) continue;
      for (const sid of list) {
        const r = this.state.root(sid);
        votes.set(r, (votes.get(r) ?? 0) + w);
      }
    }
    const candidates = topK(votes, STORIES.maxCandidates, (x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    const scored: { s: StoryRecord; sim: number }[] = [];
    for (const [sid] of candidates) {
      const s = this.state.story(sid)!;
      if (!this.inWindow(s, time)) continue;
      const undated = time === undefined || s.first === undefined;
      let sim = this.cos.cosine(vnorm, s);
      if (undated) {
        // Nothing places the two in time, and two events of one kind read alike: the figures tell them apart (the
        // same magnitude or toll in the same slot, or another). Within the window, text and time suffice, and
        // figures that differ are a story's updates (a toll rising, outlets quoting different counts).
        const { agree, conflict } = this.slotEvidence(slots, s);
        sim += STORIES.quantityAgree * Math.min(agree, STORIES.maxSlots) - STORIES.quantityConflict * Math.min(conflict, STORIES.maxSlots);
      }
      // Without dates on both sides nothing says the two are close in time: ask for closer text.
      if (sim < (undated ? STORIES.joinUndated : STORIES.joinSimilarity)) continue;
      scored.push({ s, sim });
    }
    scored.sort((x, y) => y.sim - x.sim || (x.s.id < y.s.id ? -1 : 1));

    // A copy joins its original's story whatever the terms say.
    const original = copy?.copy ? this.storyOf(copy.copy.original) : undefined;
    let target: StoryRecord | undefined = original ? this.state.story(original) : undefined;
    let similarity = target ? 1 : 0;
    if (!target && scored[0]) {
      target = scored[0].s;
      similarity = scored[0].sim;
    }
    const merged: string[] = [];
    if (!target) {
      target = { id: this.state.newStoryId(), counts: new Map(), outlets: new Set(), copies: 0, size: 0 };
      this.state.saveStory(target);
    } else {
      for (const { s, sim } of scored) {
        if (s === target || sim < STORIES.mergeSimilarity || this.state.root(s.id) !== s.id) continue;
        this.merge(target, s, a.id, sim);
        merged.push(s.id);
      }
    }
    if (copy?.copy) target.copies++;
    this.join(target, a, counts, time);
    this.state.assign(a.id, target.id, similarity);
    return { id: a.id, story: target.id, similarity, merged, ...(copy?.copy ? { copy: copy.copy } : {}), ...(copy?.credited ? { credited: copy.credited } : {}) };
  }

  private join(s: StoryRecord, a: StoryInput, counts: Map<string, number>, time: number | undefined): void {
    s.size++;
    if (a.outlet) s.outlets.add(a.outlet.toLowerCase());
    if (time !== undefined) {
      s.first = s.first === undefined ? time : Math.min(s.first, time);
      s.last = s.last === undefined ? time : Math.max(s.last, time);
    }
    for (const [t, c] of counts) s.counts.set(t, (s.counts.get(t) ?? 0) + c);
    this.cos.forget(s);
    this.trim(s);
    for (const t of counts.keys()) if (!t.startsWith(QUANTITY)) this.post(s, t);
    this.state.saveStory(s);
  }

  private post(s: StoryRecord, t: string): void {
    if (s.counts.has(t)) this.state.post(s.id, t, STORIES.maxPosting);
  }

  /** Keeps a story's centroid to its heaviest STORIES.centroidTerms terms once it grows past twice that (and its
   *  STORIES.centroidQuantities most frequent quantities). */
  private trim(s: StoryRecord): void {
    if (s.counts.size <= 2 * Math.min(STORIES.centroidTerms, STORIES.centroidQuantities)) return; // most stories
    const byWeight = (w: (t: string, c: number) => number) => (x: [string, number], y: [string, number]) =>
      w(y[0], y[1]) - w(x[0], x[1]) || (x[0] < y[0] ? -1 : 1);
    let terms = 0;
    for (const t of s.counts.keys()) if (!t.startsWith(QUANTITY)) terms++;
    const qs = s.counts.size - terms;
    if (terms <= 2 * STORIES.centroidTerms && qs <= 2 * STORIES.centroidQuantities) return;
    const all = [...s.counts.entries()];
    const keepTerms = all.filter(([t]) => !t.startsWith(QUANTITY)).sort(byWeight((t, c) => c * this.idf(t)));
    const keepQs = all.filter(([t]) => t.startsWith(QUANTITY)).sort(byWeight((_, c) => c));
    s.counts = new Map([
      ...(terms > 2 * STORIES.centroidTerms ? keepTerms.slice(0, STORIES.centroidTerms) : keepTerms),
      ...(qs > 2 * STORIES.centroidQuantities ? keepQs.slice(0, STORIES.centroidQuantities) : keepQs),
    ]);
  }

  /** Folds story `b` into story `a` (the bridge article `articleId` joined both). */
  private merge(a: StoryRecord, b: StoryRecord, articleId: string, similarity: number): void {
    const posted = [...this.state.postedTerms(b.id)];
    this.state.merge(b.id, a.id, articleId, similarity);
    a.size += b.size;
    a.copies += b.copies;
    for (const o of b.outlets) a.outlets.add(o);
    if (b.first !== undefined) a.first = a.first === undefined ? b.first : Math.min(a.first, b.first);
    if (b.last !== undefined) a.last = a.last === undefined ? b.last : Math.max(a.last, b.last);
    for (const [t, c] of b.counts) a.counts.set(t, (a.counts.get(t) ?? 0) + c);
    this.cos.forget(a);
    this.trim(a);
    for (const t of posted) this.post(a, t);
    this.state.saveStory(a);
  }
}
